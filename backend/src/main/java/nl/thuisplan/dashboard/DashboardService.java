package nl.thuisplan.dashboard;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.Sql;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.dashboard.DashboardRepository.Member;
import nl.thuisplan.dashboard.DashboardViews.AreaRef;
import nl.thuisplan.dashboard.DashboardViews.Filters;
import nl.thuisplan.dashboard.DashboardViews.MapValue;
import nl.thuisplan.dashboard.DashboardViews.MapView;
import nl.thuisplan.dashboard.DashboardViews.MunicipalitiesTable;
import nl.thuisplan.dashboard.DashboardViews.Named;
import nl.thuisplan.dashboard.DashboardViews.RegionsTable;
import nl.thuisplan.urgency.UrgencyFigures;

/**
 * The dashboards. Figures are read for every region at once in a read-only transaction with a
 * platform-wide scope, because comparison is the point; what a caller receives is decided here
 * ({@link DashboardAccess}): aggregates per region for everyone allowed, municipality detail only
 * where its role reaches, other regions anonymised for a programme manager, and small counts hidden.
 */
@Singleton
public class DashboardService {

    static final String ALL_GROUPS = "alle";
    private static final int TREND_YEARS = 10;

    private final TenantTransactions tx;
    private final DashboardRepository repo;
    private final UrgencyFigures urgency;
    private final Sql sql;
    private final int threshold;
    /**
     * Performance (issue 7 benchmark): the urgency figures per "region id|year", with the fingerprint
     * of their inputs they were computed from ({@link DashboardRepository#urgencyInputs}); used only
     * while that fingerprint is unchanged, so a request sees exactly what a recomputation would give.
     */
    private final Map<String, CachedUrgency> urgencyCache = new java.util.concurrent.ConcurrentHashMap<>();

    private record CachedUrgency(String inputs, Facts.@Nullable UrgencyFacts facts) {
    }

    DashboardService(TenantTransactions tx, DashboardRepository repo, UrgencyFigures urgency, Sql sql,
                     @Value("${thuisplan.dashboard.min-count:5}") int threshold) {
        this.tx = tx;
        this.repo = repo;
        this.urgency = urgency;
        this.sql = sql;
        this.threshold = threshold;
    }

    /** The figures of one request: every region with its municipalities, for one year and target group. */
    record Snapshot(int year, String group, List<Integer> trendYears, Map<String, List<Facts>> municipalities,
                    Map<String, Facts> regional, Map<String, Facts> regions, Map<String, List<Member>> members) {
    }

    Filters filters(Caller caller) {
        DashboardAccess.require(caller);
        return tx.read(Scope.SYSTEM, () -> {
            List<Integer> years = repo.years();
            List<Named> groups = sql.list("select code, name from target_group order by sort_order", Sql.NO_PARAMETERS,
                    rs -> new Named(rs.getString(1), rs.getString(2)));
            List<Named> provinces = sql.list("select distinct p.code, p.name from province p join municipality m on m.province_code = p.code "
                    + "join region_membership rm on rm.municipality_code = m.code where " + nl.thuisplan.region.Memberships.CURRENT
                    + " order by p.name", Sql.NO_PARAMETERS, rs -> new Named(rs.getString(1), rs.getString(2)));
            return new Filters(years, groups, provinces, threshold, years.isEmpty() ? LocalDate.now().getYear() : years.get(0));
        });
    }

    RegionsTable regions(Caller caller, @Nullable Integer year, @Nullable String group, @Nullable String province) {
        DashboardAccess.require(caller);
        Snapshot s = snapshot(year, group);
        List<String> codes = new ArrayList<>(s.regions().keySet());
        if (province != null && !province.isBlank()) {
            codes.removeIf(code -> s.members().get(code).stream().noneMatch(m -> m.province().equals(province)));
        }
        Map<String, String> anonymous = DashboardAccess.anonymous(caller, new TreeSet<>(s.regions().keySet()));
        List<Facts> rows = new ArrayList<>();
        Facts total = new Facts(new AreaRef("TOTAL", null, "Totaal"));
        for (String code : codes) {
            Facts f = s.regions().get(code);
            if (anonymous.containsKey(code)) {
                f.area = new AreaRef("REGION", null, anonymous.get(code));
                f.detail = false;
            } else {
                f.detail = DashboardAccess.detail(caller, code, s.members().get(code));
            }
            rows.add(f);
            total.add(f);
        }
        rows.sort(Comparator.comparing((Facts f) -> f.area.code() == null).thenComparing(f -> f.area.name()));
        TableBuilder.Built built = TableBuilder.build(rows, total, s.trendYears(), true, threshold);
        return new RegionsTable(s.year(), s.group(), threshold, built.rows(), built.total());
    }

