package nl.thuisplan.demand;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.demand.DemandViews.AnalysisView;
import nl.thuisplan.demand.DemandViews.CellView;
import nl.thuisplan.demand.DemandViews.Ref;
import nl.thuisplan.demand.DemandViews.RegionMedian;
import nl.thuisplan.demand.DemandViews.VersionRef;
import nl.thuisplan.targetgroup.TargetGroups;

/** Builds what the entry screen shows; runs inside the caller's tenant transaction. */
@Singleton
class DemandReads {

    private final DemandAnalysisRepository analyses;
    private final DemandCellRepository figures;
    private final RegionPeers peers;
    private final TargetGroups groups;
    private final DemandLookupRepository lookups;
    private final DemandAccess access;

    DemandReads(DemandAnalysisRepository analyses, DemandCellRepository figures, RegionPeers peers, TargetGroups groups,
                DemandLookupRepository lookups, DemandAccess access) {
        this.analyses = analyses;
        this.figures = figures;
        this.peers = peers;
        this.groups = groups;
        this.lookups = lookups;
        this.access = access;
    }

    /** The analysis if the caller may see it (row-level security and the scope check), otherwise 404. */
    Analysis require(Caller caller, long id) {
        return analyses.byId(id).filter(a -> visible(caller, a))
                .orElseThrow(() -> ProblemException.notFound("Vraaganalyse " + id));
    }

    /**
     * In scope, and delivered unless the scope sees work in progress: a province analyst follows a
     * municipality's submitted and adopted figures, never its concept or returned ones (as the
     * {@code demand_analysis} policy of V14 does underneath).
     */
    static boolean visible(Caller caller, Analysis a) {
        return caller.scope().allowsRegion(a.regionId())
                && (a.regional() ? caller.scope().allMunicipalities() : caller.scope().allowsMunicipality(a.municipalityCode()))
                && (caller.scope().drafts() || a.status().delivered());
    }

    AnalysisView view(Caller caller, Analysis a) {
        Map<String, Integer> previous = new HashMap<>();
        analyses.latest(a.regionId(), a.municipalityCode(), a.year() - 1)
                .ifPresent(p -> figures.cells(p).forEach(c -> previous.put(c.key(), c.value())));
        Map<String, Double> medians = a.regional() ? Map.of() : peers.medians(a.regionId(), a.year(), a.municipalityCode());
        Long inhabitants = peers.inhabitants(a.municipalityCode());
        List<Cell> written = figures.cells(a);
        List<CellView> cells = new java.util.ArrayList<>(written.stream().map(c -> cellView(c, previous.get(c.key()),
                medians.get(c.key()), inhabitants)).toList());
        // a figure not yet entered this year still shows last year's value beside it
        java.util.Set<String> writtenKeys = written.stream().map(Cell::key).collect(java.util.stream.Collectors.toSet());
        previous.forEach((key, value) -> {
            if (value != null && !writtenKeys.contains(key)) {
                String[] k = key.split("/");
                cells.add(new CellView(k[0], k[1], Measure.valueOf(k[2]), null, null, null, null, null, null, value, List.of()));
            }
        });
        LocalDate deadline = lookups.deadline(a.regionId(), a.year()).orElse(null);
        return new AnalysisView(a.id(), new Ref(a.regionCode(), a.regionName()),
                a.regional() ? null : new Ref(a.municipalityCode(), a.municipalityName()), a.year(), a.versionNo(),
                a.status(), a.lockVersion(), DemandAccess.canEdit(caller, a), deadline, overdue(deadline, a.status()),
                a.returnedReason(), a.submittedAt(), a.submittedBy(), a.adoptedAt(), a.adoptedBy(), inhabitants,
                analyses.versions(a).stream().map(v -> new VersionRef(v.id(), v.versionNo(), v.status())).toList(),
                access.allowed(caller, a),
                groups.forRegion(a.regionId(), true).stream().map(g -> new Ref(g.code(), g.name())).toList(),
                housingForms(), cells, regionMedians(medians));
    }

    private static List<RegionMedian> regionMedians(Map<String, Double> medians) {
        return medians.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> {
            String[] k = e.getKey().split("/");
            return new RegionMedian(k[0], k[1], Measure.valueOf(k[2]), e.getValue());
        }).toList();
    }

    static boolean overdue(LocalDate deadline, DemandStatus status) {
        return deadline != null && LocalDate.now().isAfter(deadline) && !status.delivered();
    }

    List<Ref> housingForms() {
        return lookups.housingForms().stream().map(f -> new Ref(f.code(), f.name())).toList();
    }

    static CellView cellView(Cell c, @Nullable Integer previous, @Nullable Double median, @Nullable Long inhabitants) {
        return new CellView(c.targetGroup(), c.housingForm(), c.measure(), c.value(), c.low(), c.high(), c.source(), c.note(),
                c.version(), previous, DemandWarnings.of(c.value(), previous, median, inhabitants));
    }
}
