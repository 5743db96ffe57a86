package nl.thuisplan.allocation;

/** What a caller may do with a whole model: add, change and delete scenarios (EDIT), adopt one (ADOPT). */
public enum ModelAction {
    EDIT, ADOPT
}
