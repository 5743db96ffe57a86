package nl.thuisplan.region.admin;

/**
 * What the caller may do with one membership period of a municipality: confirm a "te bevestigen"
 * member, end an open period, or change its deelregio and note (see {@link RegionAdminPolicy}).
 */
public enum RegionMemberAction {
    CONFIRM,
    END,
    CHANGE
}
