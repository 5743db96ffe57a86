package nl.thuisplan.dashboard;

import io.micronaut.core.annotation.Nullable;
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
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.dashboard.DashboardRepository.Member;
import nl.thuisplan.dashboard.DashboardViews.AreaRef;
import nl.thuisplan.urgency.UrgencyFigures;

/**
 * Reads a {@link Snapshot}: every region's figures for a year and target group, in one read-only
 * transaction with the platform scope. Nothing read here leaves the dashboard package before
 * {@link DashboardService} has applied {@link DashboardAccess} and {@link nl.thuisplan.smallnumbers.Suppression}.
 */
@Singleton
class Snapshots {

    static final String ALL_GROUPS = "alle";
    private static final int TREND_YEARS = 10;

    private final TenantTransactions tx;
    private final DashboardRepository repo;
    private final UrgencyFigures urgency;
    /**
     * Performance (issue 7 benchmark): the urgency figures per "region id|year", with the fingerprint
     * of their inputs they were computed from ({@link DashboardRepository#urgencyInputs}); used only
     * while that fingerprint is unchanged, so a request sees exactly what a recomputation would give.
     */
    private final Map<String, CachedUrgency> urgencyCache = new ConcurrentHashMap<>();

    private record CachedUrgency(String inputs, Facts.@Nullable UrgencyFacts facts) {
    }

    Snapshots(TenantTransactions tx, DashboardRepository repo, UrgencyFigures urgency) {
        this.tx = tx;
        this.repo = repo;
        this.urgency = urgency;
    }

    /** All figures for a year (default: the newest with an adopted analysis) and group (default: all), read in one transaction. */
    Snapshot read(@Nullable Integer requestedYear, @Nullable String requestedGroup) {
        String group = requestedGroup == null || requestedGroup.isBlank() ? ALL_GROUPS : requestedGroup;
        return tx.read(Scope.SYSTEM, () -> {
            if (!ALL_GROUPS.equals(group) && !repo.targetGroupExists(group)) {
                throw ProblemException.badInput("targetGroup", "UNKNOWN", "Onbekende aandachtsgroep: " + group + ".");
            }
            List<Integer> known = repo.years();
            Map<Integer, Set<String>> adopted = repo.adoptedByYear();
            List<Member> all = repo.members();
            int year = requestedYear != null ? requestedYear : DefaultYear.choose(known, adopted, keys(all), LocalDate.now().getYear());
            if (year < 2000 || year > 2100) {
                throw ProblemException.badInput("year", "RANGE", "Een jaar van 2000 tot en met 2100.");
            }
            return read(year, group, trendYears(known, year), all, adopted);
        });
    }

    /** The current members as "region id|code", the keys of {@link DashboardRepository#adoptedByYear}. */
    static Set<String> keys(List<Member> members) {
        Set<String> out = new java.util.HashSet<>();
        members.forEach(m -> out.add(m.regionId() + "|" + m.code()));
        return out;
    }

    /** Up to ten years with adopted analyses up to the year, the year itself always among them, oldest first. */
    private static List<Integer> trendYears(List<Integer> known, int year) {
        List<Integer> years = new ArrayList<>(new TreeSet<>(known.stream().filter(y -> y <= year).limit(TREND_YEARS).toList()));
        if (!years.contains(year)) {
            years.add(year);
        }
        years.sort(Integer::compare);
        return years.size() > TREND_YEARS ? years.subList(years.size() - TREND_YEARS, years.size()) : years;
    }

