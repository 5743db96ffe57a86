package nl.thuisplan.demand;

/** What a caller may do with a region's analyses as a whole: the region overview's {@code allowedActions}. */
public enum DemandRegionAction {
    SET_DEADLINE, START_REGIONAL
}
