package nl.thuisplan.urgency;

/** The states of a local deviation: proposed by a gemeente, decided once by the programme manager. */
public enum DeviationStatus {
    PROPOSED, ACCEPTED, REJECTED
}
