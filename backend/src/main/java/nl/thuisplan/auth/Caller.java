package nl.thuisplan.auth;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import java.util.HashMap;
import java.util.Map;
import nl.thuisplan.common.Scope;

/**
 * The authenticated caller as the services see it: role, the named region/municipality/province
 * it works for, and the scope computed at login, all from its active membership
 * ({@code membershipId}). Travels as claims in the access token.
 */
public record Caller(String username, String displayName, Role role,
                     @Nullable Named region, @Nullable Named municipality, @Nullable Named province,
                     Scope scope, @Nullable Long membershipId, boolean managesPeople) {

    @Introspected // read straight from the database by ScopeRepository
    public record Named(String code, String name) {
    }

    /** A caller without a membership behind it (tests of pure rules, the platform's own work). */
    public Caller(String username, String displayName, Role role,
                  @Nullable Named region, @Nullable Named municipality, @Nullable Named province, Scope scope) {
        this(username, displayName, role, region, municipality, province, scope, null, false);
    }

    public static Caller of(Authentication authentication) {
        Map<String, Object> a = authentication.getAttributes();
        String membership = string(a, "membershipId");
        return new Caller(authentication.getName(), string(a, "displayName"), Role.valueOf(string(a, "role")),
                named(a, "region"), named(a, "municipality"), named(a, "province"),
                Scope.parse(string(a, "scopeRegions"), string(a, "scopeMunicipalities"), string(a, "scopeDrafts")),
                membership == null ? null : Long.valueOf(membership), "true".equals(string(a, "managesPeople")));
    }

    public Map<String, Object> attributes() {
        Map<String, Object> a = new HashMap<>();
        a.put("displayName", displayName);
        a.put("role", role.name());
        put(a, "region", region);
        put(a, "municipality", municipality);
        put(a, "province", province);
        a.put("scopeRegions", scope.regionsSetting());
        a.put("scopeMunicipalities", scope.municipalitiesSetting());
        a.put("scopeDrafts", scope.draftsSetting());
        if (membershipId != null) {
            a.put("membershipId", membershipId);
        }
        a.put("managesPeople", managesPeople);
        return a;
    }

    public boolean is(Role r) {
        return role == r;
    }

    /** The programme manager of this region (by code). */
    public boolean managesRegion(String regionCode) {
        return role == Role.REGION_PROGRAMME_MANAGER && region != null && region.code().equals(regionCode);
    }

    /** The officer of this municipality (by CBS code). */
    public boolean worksFor(String municipalityCode) {
        return role == Role.MUNICIPALITY_OFFICER && municipality != null && municipality.code().equals(municipalityCode);
    }

    private static void put(Map<String, Object> a, String key, @Nullable Named named) {
        if (named != null) {
            a.put(key + "Code", named.code());
            a.put(key + "Name", named.name());
        }
    }

    private static Named named(Map<String, Object> a, String key) {
        String code = string(a, key + "Code");
        return code == null ? null : new Named(code, string(a, key + "Name"));
    }

    private static String string(Map<String, Object> a, String key) {
        Object v = a.get(key);
        return v == null ? null : v.toString();
    }
}
