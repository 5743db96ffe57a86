package nl.thuisplan.allocation;

/** The states of a verdeelmodel; see docs/allocation-workflow.md. Adoption freezes the model for good. */
public enum ModelStatus {
    CONCEPT, ADOPTED
}
