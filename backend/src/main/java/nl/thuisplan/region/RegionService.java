package nl.thuisplan.region;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.region.RegionQueries.MemberRow;
import nl.thuisplan.region.RegionViews.Member;
import nl.thuisplan.region.RegionViews.Membership;
import nl.thuisplan.region.RegionViews.Municipality;
import nl.thuisplan.region.RegionViews.Ref;
import nl.thuisplan.region.RegionViews.RegionDetail;
import nl.thuisplan.region.RegionViews.RegionSummary;

/**
 * Reads regions and municipalities for a caller. Row-level security filters underneath; this
 * class checks the caller's scope again (the first wall) so neither wall alone decides.
 */
@Singleton
class RegionService {

    private final RegionQueries queries;
    private final TenantTransactions tx;

    RegionService(RegionQueries queries, TenantTransactions tx) {
        this.queries = queries;
        this.tx = tx;
    }

    List<RegionSummary> regions(Caller caller) {
        return tx.read(caller.scope(), () -> {
            Map<Integer, List<Ref>> provinces = new LinkedHashMap<>();
            for (Object[] row : queries.regionProvinces()) {
                provinces.computeIfAbsent((Integer) row[0], k -> new ArrayList<>()).add((Ref) row[1]);
            }
            return queries.regions().stream()
                    .filter(r -> caller.scope().allowsRegion(r.regionId()))
                    .map(r -> new RegionSummary(r.code(), r.name(), r.currentMembers(),
                            provinces.getOrDefault(r.regionId(), List.of())))
                    .toList();
        });
    }

    RegionDetail region(Caller caller, String code) {
        return tx.read(caller.scope(), () -> {
            var region = queries.region(code)
                    .filter(r -> caller.scope().allowsRegion(r.regionId()))
                    .orElseThrow(() -> ProblemException.notFound("Regio " + code));
            List<Member> members = queries.members(region.regionId(), null).stream()
                    .filter(m -> caller.scope().allowsMunicipality(m.code()))
                    .map(m -> new Member(m.code(), m.name(), m.province(), m.subregion(), m.validFrom(), m.validTo(),
                            m.confirmed(), m.note(), m.inhabitants()))
                    .toList();
            return new RegionDetail(region.code(), region.name(), queries.subregions(region.regionId()), members);
        });
    }

    List<Municipality> municipalities(Caller caller) {
        return tx.read(caller.scope(), () -> assemble(caller, null));
    }

    Municipality municipality(Caller caller, String code) {
        return tx.read(caller.scope(), () -> assemble(caller, code)).stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("Gemeente " + code));
    }

    private List<Municipality> assemble(Caller caller, String code) {
        Map<String, List<Membership>> memberships = new LinkedHashMap<>();
        for (MemberRow m : queries.members(null, code)) {
            if (caller.scope().allowsRegion(m.regionId())) {
                memberships.computeIfAbsent(m.code(), k -> new ArrayList<>()).add(new Membership(
                        new Ref(m.regionCode(), m.regionName()), m.subregion(), m.validFrom(), m.validTo(),
                        m.confirmed(), m.note()));
            }
        }
        return queries.municipalities(code).stream()
                .filter(m -> caller.scope().allowsMunicipality(m.code()) && memberships.containsKey(m.code()))
                .map(m -> new Municipality(m.code(), m.name(), m.province(), m.note(), m.inhabitants(),
                        memberships.get(m.code())))
                .toList();
    }
}
