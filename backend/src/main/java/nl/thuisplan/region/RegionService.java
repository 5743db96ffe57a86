package nl.thuisplan.region;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.region.RegionRepository.MemberRow;
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

    private final RegionRepository repo;
    private final TenantTransactions tx;
    private final Regions regions;
    private final Members members;
    private final Boundaries boundaries;

    RegionService(RegionRepository repo, TenantTransactions tx, Regions regions, Members members, Boundaries boundaries) {
        this.repo = repo;
        this.tx = tx;
        this.regions = regions;
        this.members = members;
        this.boundaries = boundaries;
    }

    List<RegionSummary> regions(Caller caller) {
        return tx.read(caller.scope(), () -> {
            Map<Integer, List<Ref>> provinces = new LinkedHashMap<>();
            for (RegionRepository.RegionProvince row : repo.regionProvinces()) {
                provinces.computeIfAbsent(row.regionId(), k -> new ArrayList<>()).add(new Ref(row.code(), row.name()));
            }
            return repo.regions().stream()
                    .filter(r -> caller.scope().allowsRegion(r.regionId()))
                    .map(r -> new RegionSummary(r.code(), r.name(), r.currentMembers(),
                            provinces.getOrDefault(r.regionId(), List.of())))
                    .toList();
        });
    }

    RegionDetail region(Caller caller, String code) {
        return tx.read(caller.scope(), () -> {
            var region = repo.region(code)
                    .filter(r -> caller.scope().allowsRegion(r.regionId()))
                    .orElseThrow(() -> ProblemException.notFound("Regio " + code));
            List<Member> members = repo.members(region.regionId(), null).stream()
                    .filter(m -> caller.scope().allowsMunicipality(m.code()))
                    .map(m -> new Member(m.code(), m.name(), m.province(), m.subregion(), m.validFrom(), m.validTo(),
                            m.confirmed(), m.note(), m.inhabitantsValue()))
                    .toList();
            return new RegionDetail(region.code(), region.name(), repo.subregions(region.regionId()), members);
        });
    }

    /**
     * The outlines of a region's current members. Which municipalities form a region is public (the
     * regions publish their lists), so once the caller may see the region the members are listed in a
     * region-wide scope: a gemeente medewerker's map shows its neighbours' outlines, but no data of theirs.
     */
    String boundaries(Caller caller, String regionCode) {
        int regionId = tx.read(caller.scope(), () -> regions.require(caller, regionCode).id());
        List<Members.Member> current = tx.read(Scope.regionsWithAllTheirMunicipalities(Set.of(regionId)),
                () -> members.current(regionId));
        return boundaries.featureCollection(current);
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
        for (MemberRow m : repo.members(null, code)) {
            if (caller.scope().allowsRegion(m.regionId())) {
                memberships.computeIfAbsent(m.code(), k -> new ArrayList<>()).add(new Membership(
                        new Ref(m.regionCode(), m.regionName()), m.subregion(), m.validFrom(), m.validTo(),
                        m.confirmed(), m.note()));
            }
        }
        return repo.municipalities(code).stream()
                .filter(m -> caller.scope().allowsMunicipality(m.code()) && memberships.containsKey(m.code()))
                .map(m -> new Municipality(m.code(), m.name(), m.province(), m.note(), m.inhabitantsValue(),
                        memberships.get(m.code())))
                .toList();
    }
}
