package nl.thuisplan.demand;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.completeness.Completeness;
import nl.thuisplan.demand.DemandViews.Ref;
import nl.thuisplan.region.Regions;
import nl.thuisplan.region.Regions.RegionRef;
import nl.thuisplan.smallnumbers.Suppression;
import nl.thuisplan.targetgroup.TargetGroups;

/**
 * Totals per target group from the latest adopted version of each municipality, for the region and
 * per deelregio, absolute and per 1,000 inhabitants of the municipalities included. The region's
 * own figures for regional facilities are a separate column: they are never part of a
 * municipality's figures, so adding both counts no household twice.
 *
 * <p>Totals are an aggregate the whole region may see (a gemeente sees the regional totals, not its
 * neighbours' rows), so they are computed with the region's scope once the caller may see the region.
 * The sums come from the read model {@link DemandTotalsReads}; this class adds them up.
 *
 * <p>A reader who knows some contributors' figures on their own (a gemeente its own analysis, a
 * province analyst those of its province) could subtract them from a total: an area whose total
 * holds one other contributor would give that neighbour's exact figures (Almere minus its own share
 * of the deelregio Almere–Lelystad is Lelystad). So each area's total is shown only when the
 * contributors the reader does not know are none or at least {@link Suppression#MIN_GROUP}, with
 * the complementary areas hidden as {@link Suppression#contributors} decides (otherwise the region
 * minus the other deelregio's gives the hidden one back). Hidden figures are null, never 0, and
 * {@code suppressedReason} says why.
 */
@Singleton
class DemandTotals {

    @Serdeable
    record PerThousand(String stock, String inflow, String moves) {
    }

    /** @param suppressed hidden from this reader (small-group protection): the counts and rates are null */
    @Serdeable
    record Figures(@Nullable Long stock, @Nullable Long inflow, @Nullable Long moves, @Nullable PerThousand perThousand,
                   boolean suppressed) {
    }

    /**
     * @param suppressed hidden from this reader (small-group protection): the counts and rates are null
     * @param completeness of the deelregio's members, how many have an adopted analysis; none: the counts are null (onbekend)
     */
    @Serdeable
    record SubregionFigures(Ref subregion, @Nullable Long stock, @Nullable Long inflow, @Nullable Long moves,
                            @Nullable PerThousand perThousand, boolean suppressed, Completeness completeness) {
    }

    @Serdeable
    record Row(Ref targetGroup, Figures region, Figures regional, List<SubregionFigures> subregions) {
    }

    /**
     * @param regionSuppressed the region's total is hidden from this reader
     * @param suppressedReason why some totals are hidden (Dutch), null when none is
     */
    /**
     * @param completeness the same as includedMunicipalities of municipalities, as every aggregate says it
     *                     ({@link Completeness}): the region's totals are sums over the known members only; rates per 1,000
     *                     are over the inhabitants of those members, so they are marked, not withheld
     */
    @Serdeable
    record Totals(int includedMunicipalities, int municipalities, boolean regionSuppressed, @Nullable String suppressedReason,
                  List<Row> rows, Completeness completeness) {
    }

    static final String SUPPRESSED_REASON = "Niet getoond: dit totaal bevat naast de cijfers die u zelf kunt inzien die van "
            + "minder dan " + Suppression.MIN_GROUP + " andere gemeenten, waaruit hun cijfers terug te rekenen zijn.";

    private final TenantTransactions tx;
    private final Regions regions;
    private final DemandTotalsReads reads;
    private final TargetGroups groups;

    DemandTotals(TenantTransactions tx, Regions regions, DemandTotalsReads reads, TargetGroups groups) {
        this.tx = tx;
        this.regions = regions;
        this.reads = reads;
        this.groups = groups;
    }

    Totals totals(Caller caller, String regionCode, int year) {
        RegionRef region = tx.read(caller.scope(), () -> regions.require(caller, regionCode));
        DemandAccess.refusePartners(caller);
        return tx.read(Scope.regionsWithAllTheirMunicipalities(List.of(region.id())), () -> compute(caller.scope(), region, year));
    }

