package nl.thuisplan.auth;

import jakarta.inject.Singleton;
import java.util.List;
import nl.thuisplan.auth.Caller.Named;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;

/**
 * Computes a user's scope from the database at login and at refresh, so a change in membership
 * or role takes effect with the next token.
 */
@Singleton
class CallerFactory {

    private final ScopeRepository scopes;
    private final TenantTransactions tx;

    CallerFactory(ScopeRepository scopes, TenantTransactions tx) {
        this.scopes = scopes;
        this.tx = tx;
    }

    Caller callerFor(UserAccount user) {
        // Reading across tenants to find the user's own scope is the platform's work, not the user's.
        return tx.read(Scope.SYSTEM, () -> switch (user.role()) {
            case PLATFORM_ADMIN -> new Caller(user.username(), user.displayName(), user.role(), null, null, null,
                    new Scope(true, java.util.Set.of(), true, java.util.Set.of()));
            case REGION_PROGRAMME_MANAGER -> {
                Named region = scopes.region(user.regionId()).orElseThrow();
                yield new Caller(user.username(), user.displayName(), user.role(), region, null, null,
                        Scope.regionsWithAllTheirMunicipalities(List.of(user.regionId())));
            }
            case MUNICIPALITY_OFFICER -> {
                List<Integer> regions = scopes.regionIdsOfMunicipality(user.municipalityCode());
                List<Named> regionNames = scopes.regionsOfMunicipality(user.municipalityCode());
                Named municipality = scopes.municipality(user.municipalityCode()).orElseThrow();
                yield new Caller(user.username(), user.displayName(), user.role(),
                        regionNames.isEmpty() ? null : regionNames.get(0), municipality, null,
                        Scope.of(regions, List.of(user.municipalityCode())));
            }
            case PROVINCE_ANALYST -> {
                List<Integer> regions = scopes.regionIdsOfProvince(user.provinceCode());
                List<String> municipalities = scopes.municipalitiesOfProvince(user.provinceCode());
                Named province = scopes.province(user.provinceCode()).orElseThrow();
                yield new Caller(user.username(), user.displayName(), user.role(), null, null, province,
                        Scope.of(regions, municipalities).withoutDrafts());
            }
        });
    }
}
