/**
 * Fair share (verdeling): the HTTP side of the allocation engine in {@code allocation.engine},
 * starting with the stateless preview any logged-in user (or another tool) may call.
 */
package nl.thuisplan.allocation;
