package nl.thuisplan.dashboard;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.completeness.Completeness;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.dashboard.DashboardRepository.Member;
import nl.thuisplan.dashboard.DashboardViews.AreaRef;
import nl.thuisplan.dashboard.DashboardViews.Filters;
import nl.thuisplan.dashboard.DashboardViews.MapValue;
import nl.thuisplan.dashboard.DashboardViews.MapView;
import nl.thuisplan.dashboard.DashboardViews.MunicipalitiesTable;
import nl.thuisplan.dashboard.DashboardViews.Named;
import nl.thuisplan.dashboard.DashboardViews.RegionsTable;
import nl.thuisplan.region.Boundaries;
import nl.thuisplan.region.Members;
import nl.thuisplan.smallnumbers.Cell;
import nl.thuisplan.smallnumbers.Suppression;
import nl.thuisplan.woonzorgvisie.content.RenderedDocument;

/**
 * The dashboards. Figures are read for every region at once ({@link Snapshots}), because comparison
 * is the point; what a caller receives is decided here ({@link DashboardAccess}): aggregates per region
 * for everyone allowed, municipality detail only where its role reaches, every region by name (ADR
 * 0002), small counts hidden, and no row or total that gives one municipality's figures away.
 */
@Singleton
public class DashboardService {

    private final TenantTransactions tx;
    private final DashboardRepository repo;
    private final Snapshots snapshots;
    private final Boundaries boundaries;
    private final int threshold;

    DashboardService(TenantTransactions tx, DashboardRepository repo, Snapshots snapshots, Boundaries boundaries,
                     @Value("${thuisplan.dashboard.min-count:5}") int threshold) {
        this.tx = tx;
        this.repo = repo;
        this.snapshots = snapshots;
        this.boundaries = boundaries;
        this.threshold = threshold;
    }

    /** The PDF report's content: one snapshot for the regions table and every region the caller may see per municipality. */
    record Report(int year, RenderedDocument document) {
    }

    Filters filters(Caller caller) {
        DashboardAccess.require(caller);
        return tx.read(Scope.SYSTEM, () -> {
            List<Integer> years = repo.years();
            Map<Integer, Set<String>> adopted = repo.adoptedByYear();
            Set<String> members = Snapshots.keys(repo.members());
            List<DashboardViews.YearCompleteness> complete = years.stream().map(y -> new DashboardViews.YearCompleteness(y,
                    Completeness.of((int) DefaultYear.known(adopted.getOrDefault(y, Set.of()), members), members.size()))).toList();
            return new Filters(years, complete, repo.targetGroups(), repo.provinces(), threshold,
                    DefaultYear.choose(years, adopted, members, LocalDate.now().getYear()));
        });
    }

    /** The outlines of every current member of a region; geography is public, so for every caller with a dashboard. */
    String boundaries(Caller caller) {
        DashboardAccess.require(caller);
        List<Members.Member> members = tx.read(Scope.SYSTEM, () -> repo.members().stream()
                .map(m -> new Members.Member(m.code(), m.name())).toList());
        return boundaries.featureCollection(members);
    }

    RegionsTable regions(Caller caller, @Nullable Integer year, @Nullable String group, @Nullable String province) {
        DashboardAccess.require(caller);
        return regions(caller, snapshots.read(year, group), province);
    }

    MunicipalitiesTable municipalities(Caller caller, String regionCode, @Nullable Integer year, @Nullable String group) {
        DashboardAccess.require(caller);
        return municipalities(caller, snapshots.read(year, group), regionCode);
    }

    Report report(Caller caller, @Nullable Integer year, @Nullable String group, @Nullable String province) {
        DashboardAccess.require(caller);
        Snapshot s = snapshots.read(year, group);
        RegionsTable regions = regions(caller, s, province);
        List<MunicipalitiesTable> details = new ArrayList<>();
        for (DashboardViews.Row r : regions.rows()) {
            if (r.detail()) {
                details.add(municipalities(caller, s, r.area().code()));
            }
        }
        Filters filters = filters(caller);
        String groupName = filters.targetGroups().stream().filter(g -> g.code().equals(regions.targetGroup())).map(Named::name)
                .findFirst().orElse("alle aandachtsgroepen");
        String scope = province == null || province.isBlank() ? "Alle regio's"
                : filters.provinces().stream().filter(p -> p.code().equals(province)).map(p -> "Regio's in " + p.name()).findFirst()
                .orElse("Alle regio's");
        return new Report(regions.year(), DashboardExports.report("Dashboard aandachtsgroepen " + regions.year(), scope, regions.year(),
                groupName, regions, details, threshold));
    }

