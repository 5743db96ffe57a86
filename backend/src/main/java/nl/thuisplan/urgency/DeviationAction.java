package nl.thuisplan.urgency;

/** The decisions on a proposed local deviation, and the status each leads to. */
public enum DeviationAction {
    ACCEPT(DeviationStatus.ACCEPTED), REJECT(DeviationStatus.REJECTED);

    private final DeviationStatus outcome;

    DeviationAction(DeviationStatus outcome) {
        this.outcome = outcome;
    }

    DeviationStatus outcome() {
        return outcome;
    }
}
