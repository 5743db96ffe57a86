package nl.thuisplan.demand;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.demand.DemandViews.Ref;
import nl.thuisplan.region.Regions;
import nl.thuisplan.region.Regions.RegionRef;
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
 */
@Singleton
class DemandTotals {

    @Serdeable
    record PerThousand(String stock, String inflow, String moves) {
    }

    @Serdeable
    record Figures(long stock, long inflow, long moves, @Nullable PerThousand perThousand) {
    }

    @Serdeable
    record SubregionFigures(Ref subregion, long stock, long inflow, long moves, @Nullable PerThousand perThousand) {
    }

    @Serdeable
    record Row(Ref targetGroup, Figures region, Figures regional, List<SubregionFigures> subregions) {
    }

    @Serdeable
    record Totals(int includedMunicipalities, int municipalities, List<Row> rows) {
    }

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
        return tx.read(Scope.regionsWithAllTheirMunicipalities(List.of(region.id())), () -> compute(region, year));
    }

    private Totals compute(RegionRef region, int year) {
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

        List<Row> rows = new ArrayList<>();
        for (var group : groups.forRegion(region.id(), false)) {
            Map<String, long[]> bySub = sums.getOrDefault(group.code(), Map.of());
            long[] total = new long[3];
            bySub.values().forEach(v -> add(total, v));
            List<SubregionFigures> subs = new ArrayList<>();
            for (Ref sub : subregionNames.values()) {
                long[] v = bySub.getOrDefault(sub.code(), new long[3]);
                subs.add(new SubregionFigures(sub, v[0], v[1], v[2], perThousand(v, inhabitants.get(sub.code()))));
            }
            long[] reg = regional.getOrDefault(group.code(), new long[3]);
            rows.add(new Row(new Ref(group.code(), group.name()),
                    new Figures(total[0], total[1], total[2], perThousand(total, inhabitants.get("*"))),
                    new Figures(reg[0], reg[1], reg[2], null), subs));
        }
        return new Totals(members.size(), memberCount, rows);
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