    private RegionsTable regions(Caller caller, Snapshot s, @Nullable String province) {
        List<String> codes = new ArrayList<>(s.regions().keySet());
        if (province != null && !province.isBlank()) {
            codes.removeIf(code -> s.members().get(code).stream().noneMatch(m -> m.province().equals(province)));
        }
        codes.sort(Comparator.comparing((String code) -> s.regions().get(code).area().name()));
        Withheld withheld = withheld(caller, s);
        List<Facts> rows = new ArrayList<>();
        List<Boolean> hidden = new ArrayList<>();
        long unknown = 0;
        long hiddenUnknown = 0;
        Facts total = Facts.empty(new AreaRef("TOTAL", null, "Totaal"));
        for (String code : codes) {
            rows.add(s.regions().get(code).withDetail(DashboardAccess.detail(caller, code, s.members().get(code))));
            total = total.plus(s.regions().get(code));
            hidden.add(withheld.regions().contains(code));
            unknown += withheld.unknown().get(code);
            hiddenUnknown += withheld.regions().contains(code) ? withheld.unknown().get(code) : 0;
        }
        // the rows listed (all, or a province's) add up to the total: it goes when it would give a withheld row back
        long hiddenRows = hidden.stream().filter(h -> h).count();
        boolean totalHidden = totalHidden(unknown, hiddenRows, hiddenUnknown);
        TableBuilder.Built built = YearWithholding.apply(TableBuilder.build(rows, total, s.trendYears(), true, threshold, hidden, totalHidden),
                byYear(withheld, codes, s.trendYears()), s.year());
        return new RegionsTable(s.year(), s.group(), threshold, built.rows(), built.total());
    }

    private static boolean totalHidden(long unknown, long hiddenRows, long hiddenUnknown) {
        return unknown == 1 || (hiddenRows > 0 && (hiddenRows < Suppression.MIN_GROUP || hiddenUnknown < Suppression.MIN_GROUP));
    }

    /** The same rule year by year ({@link YearWithholding}), decided over all regions, for the rows listed. */
    private static YearWithholding.Decision byYear(Withheld withheld, List<String> codes, List<Integer> years) {
        Map<Integer, Set<Integer>> rows = new java.util.HashMap<>();
        Set<Integer> totals = new HashSet<>();
        for (int year : years) {
            long unknown = 0;
            long hiddenRows = 0;
            long hiddenUnknown = 0;
            for (int i = 0; i < codes.size(); i++) {
                long u = withheld.unknownByYear().get(codes.get(i)).getOrDefault(year, 0L);
                unknown += u;
                if (withheld.byYear().getOrDefault(year, Set.of()).contains(codes.get(i))) {
                    rows.computeIfAbsent(i, k -> new HashSet<>()).add(year);
                    hiddenRows++;
                    hiddenUnknown += u;
                }
            }
            if (totalHidden(unknown, hiddenRows, hiddenUnknown)) {
                totals.add(year);
            }
        }
        return new YearWithholding.Decision(rows, totals);
    }

    /**
     * The regions whose figures are withheld from this caller, decided once over all regions (in the
     * regions table's order) so that no view (a province's regions, the map, a region's detail) shows
     * what another view hides; with, per region, its contributors the caller does not know.
     */
    private record Withheld(Set<String> regions, Map<String, Long> unknown, Map<Integer, Set<String>> byYear,
                            Map<String, Map<Integer, Long>> unknownByYear) {
    }

