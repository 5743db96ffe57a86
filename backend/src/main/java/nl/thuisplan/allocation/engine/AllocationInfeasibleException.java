package nl.thuisplan.allocation.engine;

import java.util.List;

/**
 * Floors and caps leave no room for the total: the floors together exceed it, or the caps (plus
 * what units without any key weight can take, which is only their floor) fall short of it. The
 * message names every binding constraint with its resolved value and the sums, in Dutch.
 */
public final class AllocationInfeasibleException extends RuntimeException {

    public enum Reason {
        FLOORS_EXCEED_TOTAL, CAPS_BELOW_TOTAL
    }

    private final Reason reason;
    private final transient List<String> unitIds;
    private final long boundSum;
    private final int total;

    public AllocationInfeasibleException(Reason reason, List<String> unitIds, long boundSum, int total,
                                         String message) {
        super(message);
        this.reason = reason;
        this.unitIds = List.copyOf(unitIds);
        this.boundSum = boundSum;
        this.total = total;
    }

    public Reason reason() {
        return reason;
    }

    /** The units whose bounds bind, sorted by id. */
    public List<String> unitIds() {
        return unitIds;
    }

    /** Sum of the floors (or of what can be placed at most). */
    public long boundSum() {
        return boundSum;
    }

    public int total() {
        return total;
    }
}
