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
import nl.thuisplan.common.Sql;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.demand.DemandViews.Ref;
import nl.thuisplan.region.Memberships;
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
    private final Sql sql;
    private final TargetGroups groups;

    DemandTotals(TenantTransactions tx, Regions regions, Sql sql, TargetGroups groups) {
        this.tx = tx;
        this.regions = regions;
        this.sql = sql;
        this.groups = groups;
    }

    Totals totals(Caller caller, String regionCode, int year) {
        RegionRef region = tx.read(caller.scope(), () -> regions.require(caller, regionCode));
        return tx.read(Scope.regionsWithAllTheirMunicipalities(List.of(region.id())), () -> compute(region, year));
    }

    private Totals compute(RegionRef region, int year) {
        // sums[group][subregion or ""][measure]; inhabitants[subregion or ""]
        Map<String, Map<String, long[]>> sums = new HashMap<>();
        Map<String, Long> inhabitants = new HashMap<>();
        Map<String, Ref> subregionNames = new LinkedHashMap<>();
        List<String[]> members = sql.list(ADOPTED + """
                select am.municipality_code, coalesce(s.code, ''), coalesce(s.name, ''), coalesce(i.value, 0)
                from adopted am
                join region_membership rm on rm.region_id = am.region_id and rm.municipality_code = am.municipality_code
                     and""" + " " + Memberships.DURING_YEAR + """

                left join subregion s on s.region_id = rm.region_id and s.code = rm.subregion_code
                left join lateral (select mi.value from municipal_indicator mi where mi.municipality_code = am.municipality_code
                                   and mi.indicator = 'inhabitants' order by mi.reference_date desc limit 1) i on true
                order by s.name""", ps -> bind(ps, region, year, true),
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4).toPlainString()});
        Map<String, String> subregionOf = new HashMap<>();
        for (String[] m : members) {
            subregionOf.put(m[0], m[1]);
            long people = new BigDecimal(m[3]).longValue();
            inhabitants.merge(m[1], people, Long::sum);
            inhabitants.merge("*", people, Long::sum);
            if (!m[1].isEmpty()) {
                subregionNames.putIfAbsent(m[1], new Ref(m[1], m[2]));
            }
        }
        sql.list(ADOPTED + """
                select a.municipality_code, f.target_group_code, f.measure, coalesce(sum(f.value), 0)
                from demand_figure f join adopted a on a.region_id = f.region_id and a.analysis_id = f.analysis_id
                group by 1, 2, 3""", ps -> bind(ps, region, year, false), rs -> {
            long[] bySub = sums.computeIfAbsent(rs.getString(2), k -> new HashMap<>())
                    .computeIfAbsent(subregionOf.getOrDefault(rs.getString(1), ""), k -> new long[3]);
            bySub[Measure.valueOf(rs.getString(3)).ordinal()] += rs.getLong(4);
            return null;
        });
        Map<String, long[]> regional = new HashMap<>();
        sql.list("""
                select f.target_group_code, f.measure, coalesce(sum(f.value), 0) from demand_figure f
                where f.region_id = ? and f.analysis_id = (select a.analysis_id from demand_analysis a where a.region_id = ?
                      and a.year = ? and a.municipality_code is null and a.status = ? order by a.version_no desc limit 1)
                group by 1, 2""", ps -> {
                    ps.setInt(1, region.id());
                    ps.setInt(2, region.id());
                    ps.setInt(3, year);
                    ps.setString(4, DemandStatus.ADOPTED.name());
                }, rs -> regional.computeIfAbsent(rs.getString(1), k -> new long[3])[Measure.valueOf(rs.getString(2)).ordinal()]
                        += rs.getLong(3));
        int memberCount = sql.one("select count(*) from region_membership rm where rm.region_id = ? and "
                + Memberships.DURING_YEAR, ps -> {
                    ps.setInt(1, region.id());
                    ps.setInt(2, year);
                    ps.setInt(3, year);
                }, rs -> rs.getInt(1)).orElse(0);

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

    /** The latest adopted version of each municipality's analysis for the year. */
    private static final String ADOPTED = """
            with adopted as (
              select distinct on (a.municipality_code) a.region_id, a.analysis_id, a.municipality_code
              from demand_analysis a where a.region_id = ? and a.year = ? and a.status = ?
                and a.municipality_code is not null
              order by a.municipality_code, a.version_no desc)
            """;

    private static void bind(java.sql.PreparedStatement ps, RegionRef region, int year, boolean withPeriod)
            throws java.sql.SQLException {
        ps.setInt(1, region.id());
        ps.setInt(2, year);
        ps.setString(3, DemandStatus.ADOPTED.name());
        if (withPeriod) {
            ps.setInt(4, year);
            ps.setInt(5, year);
        }
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
