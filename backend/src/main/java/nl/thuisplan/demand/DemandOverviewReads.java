package nl.thuisplan.demand;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.thuisplan.common.Sql;
import nl.thuisplan.demand.DemandViews.OverviewRow;
import nl.thuisplan.demand.DemandViews.Ref;
import nl.thuisplan.region.Memberships;

/**
 * The region overview's rows: every member of the year with its newest analysis (or none). A read
 * model over a join with a lateral newest-version look-up, so it stays on {@link Sql}; the service
 * only filters it by the caller's scope.
 */
@Singleton
class DemandOverviewReads {

    private final Sql sql;

    DemandOverviewReads(Sql sql) {
        this.sql = sql;
    }

    /** Overdue: the deadline has passed and the newest version is neither submitted nor adopted. */
    List<OverviewRow> rows(int regionId, int year, @Nullable LocalDate deadline) {
        return sql.list("""
                select m.code, m.name, s.code, s.name, a.analysis_id, a.version_no, a.status, a.updated_at
                from region_membership rm
                join municipality m on m.code = rm.municipality_code
                left join subregion s on s.region_id = rm.region_id and s.code = rm.subregion_code
                left join lateral (select analysis_id, version_no, status, updated_at from demand_analysis d
                                   where d.region_id = rm.region_id and d.municipality_code = rm.municipality_code
                                     and d.year = ? order by d.version_no desc limit 1) a on true
                where rm.region_id = ? and""" + " " + Memberships.DURING_YEAR + """

                order by m.name""", ps -> {
                    ps.setInt(1, year);
                    ps.setInt(2, regionId);
                    ps.setInt(3, year);
                    ps.setInt(4, year);
                }, rs -> {
                    DemandStatus stored = rs.getString(7) == null ? null : DemandStatus.valueOf(rs.getString(7));
                    DemandOverviewStatus status = DemandOverviewStatus.of(stored);
                    boolean overdue = deadline != null && LocalDate.now().isAfter(deadline)
                            && (stored == null || !stored.delivered());
                    return new OverviewRow(new Ref(rs.getString(1), rs.getString(2)),
                            rs.getString(3) == null ? null : new Ref(rs.getString(3), rs.getString(4)),
                            (Long) rs.getObject(5), (Integer) rs.getObject(6), status, overdue,
                            rs.getObject(8, OffsetDateTime.class));
                });
    }
}
