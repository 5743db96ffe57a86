package nl.thuisplan.people.admin;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The administration part of the role matrix: per operationId, per caller, the status expected.
 * Callers are the roles of {@code nl.thuisplan.auth.Role} plus {@code REGIO_BEHEERDER} (a programme
 * manager whose active membership manages people; plain {@code REGION_PROGRAMME_MANAGER} is one
 * without), each against a resource of its own region ({@code :own}) and of another ({@code :foreign}).
 * A route without an entry here fails the generated matrix test, so a new administrative route
 * cannot be added without saying who may call it.
 */
public final class AdminRouteExpectations {

    private AdminRouteExpectations() {
    }

    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";
    public static final String REGIO_BEHEERDER = "REGIO_BEHEERDER";
    /** The roles that never reach the beheer, whatever the resource. */
    public static final String[] OUTSIDERS = {"REGION_PROGRAMME_MANAGER", "MUNICIPALITY_OFFICER", "PROVINCE_ANALYST",
        "CORPORATIE_MEDEWERKER"};

    /** operationId → "ROLE:own" / "ROLE:foreign" → HTTP status. */
    public static final Map<String, Map<String, Integer>> EXPECTED = new LinkedHashMap<>();

    static {
        // organisations, regions and the administration log (regions13)
        put("listAdminOrganisations", 200, 200, 200, 200);   // a foreign regionCode gives the beheerder an empty page
        put("getAdminOrganisation", 200, 200, 200, 404);     // row-level security hides another region's organisation
        put("createAdminOrganisation", 201, 201, 201, 403);  // a partner in another region: SCOPE_NOT_ALLOWED
        put("changeAdminOrganisation", 200, 200, 200, 403);
        put("listAdminRegions", 200, 200, 200, 200);
        put("createAdminRegion", 201, 201, 403, 403);
        put("addAdminRegionSubregion", 201, 201, 403, 403);
        put("addAdminRegionMember", 201, 201, 403, 403);
        put("changeAdminRegionMember", 200, 200, 403, 403);
        put("listAdminAudit", 200, 200, 200, 200);
        put("exportAdminAudit", 200, 200, 200, 200);
    }

    /** The platform beheerder and the regio beheerder as given; every other role 403 on both. */
    private static void put(String operationId, int adminOwn, int adminForeign, int beheerderOwn, int beheerderForeign) {
        Map<String, Integer> row = new LinkedHashMap<>();
        row.put(PLATFORM_ADMIN + ":own", adminOwn);
        row.put(PLATFORM_ADMIN + ":foreign", adminForeign);
        row.put(REGIO_BEHEERDER + ":own", beheerderOwn);
        row.put(REGIO_BEHEERDER + ":foreign", beheerderForeign);
        for (String role : OUTSIDERS) {
            row.put(role + ":own", 403);
            row.put(role + ":foreign", 403);
        }
        EXPECTED.put(operationId, row);
    }
}
