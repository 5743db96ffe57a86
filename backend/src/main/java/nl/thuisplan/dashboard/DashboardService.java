package nl.thuisplan.dashboard;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemException;
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
 * for everyone allowed, municipality detail only where its role reaches, other regions anonymised for
 * a programme manager, and small counts hidden.
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
            return new Filters(years, repo.targetGroups(), repo.provinces(), threshold,
                    years.isEmpty() ? LocalDate.now().getYear() : years.get(0));
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
        Map<String, String> anonymous = DashboardAccess.anonymous(caller, new TreeSet<>(s.regions().keySet()));
        List<Facts> rows = new ArrayList<>();
        Facts total = Facts.empty(new AreaRef("TOTAL", null, "Totaal"));
        for (String code : codes) {
            Facts f = s.regions().get(code);
            f = anonymous.containsKey(code)
                    ? f.withArea(new AreaRef("REGION", null, anonymous.get(code))).withDetail(false)
                    : f.withDetail(DashboardAccess.detail(caller, code, s.members().get(code)));
            rows.add(f);
            total = total.plus(f);
        }
        rows.sort(Comparator.comparing((Facts f) -> f.area().code() == null).thenComparing(f -> f.area().name()));
        TableBuilder.Built built = TableBuilder.build(rows, total, s.trendYears(), true, threshold);
        return new RegionsTable(s.year(), s.group(), threshold, built.rows(), built.total());
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
        Facts rest = null;
        for (Facts m : s.municipalities().get(regionCode)) {
            if (DashboardAccess.detailMunicipality(caller, members, m.area().code())) {
                rows.add(m.withDetail(true));
            } else {
                if (rest == null) {
                    rest = Facts.empty(new AreaRef("REST", null, "Gemeenten buiten " + DashboardAccess.provinceName(caller)));
                }
                rest = rest.plus(m);
            }
        }
        if (rest != null) {
            rows.add(rest);
        }
        Facts regional = s.regional().get(regionCode);
        if (regional != null) {
            rows.add(regional);
        }
        boolean suppress = !DashboardAccess.ownRegion(caller, regionCode);
        TableBuilder.Built built = TableBuilder.build(rows, region, s.trendYears(), suppress, threshold);
        return new MunicipalitiesTable(region.area(), s.year(), s.group(), threshold, suppress, built.rows(), built.total());
    }

    MapView map(Caller caller, @Nullable Integer year, @Nullable String group) {
        DashboardAccess.require(caller);
        Snapshot s = snapshots.read(year, group);
        Map<String, String> anonymous = DashboardAccess.anonymous(caller, new TreeSet<>(s.regions().keySet()));
        List<MapValue> values = new ArrayList<>();
        for (String code : s.regions().keySet()) {
            Facts region = s.regions().get(code);
            List<Member> members = s.members().get(code);
            Cell regionMoves = Suppression.single(region.moves(), threshold);
            String regionValue = TableBuilder.perThousand(regionMoves, region.inhabitants());
            boolean open = DashboardAccess.ownRegion(caller, code);
            for (Facts m : s.municipalities().get(code)) {
                String regionLabel = anonymous.getOrDefault(code, code);
                if (!anonymous.containsKey(code) && DashboardAccess.detail(caller, code, members)
                        && DashboardAccess.detailMunicipality(caller, members, m.area().code())) {
                    Cell moves = open ? Cell.of(m.moves()) : Suppression.single(m.moves(), threshold);
                    String v = TableBuilder.perThousand(moves, m.inhabitants());
                    values.add(new MapValue(m.area().code(), regionLabel, "MUNICIPALITY", v, text(v, moves), moves.suppressed()));
                } else {
                    values.add(new MapValue(m.area().code(), regionLabel, "REGION", regionValue, text(regionValue, regionMoves)
                            + " (gemiddelde van " + (anonymous.containsKey(code) ? anonymous.get(code) : region.area().name()) + ")",
                            regionMoves.suppressed()));
                }
            }
        }
        return new MapView(s.year(), s.group(), threshold, values);
    }

    /** The Dutch text of a map value; a hidden count names the configured threshold, as the hidden cells of the tables do. */
    private String text(@Nullable String perThousand, Cell moves) {
        if (moves.suppressed()) {
            return "minder dan " + threshold + " woningen (niet getoond)";
        }
        return perThousand == null ? "geen cijfer" : perThousand + " per 1.000 inwoners";
    }
}
