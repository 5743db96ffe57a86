package nl.thuisplan.auth;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import nl.thuisplan.auth.Caller.Named;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;

/**
 * Computes a caller's scope from the database, from one membership, at login, at a switch and at
 * refresh, so a change in membership or region takes effect with the next token.
 */
@Singleton
public class CallerFactory {

    private final ScopeRepository scopes;
    private final TenantTransactions tx;

    CallerFactory(ScopeRepository scopes, TenantTransactions tx) {
        this.scopes = scopes;
        this.tx = tx;
    }

    public Caller callerFor(UserAccount person, Membership m) {
        // Reading across tenants to find the person's own scope is the platform's work, not the person's.
        return tx.read(Scope.SYSTEM, () -> switch (m.role()) {
            case PLATFORM_ADMIN -> caller(person, m, null, null, null, new Scope(true, Set.of(), true, Set.of()));
            case REGION_PROGRAMME_MANAGER -> caller(person, m, scopes.region(m.regionId()).orElseThrow(), null, null,
                    Scope.regionsWithAllTheirMunicipalities(List.of(m.regionId())));
            case MUNICIPALITY_OFFICER -> {
                List<Integer> regions = scopes.regionIdsOfMunicipality(m.municipalityCode());
                List<Named> regionNames = scopes.regionsOfMunicipality(m.municipalityCode());
                yield caller(person, m, regionNames.isEmpty() ? null : regionNames.get(0),
                        scopes.municipality(m.municipalityCode()).orElseThrow(), null,
                        Scope.of(regions, List.of(m.municipalityCode())));
            }
            case PROVINCE_ANALYST -> caller(person, m, null, null, scopes.province(m.provinceCode()).orElseThrow(),
                    Scope.of(scopes.regionIdsOfProvince(m.provinceCode()), scopes.municipalitiesOfProvince(m.provinceCode()))
                            .withoutDrafts());
            // a partner reads what its region publishes: the region, none of its municipalities' own work, no drafts
            case CORPORATIE_MEDEWERKER, ZORGAANBIEDER_MEDEWERKER -> caller(person, m, scopes.region(m.regionId()).orElseThrow(),
                    null, null, Scope.of(List.of(m.regionId()), List.of()).withoutDrafts());
        });
    }

    private static Caller caller(UserAccount person, Membership m, Named region, Named municipality, Named province, Scope scope) {
        return new Caller(person.username(), person.displayName(), m.role(), region, municipality, province, scope,
                m.membershipId(), m.managesPeople());
    }
}
