package nl.thuisplan.allocation.engine;

/**
 * The next candidate in line had exactly the same remainder or priority as the unit of the step;
 * the order was decided by {@code decidedBy}: the larger quota first, and with equal quotas the
 * smaller unit id (String order) first. For a withdrawal the reverse order applies.
 */
public record Tie(String otherUnitId, TieBreak decidedBy) {

    public enum TieBreak {
        QUOTA, ID
    }
}
