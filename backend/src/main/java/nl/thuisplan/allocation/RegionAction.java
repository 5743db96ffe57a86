package nl.thuisplan.allocation;

/**
 * What a caller may do with fair share in a region as a whole, beyond any one model: create models
 * (and so work in every model's workspace), read the indicators the keys use, import indicators.
 */
public enum RegionAction {
    CREATE_MODEL, READ_INDICATORS, IMPORT_INDICATORS
}
