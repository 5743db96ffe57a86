package nl.thuisplan.demand;

/**
 * What a caller may do for a municipality's year that has no analysis yet: the {@code allowedActions}
 * of the 404 that says so.
 */
public enum DemandMunicipalityAction {
    START
}
