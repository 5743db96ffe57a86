package nl.thuisplan.urgency;

/**
 * What a person can do with a scheme version ({@link #CREATE} on the region's list of versions, the
 * others on a version), in the order the buttons are shown.
 */
public enum SchemeAction {
    CREATE, EDIT, ADOPT, DELETE, PROPOSE_DEVIATION
}
