package nl.thuisplan.region;

/**
 * The SQL predicates of membership periods, for queries that alias region_membership as {@code rm}.
 * One definition, so "member" means the same in every feature.
 */
public final class Memberships {

    /** A member today. */
    public static final String CURRENT =
            "rm.valid_from <= current_date and (rm.valid_to is null or rm.valid_to >= current_date)";

    /** A member on at least one day of the year bound to both parameters that follow. */
    public static final String DURING_YEAR =
            "rm.valid_from <= make_date(?, 12, 31) and (rm.valid_to is null or rm.valid_to >= make_date(?, 1, 1))";

    private Memberships() {
    }
}
