package nl.thuisplan.allocation.engine;

/**
 * What a {@link Step} records, and what its {@code value} holds.
 */
public enum StepKind {
    /** Per unit: value = quota by the weighted key alone. */
    KEY_QUOTA,
    /** Per unit: value = factor corrected quota / key quota (1 when the unit carries its share). */
    DRAAGKRACHT,
    /** Per unit: value = the quota it would have had; it is held at its floor from here on. */
    BOUND_MIN,
    /** Per unit: value = the quota it would have had; it is held at its cap from here on. */
    BOUND_MAX,
    /** No unit: value = amount moved to (positive) or taken from (negative) the unbound units. */
    REDISTRIBUTION,
    /** Per unit: value = its whole number before residual places are handed out. */
    INITIAL,
    /** Per unit, largest remainder: value = the remainder that earned one more. */
    REMAINDER_AWARD,
    /**
     * Per unit, divisor methods: value = the priority (quota / divisor) that earned one more. For
     * Huntington-Hill the priority is irrational, so value holds its exact square; {@code valueText}
     * shows the priority itself. Null when the priority is infinite (a first place under
     * Huntington-Hill).
     */
    DIVISOR_AWARD,
    /** Per unit, divisor methods: value = the priority of the place given back (as DIVISOR_AWARD). */
    DIVISOR_WITHDRAWAL,
    /** Per unit, statutory method: value = its target, the quota rounded up. */
    CEILING,
    /** No unit: value = sum of all targets. */
    TOTAL
}