    private Totals compute(Scope reader, RegionRef region, int year) {
        // sums[group][subregion or ""][measure]; inhabitants[subregion or "", "*" for all]
        Map<String, Map<String, long[]>> sums = new HashMap<>();
        Map<String, Long> inhabitants = new HashMap<>();
        Map<String, Ref> subregionNames = new LinkedHashMap<>();
        List<DemandTotalsReads.Member> members = reads.adoptedMembers(region.id(), year);
        Map<String, String> subregionOf = new HashMap<>();
        for (DemandTotalsReads.Member m : members) {
            subregionOf.put(m.municipalityCode(), m.subregionCode());
            inhabitants.merge(m.subregionCode(), m.inhabitants(), Long::sum);
            inhabitants.merge("*", m.inhabitants(), Long::sum);
            if (!m.subregionCode().isEmpty()) {
                subregionNames.putIfAbsent(m.subregionCode(), new Ref(m.subregionCode(), m.subregionName()));
            }
        }
        for (DemandTotalsReads.Sum sum : reads.adoptedSums(region.id(), year)) {
            long[] bySub = sums.computeIfAbsent(sum.targetGroup(), k -> new HashMap<>())
                    .computeIfAbsent(subregionOf.getOrDefault(sum.municipalityCode(), ""), k -> new long[3]);
            bySub[sum.measure().ordinal()] += sum.value();
        }
        Map<String, long[]> regional = new HashMap<>();
        for (DemandTotalsReads.Sum sum : reads.regionalSums(region.id(), year)) {
            regional.computeIfAbsent(sum.targetGroup(), k -> new long[3])[sum.measure().ordinal()] += sum.value();
        }
        int memberCount = reads.memberCount(region.id(), year);
        Map<String, Completeness> subregionKnown = new HashMap<>();
        for (DemandTotalsReads.SubregionCount c : reads.memberCounts(region.id(), year)) {
            int known = (int) members.stream().filter(m -> m.subregionCode().equals(c.subregionCode())).count();
            subregionKnown.put(c.subregionCode(), Completeness.of(known, c.members()));
            if (!c.subregionCode().isEmpty()) {
                // a deelregio without any adopted analysis is listed too, as unknown
                subregionNames.putIfAbsent(c.subregionCode(), new Ref(c.subregionCode(), c.subregionName()));
            }
        }
        Hidden hidden = hidden(reader, members, subregionNames.keySet());

        List<Row> rows = new ArrayList<>();
        for (var group : groups.forRegion(region.id(), false)) {
            Map<String, long[]> bySub = sums.getOrDefault(group.code(), Map.of());
            long[] total = new long[3];
            bySub.values().forEach(v -> add(total, v));
            List<SubregionFigures> subs = new ArrayList<>();
            for (Ref sub : subregionNames.values()) {
                long[] v = bySub.getOrDefault(sub.code(), new long[3]);
                Completeness known = subregionKnown.getOrDefault(sub.code(), Completeness.of(0, 0));
                if (hidden.areas().contains(sub.code())) {
                    subs.add(new SubregionFigures(sub, null, null, null, null, true, known));
                } else if (known.known() == 0) {
                    subs.add(new SubregionFigures(sub, null, null, null, null, false, known)); // onbekend, not zero
                } else {
                    subs.add(new SubregionFigures(sub, v[0], v[1], v[2], perThousand(v, inhabitants.get(sub.code())), false, known));
                }
            }
            long[] reg = regional.getOrDefault(group.code(), new long[3]);
            rows.add(new Row(new Ref(group.code(), group.name()),
                    hidden.region() ? new Figures(null, null, null, null, true)
                            : new Figures(total[0], total[1], total[2], perThousand(total, inhabitants.get("*")), false),
                    new Figures(reg[0], reg[1], reg[2], null, false), subs));
        }
        boolean any = hidden.region() || !hidden.areas().isEmpty();
        return new Totals(members.size(), memberCount, hidden.region(), any ? SUPPRESSED_REASON : null, rows,
                Completeness.of(members.size(), memberCount));
    }

    /** The areas (deelregio codes) and whether the region's total are hidden from the reader. */
    private record Hidden(boolean region, Set<String> areas) {
    }

    /**
     * Per area (each deelregio, and "" for the members in none, which is never shown but is what the
     * region minus the deelregio's gives), the contributors the reader does not know on their own.
     */
    private static Hidden hidden(Scope reader, List<DemandTotalsReads.Member> members, Set<String> subregions) {
        Map<String, Long> unknown = new LinkedHashMap<>();
        subregions.forEach(code -> unknown.put(code, 0L));
        for (DemandTotalsReads.Member m : members) {
            unknown.merge(m.subregionCode(), reader.allowsMunicipality(m.municipalityCode()) ? 0L : 1L, Long::sum);
        }
        List<String> areas = new ArrayList<>(unknown.keySet());
        Suppression.Column column = Suppression.contributors(areas.stream().map(unknown::get).toList());
        Set<String> hidden = new HashSet<>();
        for (int i = 0; i < areas.size(); i++) {
            if (column.cells().get(i).suppressed()) {
                hidden.add(areas.get(i));
            }
        }
        return new Hidden(column.total().suppressed(), hidden);
    }

    private static void add(long[] into, long[] v) {
        for (int i = 0; i < 3; i++) {
            into[i] += v[i];
        }
    }

    static @Nullable PerThousand perThousand(long[] v, @Nullable Long inhabitants) {
        if (inhabitants == null || inhabitants == 0) {
            return null;
        }
        return new PerThousand(rate(v[0], inhabitants), rate(v[1], inhabitants), rate(v[2], inhabitants));
    }

    private static String rate(long count, long inhabitants) {
        return BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(1000))
                .divide(BigDecimal.valueOf(inhabitants), 2, RoundingMode.HALF_UP).toPlainString();
    }
}
