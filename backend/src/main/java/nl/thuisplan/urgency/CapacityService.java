package nl.thuisplan.urgency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.thuisplan.allocation.engine.AllocationEngine;
import nl.thuisplan.allocation.engine.AllocationRequest;
import nl.thuisplan.allocation.engine.Criterion;
import nl.thuisplan.allocation.engine.Method;
import nl.thuisplan.allocation.engine.Unit;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.completeness.Completeness;
import nl.thuisplan.indicator.IndicatorRepository;
import nl.thuisplan.indicator.IndicatorValue;
import nl.thuisplan.urgency.UrgencyViews.Category;
import nl.thuisplan.urgency.UrgencyViews.Quota;
import nl.thuisplan.urgency.UrgencyViews.Ref;

/**
 * The capacity check of a version for a year: per quota on urgent categories, per municipality
 * and for the region, lettings × share (or the yearly number, divided over the municipalities by
 * the allocation engine on their lettings) against the backlog and inflow of the adopted demand
 * analyses for the categories' target groups. What-if values (a factor on lettings, other shares)
 * come with the request and are never stored.
 *
 * <p>The figures are regional aggregates a gemeente may see for its whole region: they are read
 * in a region-wide scope once the caller is known to see the scheme.
 */
@Singleton
class CapacityService {

    /** @param completeness whose demand is known: a municipality's own (1 of 1 or 0 of 1), the region's over its members */
    @Serdeable
    record Place(Ref municipality, @Nullable String lettings, @Nullable String share, boolean deviation,
                 CapacityCheck.Outcome outcome, Completeness completeness) {
    }

    @Serdeable
    record QuotaRow(Ref quota, List<String> categories, List<String> targetGroups, List<Place> municipalities, Place region) {
    }

    @Serdeable
    record Missing(String municipality, String name, String what) {
    }

    @Serdeable
    record Assumptions(String lettingsFactor, Map<String, String> overrides) {
    }

    @Serdeable
    record Capacity(long schemeId, int year, @Nullable LocalDate referenceDate, Assumptions assumptions, List<QuotaRow> rows,
                    List<Missing> missing) {
    }

    private final TenantTransactions tx;
    private final SchemeService schemes;
    private final SchemeViews views;
    private final SchemePartsRepository parts;
    private final DeviationRepository deviationRepo;
    private final IndicatorRepository indicators;
    private final AdoptedDemandSums demandSums;

    CapacityService(TenantTransactions tx, SchemeService schemes, SchemeViews views, SchemePartsRepository parts,
                    DeviationRepository deviationRepo, IndicatorRepository indicators, AdoptedDemandSums demandSums) {
        this.tx = tx;
        this.schemes = schemes;
        this.views = views;
        this.parts = parts;
        this.deviationRepo = deviationRepo;
        this.indicators = indicators;
        this.demandSums = demandSums;
    }

    Capacity check(Caller caller, long schemeId, int year, BigDecimal lettingsFactor, Map<Long, BigDecimal> overrides) {
        SchemeRow s = tx.read(caller.scope(), () -> schemes.requireScheme(caller, schemeId));
        SchemeWorkflow.requireCapacityReader(caller);
        return tx.read(Scope.regionsWithAllTheirMunicipalities(Set.of(s.regionId())), () -> compute(s, year, lettingsFactor, overrides));
    }

    /** The check with today's assumptions, for figures shown elsewhere (a woonzorgvisie); the caller has checked access. */
    Capacity regional(SchemeRow s, int year) {
        return tx.read(Scope.regionsWithAllTheirMunicipalities(Set.of(s.regionId())), () -> compute(s, year, BigDecimal.ONE, Map.of()));
    }

