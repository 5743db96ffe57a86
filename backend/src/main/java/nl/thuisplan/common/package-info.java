/**
 * Cross-cutting pieces every feature uses: problem responses ({@code application/problem+json}
 * with a stable code) and the tenant-scoped transaction that sets the row-level-security scope.
 */
package nl.thuisplan.common;
