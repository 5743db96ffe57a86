package nl.thuisplan.allocation;

/** The states of a scenario: every scenario is a concept until one of them is adopted with its model. */
public enum ScenarioStatus {
    CONCEPT, ADOPTED
}
