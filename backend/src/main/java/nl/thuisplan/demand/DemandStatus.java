package nl.thuisplan.demand;

/** The states of one version of a demand analysis; see docs/demand-workflow.md. */
public enum DemandStatus {
    CONCEPT, SUBMITTED, RETURNED, ADOPTED;

    boolean editable() {
        return this == CONCEPT || this == RETURNED;
    }
}
