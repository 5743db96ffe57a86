package nl.thuisplan.demand;

/** The states of one version of a demand analysis; see docs/demand-workflow.md. */
public enum DemandStatus {
    CONCEPT, SUBMITTED, RETURNED, ADOPTED;

    /** Whether figures may still change (by their owner, in the current version). */
    boolean editable() {
        return this == CONCEPT || this == RETURNED;
    }

    /** Whether the region has it: submitted or adopted (such an analysis is never overdue). */
    boolean delivered() {
        return this == SUBMITTED || this == ADOPTED;
    }

    /** The Dutch word the screens and messages use. */
    String text() {
        return switch (this) {
            case CONCEPT -> "concept";
            case SUBMITTED -> "ingediend";
            case RETURNED -> "teruggestuurd";
            case ADOPTED -> "vastgesteld";
        };
    }
}
