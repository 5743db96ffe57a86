package nl.thuisplan.allocation;

/**
 * What a caller may do with one scenario. {@code COMPARE} is the workspace itself (every scenario of the
 * model, the live inputs, the comparison): who has it configures the model; who lacks it reads only the
 * adopted scenario's explanation.
 */
public enum ScenarioAction {
    EDIT, DELETE, ADOPT, COMPARE
}
