package nl.thuisplan.region.admin;

/** What the caller may do with a region as a whole (see {@link RegionAdminPolicy}). */
public enum RegionAdminAction {
    ADD_MEMBER,
    ADD_SUBREGION
}
