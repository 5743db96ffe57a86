package nl.thuisplan.urgency;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import nl.thuisplan.common.Sql;
import nl.thuisplan.demand.DemandStatus;

/**
 * The demand side of the capacity check: STOCK and INFLOW summed per municipality and target group
 * over the region's newest adopted analyses of a year. An aggregate read model (a sum over many
 * figures, never a row the caller edits), so it stays on {@link Sql}; the service holds no SQL.
 */
@Singleton
class AdoptedDemandSums {

    private final Sql sql;

    AdoptedDemandSums(Sql sql) {
        this.sql = sql;
    }

    /** STOCK and INFLOW per (municipality or null for the region's own analysis, target group). */
    record Demand(Map<String, Long> figures, Set<String> adopted) {
        long sum(@Nullable String municipality, Set<String> groups, String measure) {
            long total = 0;
            for (String g : groups) {
                total += figures.getOrDefault(municipality + "|" + g + "|" + measure, 0L);
            }
            return total;
        }
    }

    /** A sum over every figure of the region's adopted analyses: an aggregate read model, so plain {@link Sql}. */
    Demand read(int regionId, int year) {
        Map<String, Long> figures = new HashMap<>();
        Set<String> adopted = new java.util.HashSet<>();
        sql.list("with adopted as (select distinct on (municipality_code) region_id, analysis_id, municipality_code "
                        + "from demand_analysis where region_id = ? and year = ? and status = ? "
                        + "order by municipality_code, version_no desc) "
                        + "select a.municipality_code, f.target_group_code, f.measure, coalesce(sum(f.value), 0) from adopted a "
                        + "left join demand_figure f on f.region_id = a.region_id and f.analysis_id = a.analysis_id "
                        + "and f.measure in ('STOCK', 'INFLOW') group by 1, 2, 3",
                ps -> {
                    ps.setInt(1, regionId);
                    ps.setInt(2, year);
                    ps.setString(3, DemandStatus.ADOPTED.name());
                },
                rs -> {
                    String m = rs.getString(1);
                    if (m != null) {
                        adopted.add(m);
                    }
                    if (rs.getString(2) != null) {
                        figures.put(m + "|" + rs.getString(2) + "|" + rs.getString(3), rs.getLong(4));
                    }
                    return null;
                });
        return new Demand(figures, adopted);
    }
}