    MunicipalitiesTable municipalities(Caller caller, String regionCode, @Nullable Integer year, @Nullable String group) {
        DashboardAccess.require(caller);
        Snapshot s = snapshot(year, group);
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
            if (DashboardAccess.detailMunicipality(caller, members, m.area.code())) {
                m.detail = true;
                rows.add(m);
            } else {
                if (rest == null) {
                    rest = new Facts(new AreaRef("REST", null, "Gemeenten buiten " + DashboardAccess.provinceName(caller)));
                }
                rest.add(m);
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
        return new MunicipalitiesTable(region.area, s.year(), s.group(), threshold, suppress, built.rows(), built.total());
    }

    MapView map(Caller caller, @Nullable Integer year, @Nullable String group) {
        DashboardAccess.require(caller);
        Snapshot s = snapshot(year, group);
        Map<String, String> anonymous = DashboardAccess.anonymous(caller, new TreeSet<>(s.regions().keySet()));
        List<MapValue> values = new ArrayList<>();
        for (String code : s.regions().keySet()) {
            Facts region = s.regions().get(code);
            List<Member> members = s.members().get(code);
            Cell regionMoves = Suppression.single(region.moves, threshold);
            String regionValue = TableBuilder.perThousand(regionMoves, region.inhabitants);
            boolean open = DashboardAccess.ownRegion(caller, code);
            for (Facts m : s.municipalities().get(code)) {
                String regionLabel = anonymous.getOrDefault(code, code);
                if (!anonymous.containsKey(code) && DashboardAccess.detail(caller, code, members)
                        && DashboardAccess.detailMunicipality(caller, members, m.area.code())) {
                    Cell moves = open ? Cell.of(m.moves) : Suppression.single(m.moves, threshold);
                    String v = TableBuilder.perThousand(moves, m.inhabitants);
                    values.add(new MapValue(m.area.code(), regionLabel, "MUNICIPALITY", v, text(v, moves)));
                } else {
                    values.add(new MapValue(m.area.code(), regionLabel, "REGION", regionValue, text(regionValue, regionMoves)
                            + " (gemiddelde van " + (anonymous.containsKey(code) ? anonymous.get(code) : region.area.name()) + ")"));
                }
            }
        }
        return new MapView(s.year(), s.group(), values);
    }

    private static String text(@Nullable String perThousand, Cell moves) {
        if (moves.suppressed()) {
            return "minder dan 5 woningen (niet getoond)";
        }
        return perThousand == null ? "geen cijfer" : perThousand + " per 1.000 inwoners";
    }

    /** All figures for a year and group, read in one transaction. */
    Snapshot snapshot(@Nullable Integer requestedYear, @Nullable String requestedGroup) {
        String group = requestedGroup == null || requestedGroup.isBlank() ? ALL_GROUPS : requestedGroup;
        return tx.read(Scope.SYSTEM, () -> {
            if (!ALL_GROUPS.equals(group) && sql.one("select 1 from target_group where code = ?", ps -> ps.setString(1, group),
                    rs -> 1).isEmpty()) {
                throw ProblemException.badInput("targetGroup", "UNKNOWN", "Onbekende aandachtsgroep: " + group + ".");
            }
            List<Integer> known = repo.years();
            int year = requestedYear != null ? requestedYear : known.isEmpty() ? LocalDate.now().getYear() : known.get(0);
            if (year < 2000 || year > 2100) {
                throw ProblemException.badInput("year", "RANGE", "Een jaar van 2000 tot en met 2100.");
            }
            List<Integer> trendYears = new ArrayList<>(new TreeSet<>(known.stream().filter(y -> y <= year).limit(TREND_YEARS).toList()));
            if (!trendYears.contains(year)) {
                trendYears.add(year);
            }
            trendYears.sort(Integer::compare);
            if (trendYears.size() > TREND_YEARS) {
                trendYears = new ArrayList<>(trendYears.subList(trendYears.size() - TREND_YEARS, trendYears.size()));
            }
            return read(year, group, trendYears);
        });
    }

    private Snapshot read(int year, String group, List<Integer> trendYears) {
        String dbGroup = ALL_GROUPS.equals(group) ? "*" : group;
        List<Member> all = repo.members();
        Map<String, Long> inhabitants = repo.inhabitants(LocalDate.of(year, 1, 1));
        Map<String, Map<Integer, DashboardRepository.Demand>> demand = new HashMap<>();
        for (DashboardRepository.Demand d : repo.demand(trendYears.get(0), year, dbGroup)) {
            demand.computeIfAbsent(d.regionId() + "|" + d.municipality(), k -> new HashMap<>()).put(d.year(), d);
        }
        Map<String, DashboardRepository.Allocation> allocation = new HashMap<>();
        repo.allocation(year, ALL_GROUPS.equals(group) ? null : group).forEach(a -> allocation.put(a.regionId() + "|" + a.municipality(), a));
        Set<String> adopted = repo.adopted(year);
        Map<String, String> documents = repo.woonzorgvisies(year);
        Map<Integer, String> urgencyInputs = repo.urgencyInputs(year);

        Map<String, List<Member>> members = new LinkedHashMap<>();
        Map<String, List<Facts>> municipalities = new LinkedHashMap<>();
        Map<String, Facts> regions = new LinkedHashMap<>();
        Map<String, Facts> regional = new HashMap<>();
        Map<String, Integer> regionIds = new HashMap<>();
        for (Member m : all) {
            members.computeIfAbsent(m.regionCode(), k -> new ArrayList<>()).add(m);
            regionIds.put(m.regionCode(), m.regionId());
            String key = m.regionId() + "|" + m.code();
            Facts f = new Facts(new AreaRef("MUNICIPALITY", m.code(), m.name()));
            f.inhabitants = inhabitants.get(m.code());
            f.municipalities = 1;
            demandInto(f, demand.get(key), year);
            DashboardRepository.Allocation a = allocation.get(key);
            if (a != null) {
                f.target = a.target();
                f.realised = a.realised();
            }
            f.adopted = adopted.contains(key) ? 1 : 0;
            String status = documents.get(key);
            if (status != null) {
                f.woonzorgvisie[switch (status) {
                    case "ADOPTED" -> 0;
                    case "IN_REVIEW" -> 1;
                    default -> 2;
                }]++;
            }
            municipalities.computeIfAbsent(m.regionCode(), k -> new ArrayList<>()).add(f);
        }
        for (Map.Entry<String, List<Facts>> e : municipalities.entrySet()) {
            Member first = members.get(e.getKey()).get(0);
            Facts region = new Facts(new AreaRef("REGION", first.regionCode(), first.regionName()));
            e.getValue().forEach(region::add);
            Map<Integer, DashboardRepository.Demand> own = demand.get(first.regionId() + "|null");
            if (own != null) {
                Facts r = new Facts(new AreaRef("REGIONAL", null, "Regionale voorzieningen (regio)"));
                demandInto(r, own, year);
                regional.put(e.getKey(), r);
                region.add(r);
            }
            region.urgency = cachedUrgency(first.regionId(), year, urgencyInputs.get(first.regionId()));
            regions.put(e.getKey(), region);
        }
        return new Snapshot(year, group, trendYears, municipalities, regional, regions, members);
    }

    private static void demandInto(Facts f, @Nullable Map<Integer, DashboardRepository.Demand> byYear, int year) {
        if (byYear == null) {
            return;
        }
        DashboardRepository.Demand d = byYear.get(year);
        if (d != null) {
            f.stock = d.stock();
            f.inflow = d.inflow();
            f.moves = d.moves();
        }
        byYear.forEach((y, v) -> f.trend.put(y, v.moves()));
    }

    /** {@link #urgency}, from the cache while its inputs are unchanged. */
    private Facts.@Nullable UrgencyFacts cachedUrgency(int regionId, int year, @Nullable String inputs) {
        String key = regionId + "|" + year;
        CachedUrgency cached = urgencyCache.get(key);
        if (inputs != null && cached != null && cached.inputs().equals(inputs)) {
            return cached.facts();
        }
        // the fingerprint was read before the figures: a change in between only makes the next request recompute
        Facts.UrgencyFacts facts = urgency(regionId, year);
        if (inputs != null) {
            if (urgencyCache.size() > 10_000) {
                urgencyCache.clear(); // regions × years stays far below this; a bound all the same
            }
            urgencyCache.put(key, new CachedUrgency(inputs, facts));
        }
        return facts;
    }

    /** The broadest urgent quota of the scheme in force (the largest urgent inflow: quota sets nest). */
    private Facts.@Nullable UrgencyFacts urgency(int regionId, int year) {
        return urgency.inForce(regionId, year, List.of())
                .flatMap(s -> s.capacity().stream().max(Comparator.comparingLong(UrgencyFigures.CapacityFact::inflow))
                        .map(c -> new Facts.UrgencyFacts(s.name() + " (versie " + s.versionNo() + ")", new BigDecimal(c.capacity()),
                                c.inflow(), new BigDecimal(c.balance()))))
                .orElse(null);
    }
}
