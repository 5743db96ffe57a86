package nl.thuisplan.woonzorgvisie.figures;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.util.Arrays;
import nl.thuisplan.allocation.ModelStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.thuisplan.common.Sql;
import nl.thuisplan.demand.DemandStatus;

/**
 * The SQL behind a document's demand and allocation figures. Both are aggregate read models (sums
 * over an area's analyses, targets and realisations), so they stay on {@link Sql}.
 */
@Singleton
class FiguresRepository {

    /** Sums per (target group, measure) over the area; how many municipalities have an analysis, how many adopted. */
    record Demand(Map<String, Long> sums, int analyses, int adopted) {
        long sum(String group, String measure) {
            return sums.getOrDefault(group + "|" + measure, 0L);
        }
    }

    record Target(long modelId, String name, int year, @Nullable Integer half, List<String> groups, long target, long realised) {
    }

    private final Sql sql;

    FiguresRepository(Sql sql) {
        this.sql = sql;
    }

    /** Per municipality the newest adopted analysis of the year, or else its newest version. */
    Demand demand(int regionId, int year, List<String> municipalities) {
        Map<String, Long> sums = new HashMap<>();
        java.util.Set<String> analyses = new java.util.HashSet<>();
        java.util.Set<String> adopted = new java.util.HashSet<>();
        sql.list("with chosen as (select distinct on (municipality_code) region_id, analysis_id, municipality_code, status "
                        + "from demand_analysis where region_id = ? and year = ? and municipality_code = any(?) "
                        + "order by municipality_code, (status = ?) desc, version_no desc) "
                        + "select c.municipality_code, c.status = ?, f.target_group_code, f.measure, coalesce(sum(f.value), 0) "
                        + "from chosen c left join demand_figure f on f.region_id = c.region_id and f.analysis_id = c.analysis_id "
                        + "group by 1, 2, 3, 4",
                ps -> {
                    ps.setInt(1, regionId);
                    ps.setInt(2, year);
                    ps.setArray(3, array(ps.getConnection(), municipalities));
                    ps.setString(4, DemandStatus.ADOPTED.name());
                    ps.setString(5, DemandStatus.ADOPTED.name());
                },
                rs -> {
                    analyses.add(rs.getString(1));
                    if (rs.getBoolean(2)) {
                        adopted.add(rs.getString(1));
                    }
                    if (rs.getString(3) != null) {
                        sums.merge(rs.getString(3) + "|" + rs.getString(4), rs.getLong(5), Long::sum);
                    }
                    return null;
                });
        return new Demand(sums, analyses.size(), adopted.size());
    }

    /** Adopted allocation models of the region in [from, to], summed over the area's municipalities. */
    List<Target> targets(int regionId, int from, int to, List<String> municipalities) {
        return sql.list("select m.model_id, m.name, m.period_year, m.period_half, m.target_groups, sum(t.target), "
                        + "coalesce(sum(r.realised), 0) from allocation_model m "
                        + "join allocation_target t on t.region_id = m.region_id and t.model_id = m.model_id "
                        + "left join allocation_realisation r on r.region_id = t.region_id and r.model_id = t.model_id "
                        + "and r.municipality_code = t.municipality_code "
                        + "where m.region_id = ? and m.status = ? and m.period_year between ? and ? "
                        + "and t.municipality_code = any(?) group by 1, 2, 3, 4, 5 "
                        + "order by m.period_year, m.period_half nulls first, m.name",
                ps -> {
                    ps.setInt(1, regionId);
                    ps.setString(2, ModelStatus.ADOPTED.name());
                    ps.setInt(3, from);
                    ps.setInt(4, to);
                    ps.setArray(5, array(ps.getConnection(), municipalities));
                },
                rs -> new Target(rs.getLong(1), rs.getString(2), rs.getInt(3), (Integer) rs.getObject(4),
                        Arrays.asList((String[]) rs.getArray(5).getArray()), rs.getLong(6), rs.getLong(7)));
    }

    private static Array array(java.sql.Connection c, List<String> values) throws java.sql.SQLException {
        return c.createArrayOf("text", values.toArray(String[]::new));
    }
}