    private Capacity compute(SchemeRow s, int year, BigDecimal factor, Map<Long, BigDecimal> overrides) {
        Map<String, String> names = new TreeMap<>(views.memberNames(s.regionId()));
        List<String> codes = new ArrayList<>(names.keySet());
        codes.sort((a, b) -> names.get(a).compareTo(names.get(b)));
        LocalDate date = LocalDate.of(year, 1, 1);
        Map<String, Map<String, IndicatorValue>> values = indicators.valuesOn(codes, date);
        Optional<LocalDate> reference = values.values().stream().map(m -> m.get("lettings")).filter(v -> v != null)
                .map(IndicatorValue::referenceDate).max(LocalDate::compareTo);
        Map<String, BigDecimal> lettings = new HashMap<>();
        List<Missing> missing = new ArrayList<>();
        for (String code : codes) {
            IndicatorValue v = values.getOrDefault(code, Map.of()).get("lettings");
            if (v == null) {
                missing.add(new Missing(code, names.get(code), "lettings"));
            } else {
                lettings.put(code, v.value().multiply(factor));
            }
        }
        AdoptedDemandSums.Demand demand = demandSums.read(s.regionId(), year);
        codes.stream().filter(c -> !demand.adopted().contains(c)).forEach(c -> missing.add(new Missing(c, names.get(c), "demand")));
        Map<String, Category> categories = new HashMap<>();
        parts.categories(s).forEach(c -> categories.put(c.code(), c));
        Map<Long, Map<String, DeviationRow>> deviations = new HashMap<>();
        for (DeviationRow d : deviationRepo.deviations(s)) {
            if (d.status() == DeviationStatus.ACCEPTED) {
                deviations.computeIfAbsent(d.quotaId(), k -> new HashMap<>()).put(d.municipality(), d);
            }
        }
        List<QuotaRow> rows = new ArrayList<>();
        for (Quota q : parts.quotas(s)) {
            if (q.appliesTo().regular()) {
                continue; // regular house seekers have no urgent demand to house
            }
            Set<String> groups = new LinkedHashSet<>();
            int norm = Integer.MAX_VALUE;
            for (String c : q.appliesTo().categories()) {
                Category cat = categories.get(c);
                if (cat != null) {
                    groups.addAll(cat.targetGroups());
                    norm = Math.min(norm, cat.waitNormDays());
                }
            }
            norm = norm == Integer.MAX_VALUE ? MandatoryCategories.WAIT_NORM_DAYS : norm;
            Map<String, DeviationRow> local = deviations.getOrDefault(q.id(), Map.of());
            BigDecimal share = overrides.containsKey(q.id()) ? overrides.get(q.id()) : q.share() == null ? null : new BigDecimal(q.share());
            Map<String, BigDecimal> capacity = new HashMap<>();
            Map<String, BigDecimal> shares = new HashMap<>();
            if (share != null) {
                for (String code : codes) {
                    BigDecimal own = local.containsKey(code) && local.get(code).share() != null ? local.get(code).share() : share;
                    shares.put(code, own);
                    capacity.put(code, lettings.getOrDefault(code, BigDecimal.ZERO).multiply(own));
                }
            } else {
                capacity.putAll(perYear(q.perYear() == null ? 0 : q.perYear(), codes, lettings));
                local.forEach((code, d) -> {
                    if (d.perYear() != null) {
                        capacity.put(code, BigDecimal.valueOf(d.perYear()));
                    }
                });
            }
            List<Place> places = new ArrayList<>();
            BigDecimal regionCapacity = BigDecimal.ZERO;
            BigDecimal regionLettings = BigDecimal.ZERO;
            long regionBacklog = demand.sum(null, groups, "STOCK");
            long regionInflow = demand.sum(null, groups, "INFLOW");
            int known = 0;
            boolean missed = false;
            for (String code : codes) {
                BigDecimal cap = capacity.getOrDefault(code, BigDecimal.ZERO);
                regionCapacity = regionCapacity.add(cap);
                regionLettings = regionLettings.add(lettings.getOrDefault(code, BigDecimal.ZERO));
                boolean isKnown = demand.adopted().contains(code);
                CapacityCheck.Outcome outcome = CapacityCheck.unknown(cap, norm);
                if (isKnown) {
                    // no adopted analysis is unknown demand, not zero: it never passes
                    long backlog = demand.sum(code, groups, "STOCK");
                    long inflow = demand.sum(code, groups, "INFLOW");
                    regionBacklog += backlog;
                    regionInflow += inflow;
                    known++;
                    outcome = CapacityCheck.of(cap, backlog, inflow, norm);
                    missed |= CapacityCheck.NOT_MET.equals(outcome.result());
                }
                places.add(new Place(new Ref(code, names.get(code)), text(lettings.get(code)), text(shares.get(code)),
                        local.containsKey(code), outcome, Completeness.one(isKnown)));
            }
            Completeness regionKnown = Completeness.of(known, codes.size());
            CapacityCheck.Outcome regionOutcome = known == 0 ? CapacityCheck.unknown(regionCapacity, norm)
                    : CapacityCheck.of(regionCapacity, regionBacklog, regionInflow, norm);
            if (!regionKnown.complete()) {
                regionOutcome = CapacityCheck.withoutPass(regionOutcome);
            } else if (missed) {
                regionOutcome = CapacityCheck.missedSomewhere(regionOutcome);
            }
            Place region = new Place(new Ref(s.regionCode(), s.regionName()), text(regionLettings), text(share), false,
                    regionOutcome, regionKnown);
            rows.add(new QuotaRow(new Ref(String.valueOf(q.id()), q.label()), q.appliesTo().categories(), List.copyOf(groups), places, region));
        }
        Map<String, String> shown = new TreeMap<>();
        overrides.forEach((k, v) -> shown.put(String.valueOf(k), v.stripTrailingZeros().toPlainString()));
        return new Capacity(s.id(), year, reference.orElse(null), new Assumptions(factor.stripTrailingZeros().toPlainString(), shown),
                rows, missing);
    }

    /** A yearly number of homes divided over the municipalities in proportion to their lettings (Hamilton). */
    private static Map<String, BigDecimal> perYear(int total, List<String> codes, Map<String, BigDecimal> lettings) {
        Map<String, BigDecimal> out = new HashMap<>();
        List<Unit> units = codes.stream().filter(lettings::containsKey)
                .map(c -> Unit.of(c, Map.of("lettings", lettings.get(c)))).toList();
        BigDecimal sum = units.stream().map(u -> u.indicators().get("lettings")).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (units.isEmpty() || sum.signum() == 0) {
            return out;
        }
        new AllocationEngine().allocate(new AllocationRequest(total, Method.LARGEST_REMAINDER,
                List.of(Criterion.of("lettings", "1")), units)).results()
                .forEach(r -> out.put(r.id(), BigDecimal.valueOf(r.target())));
        return out;
    }

    private static @Nullable String text(@Nullable BigDecimal v) {
        return v == null ? null : v.setScale(Math.max(0, Math.min(v.stripTrailingZeros().scale(), 4)), RoundingMode.HALF_EVEN).toPlainString();
    }
}
