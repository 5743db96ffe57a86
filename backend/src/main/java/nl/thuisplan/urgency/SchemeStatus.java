package nl.thuisplan.urgency;

/** The stored states of an urgency scheme version; see docs/urgency-workflow.md. */
public enum SchemeStatus {
    CONCEPT, ADOPTED
}