    private Snapshot read(int year, String group, List<Integer> trendYears, List<Member> all, Map<Integer, Set<String>> adoptedByYear) {
        String dbGroup = ALL_GROUPS.equals(group) ? "*" : group;
        Map<String, Long> inhabitants = repo.inhabitants(LocalDate.of(year, 1, 1));
        Map<String, Map<Integer, DashboardRepository.Demand>> demand = new HashMap<>();
        for (DashboardRepository.Demand d : repo.demand(trendYears.get(0), year, dbGroup)) {
            demand.computeIfAbsent(d.regionId() + "|" + d.municipality(), k -> new HashMap<>()).put(d.year(), d);
        }
        Map<String, DashboardRepository.Allocation> allocation = new HashMap<>();
        repo.allocation(year, ALL_GROUPS.equals(group) ? null : group).forEach(a -> allocation.put(a.regionId() + "|" + a.municipality(), a));
        Set<String> adopted = adoptedByYear.getOrDefault(year, Set.of());
        Map<String, String> documents = repo.woonzorgvisies(year);
        Map<Integer, String> urgencyInputs = repo.urgencyInputs(year);

        Map<String, List<Member>> members = new LinkedHashMap<>();
        Map<String, List<Facts>> municipalities = new LinkedHashMap<>();
        for (Member m : all) {
            members.computeIfAbsent(m.regionCode(), k -> new ArrayList<>()).add(m);
            String key = m.regionId() + "|" + m.code();
            DashboardRepository.Allocation a = allocation.get(key);
            boolean known = adopted.contains(key);
            Facts f = withDemand(Facts.empty(new AreaRef("MUNICIPALITY", m.code(), m.name())), demand.get(key), year);
            // an adopted analysis without a figure of the group holds zero of it; without an adopted analysis it is unknown (null)
            SortedMap<Integer, Long> trend = new TreeMap<>(f.trend());
            SortedMap<Integer, Integer> trendKnown = new TreeMap<>();
            for (int y : trendYears) {
                if (adoptedByYear.getOrDefault(y, Set.of()).contains(key)) {
                    trend.putIfAbsent(y, 0L);
                    trendKnown.put(y, 1);
                }
            }
            Long inhabitantsOf = inhabitants.get(m.code());
            f = new Facts(f.area(), false, inhabitantsOf, 1, zeroIfKnown(f.stock(), known), zeroIfKnown(f.inflow(), known),
                    zeroIfKnown(f.moves(), known), a == null ? null : a.target(), a == null ? null : a.realised(), trend, known ? 1 : 0,
                    Facts.Woonzorgvisies.of(documents.get(key)), null, known ? inhabitantsOf : null, trendKnown);
            municipalities.computeIfAbsent(m.regionCode(), k -> new ArrayList<>()).add(f);
        }
        Map<String, Facts> regions = new LinkedHashMap<>();
        Map<String, Facts> regional = new HashMap<>();
        for (Map.Entry<String, List<Facts>> e : municipalities.entrySet()) {
            Member first = members.get(e.getKey()).get(0);
            Facts region = Facts.empty(new AreaRef("REGION", first.regionCode(), first.regionName()));
            for (Facts m : e.getValue()) {
                region = region.plus(m);
            }
            Map<Integer, DashboardRepository.Demand> own = demand.get(first.regionId() + "|null");
            if (own != null) {
                Facts r = withDemand(Facts.empty(new AreaRef("REGIONAL", null, "Regionale voorzieningen (regio)")), own, year);
                regional.put(e.getKey(), r);
                region = region.plus(r);
            }
            regions.put(e.getKey(), region.withUrgency(cachedUrgency(first.regionId(), year, urgencyInputs.get(first.regionId()))));
        }
        return new Snapshot(year, group, trendYears, municipalities, regional, regions, members);
    }

    private static @Nullable Long zeroIfKnown(@Nullable Long value, boolean known) {
        return value == null && known ? Long.valueOf(0) : value;
    }

    /** The area with the demand of the year and the trend over the years read. */
    private static Facts withDemand(Facts f, @Nullable Map<Integer, DashboardRepository.Demand> byYear, int year) {
        if (byYear == null) {
            return f;
        }
        DashboardRepository.Demand d = byYear.get(year);
        Map<Integer, Long> trend = new TreeMap<>();
        byYear.forEach((y, v) -> trend.put(y, v.moves()));
        return new Facts(f.area(), f.detail(), f.inhabitants(), f.municipalities(), d == null ? null : d.stock(),
                d == null ? null : d.inflow(), d == null ? null : d.moves(), f.target(), f.realised(), new TreeMap<>(trend),
                f.adopted(), f.woonzorgvisie(), f.urgency(), f.knownInhabitants(), f.trendKnown());
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
                .flatMap(s -> s.capacity().stream().max(Comparator.comparingLong(c -> c.inflow() == null ? -1 : c.inflow()))
                        .map(c -> new Facts.UrgencyFacts(s.name() + " (versie " + s.versionNo() + ")", new BigDecimal(c.capacity()),
                                c.inflow(), c.balance() == null ? null : new BigDecimal(c.balance()))))
                .orElse(null);
    }
}