    private static Withheld withheld(Caller caller, Snapshot s) {
        List<String> codes = new ArrayList<>(s.regions().keySet());
        codes.sort(Comparator.comparing((String code) -> s.regions().get(code).area().name()));
        Map<String, Long> unknown = new LinkedHashMap<>();
        codes.forEach(code -> unknown.put(code, unknownContributors(caller, s, code, s.municipalities().get(code))));
        Suppression.Column who = Suppression.contributors(new ArrayList<>(unknown.values()));
        Set<String> hidden = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            if (who.cells().get(i).suppressed()) {
                hidden.add(codes.get(i));
            }
        }
        Map<String, Map<Integer, Long>> unknownByYear = new LinkedHashMap<>();
        codes.forEach(code -> unknownByYear.put(code, unknownByYear(caller, s, code, s.municipalities().get(code))));
        YearWithholding.Decision years = YearWithholding.decide(new ArrayList<>(unknownByYear.values()), s.trendYears());
        Map<Integer, Set<String>> byYear = new java.util.HashMap<>();
        years.rows().forEach((i, ys) -> ys.forEach(y -> byYear.computeIfAbsent(y, k -> new HashSet<>()).add(codes.get(i))));
        return new Withheld(hidden, unknown, byYear, unknownByYear);
    }

    /** Per year, how many of these municipalities have an adopted analysis of it and are not on a row the caller sees. */
    private static Map<Integer, Long> unknownByYear(Caller caller, Snapshot s, String regionCode, List<Facts> municipalities) {
        List<Member> members = s.members().get(regionCode);
        boolean detail = DashboardAccess.detail(caller, regionCode, members);
        Map<Integer, Long> out = new java.util.HashMap<>();
        municipalities.stream().filter(m -> !(detail && DashboardAccess.detailMunicipality(caller, members, m.area().code())))
                .forEach(m -> m.trendKnown().keySet().forEach(y -> out.merge(y, 1L, Long::sum)));
        return out;
    }

    /**
     * Of these municipalities of a region, how many contribute a figure that the caller does not see
     * on its own row anywhere (a province analyst sees those of its province, a programme manager its
     * own region's). A total with exactly one of them, minus what the caller sees, is that one's figure.
     */
    private static long unknownContributors(Caller caller, Snapshot s, String regionCode, List<Facts> municipalities) {
        List<Member> members = s.members().get(regionCode);
        boolean detail = DashboardAccess.detail(caller, regionCode, members);
        return municipalities.stream().filter(DashboardService::contributes)
                .filter(m -> !(detail && DashboardAccess.detailMunicipality(caller, members, m.area().code()))).count();
    }

    /** Has a figure in some column: an adopted analysis (of the year or a trend year) or a target. */
    private static boolean contributes(Facts m) {
        return m.adopted() > 0 || !m.trend().isEmpty() || m.target() != null || m.realised() != null;
    }

    private MunicipalitiesTable municipalities(Caller caller, Snapshot s, String regionCode) {
        Facts region = s.regions().get(regionCode);
        if (region == null) {
            throw ProblemException.notFound("Regio " + regionCode);
        }
        List<Member> members = s.members().get(regionCode);
        if (!DashboardAccess.detail(caller, regionCode, members)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "DETAIL_NOT_ALLOWED",
                    "U ziet per gemeente alleen de eigen regio of de gemeenten van de eigen provincie; van deze regio alleen het totaal.");
        }
        List<Facts> rows = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        List<Map<Integer, Long>> unknownYears = new ArrayList<>();
        Facts rest = null;
        List<Facts> outside = new ArrayList<>();
        for (Facts m : s.municipalities().get(regionCode)) {
            if (DashboardAccess.detailMunicipality(caller, members, m.area().code())) {
                rows.add(m.withDetail(true));
                unknown.add(0L);
                unknownYears.add(Map.of());
            } else {
                if (rest == null) {
                    rest = Facts.empty(new AreaRef("REST", null, "Gemeenten buiten " + DashboardAccess.provinceName(caller)));
                }
                rest = rest.plus(m);
                outside.add(m);
            }
        }
        if (rest != null) {
            rows.add(rest);
            // the rest of the region, and the region's total minus the rows shown, are these municipalities' sum
            unknown.add(unknownContributors(caller, s, regionCode, outside));
            unknownYears.add(unknownByYear(caller, s, regionCode, outside));
        }
        Facts regional = s.regional().get(regionCode);
        if (regional != null) {
            rows.add(regional);
            unknown.add(0L);
            unknownYears.add(Map.of());
        }
        boolean suppress = !DashboardAccess.ownRegion(caller, regionCode);
        Suppression.Column who = Suppression.contributors(unknown);
        List<Boolean> hidden = new ArrayList<>(who.cells().stream().map(Cell::suppressed).toList());
        boolean totalHidden = who.total().suppressed();
        Withheld all = withheld(caller, s);
        YearWithholding.Decision years = YearWithholding.decide(unknownYears, s.trendYears());
        for (Map.Entry<Integer, Set<String>> e : all.byYear().entrySet()) {
            if (e.getValue().contains(regionCode)) {
                // withheld for that year in the regions table: neither its total nor the rest that adds up to it
                years.totals().add(e.getKey());
                for (int i = 0; i < rows.size(); i++) {
                    if ("REST".equals(rows.get(i).area().kind())) {
                        years.rows().computeIfAbsent(i, k -> new HashSet<>()).add(e.getKey());
                    }
                }
            }
        }
        if (all.regions().contains(regionCode)) {
            // withheld in the regions table: neither its total nor the rest that would add up to it
            totalHidden = true;
            for (int i = 0; i < rows.size(); i++) {
                hidden.set(i, hidden.get(i) || "REST".equals(rows.get(i).area().kind()));
            }
        }
        TableBuilder.Built built = YearWithholding.apply(TableBuilder.build(rows, region, s.trendYears(), suppress, threshold, hidden,
                totalHidden), years, s.year());
        return new MunicipalitiesTable(region.area(), s.year(), s.group(), threshold, suppress, built.rows(), built.total());
    }

    MapView map(Caller caller, @Nullable Integer year, @Nullable String group) {
        DashboardAccess.require(caller);
        Snapshot s = snapshots.read(year, group);
        // a region's average hides what the regions table hides
        Withheld all = withheld(caller, s);
        Set<String> withheld = new HashSet<>(all.regions());
        withheld.addAll(all.byYear().getOrDefault(s.year(), Set.of()));
        List<MapValue> values = new ArrayList<>();
        for (String code : s.regions().keySet()) {
            Facts region = s.regions().get(code);
            List<Member> members = s.members().get(code);
            Map<String, String> provinces = new java.util.HashMap<>();
            members.forEach(m -> provinces.put(m.code(), m.province()));
            Cell regionMoves = withheld.contains(code) ? Cell.withheld() : Suppression.single(region.moves(), threshold);
            String regionValue = TableBuilder.perThousand(regionMoves, region);
            Completeness regionComplete = region.completeness();
            boolean open = DashboardAccess.ownRegion(caller, code);
            for (Facts m : s.municipalities().get(code)) {
                String province = provinces.get(m.area().code());
                if (DashboardAccess.detail(caller, code, members) && DashboardAccess.detailMunicipality(caller, members, m.area().code())) {
                    Cell moves = open ? Cell.of(m.moves()) : Suppression.single(m.moves(), threshold);
                    String v = TableBuilder.perThousand(moves, m);
                    values.add(new MapValue(m.area().code(), code, region.area().name(), province, "MUNICIPALITY", v, text(v, moves, m.completeness()),
                            moves.suppressed(), m.completeness()));
                } else {
                    values.add(new MapValue(m.area().code(), code, region.area().name(), province, "REGION", regionValue,
                            text(regionValue, regionMoves, regionComplete) + " (gemiddelde van " + region.area().name()
                                    + (regionComplete.complete() ? "" : ", " + regionComplete.text()) + ")",
                            regionMoves.suppressed(), regionComplete));
                }
            }
        }
        return new MapView(s.year(), s.group(), threshold, values);
    }

    /** The Dutch text of a map value; a hidden count names the configured threshold, as the hidden cells of the tables do. */
    private String text(@Nullable String perThousand, Cell moves, Completeness completeness) {
        if (completeness.known() == 0 && completeness.expected() > 0) {
            return "onbekend (geen vastgestelde vraaganalyse)";
        }
        if (Cell.withheld().equals(moves)) {
            return "niet getoond (het cijfer van één gemeente zou te herleiden zijn)";
        }
        if (moves.suppressed()) {
            return "minder dan " + threshold + " woningen (niet getoond)";
        }
        if (perThousand == null) {
            return completeness.ratioShown() ? "geen cijfer" : "te onvolledig voor een cijfer per 1.000 inwoners";
        }
        return perThousand + " per 1.000 inwoners";
    }
}
