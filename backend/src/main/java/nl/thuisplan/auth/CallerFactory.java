package nl.thuisplan.auth;

import jakarta.inject.Singleton;
import java.util.List;
import nl.thuisplan.auth.Caller.Named;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.Sql;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.region.Memberships;

/**
 * Computes a user's scope from the database at login and at refresh, so a change in membership
 * or role takes effect with the next token.
 */
@Singleton
class CallerFactory {

    private final Sql sql;
    private final TenantTransactions tx;

    CallerFactory(Sql sql, TenantTransactions tx) {
        this.sql = sql;
        this.tx = tx;
    }

    Caller callerFor(UserAccount user) {
        // Reading across tenants to find the user's own scope is the platform's work, not the user's.
        return tx.read(Scope.SYSTEM, () -> switch (user.role()) {
            case PLATFORM_ADMIN -> new Caller(user.username(), user.displayName(), user.role(), null, null, null,
                    new Scope(true, java.util.Set.of(), true, java.util.Set.of()));
            case REGION_PROGRAMME_MANAGER -> {
                List<Named> region = names("select code, name from region where region_id = ?", user.regionId());
                yield new Caller(user.username(), user.displayName(), user.role(), region.get(0), null, null,
                        Scope.regionsWithAllTheirMunicipalities(List.of(user.regionId())));
            }
            case MUNICIPALITY_OFFICER -> {
                List<Integer> regions = ids("select rm.region_id from region_membership rm where rm.municipality_code = ? and "
                        + Memberships.CURRENT, user.municipalityCode());
                List<Named> regionNames = names("select r.code, r.name from region_membership rm join region r using (region_id) "
                        + "where rm.municipality_code = ? and " + Memberships.CURRENT + " order by r.code", user.municipalityCode());
                Named municipality = names("select code, name from municipality where code = ?", user.municipalityCode()).get(0);
                yield new Caller(user.username(), user.displayName(), user.role(),
                        regionNames.isEmpty() ? null : regionNames.get(0), municipality, null,
                        Scope.of(regions, List.of(user.municipalityCode())));
            }
            case PROVINCE_ANALYST -> {
                List<Integer> regions = ids("select distinct rm.region_id from region_membership rm "
                        + "join municipality m on m.code = rm.municipality_code where m.province_code = ? and " + Memberships.CURRENT,
                        user.provinceCode());
                List<String> municipalities = codes("select code from municipality where province_code = ?", user.provinceCode());
                Named province = names("select code, name from province where code = ?", user.provinceCode()).get(0);
                yield new Caller(user.username(), user.displayName(), user.role(), null, null, province,
                        Scope.of(regions, municipalities).withoutDrafts());
            }
        });
    }

    private List<Integer> ids(String query, Object param) {
        return sql.list(query, ps -> ps.setObject(1, param), rs -> rs.getInt(1));
    }

    private List<String> codes(String query, Object param) {
        return sql.list(query, ps -> ps.setObject(1, param), rs -> rs.getString(1));
    }

    private List<Named> names(String query, Object param) {
        return sql.list(query, ps -> ps.setObject(1, param), rs -> new Named(rs.getString(1), rs.getString(2)));
    }
}
