package nl.thuisplan.demand;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.thuisplan.audit.AuditLog;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.Sql;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.demand.DemandViews.Overview;
import nl.thuisplan.demand.DemandViews.OverviewRow;
import nl.thuisplan.demand.DemandViews.Ref;
import nl.thuisplan.demand.DemandViews.RegionalRef;
import nl.thuisplan.region.Memberships;
import nl.thuisplan.region.Regions;
import nl.thuisplan.region.Regions.RegionRef;

/** The region's view on its analyses: who is where in the workflow, and the deadline. */
@Singleton
class DemandRegionService {

    private final TenantTransactions tx;
    private final Regions regions;
    private final DemandRepository repo;
    private final Sql sql;
    private final AuditLog audit;
    private final DemandLookupRepository lookups;

    DemandRegionService(TenantTransactions tx, Regions regions, DemandRepository repo, Sql sql, AuditLog audit,
                        DemandLookupRepository lookups) {
        this.tx = tx;
        this.regions = regions;
        this.repo = repo;
        this.sql = sql;
        this.audit = audit;
        this.lookups = lookups;
    }

    /** One row per current member the caller may see (a gemeente medewerker: its own). */
    Overview overview(Caller caller, String regionCode, int year) {
        return tx.read(caller.scope(), () -> {
            RegionRef region = regions.require(caller, regionCode);
            LocalDate deadline = lookups.deadline(region.id(), year).orElse(null);
            List<OverviewRow> rows = sql.list("""
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
                        ps.setInt(2, region.id());
                        ps.setInt(3, year);
                        ps.setInt(4, year);
                    }, rs -> {
                        DemandStatus stored = rs.getString(7) == null ? null : DemandStatus.valueOf(rs.getString(7));
                        String status = stored == null ? DemandViews.NOT_STARTED : stored.name();
                        boolean overdue = deadline != null && LocalDate.now().isAfter(deadline)
                                && (stored == null || !stored.delivered());
                        return new OverviewRow(new Ref(rs.getString(1), rs.getString(2)),
                                rs.getString(3) == null ? null : new Ref(rs.getString(3), rs.getString(4)),
                                (Long) rs.getObject(5), (Integer) rs.getObject(6), status, overdue,
                                rs.getObject(8, OffsetDateTime.class));
                    }).stream().filter(r -> caller.scope().allowsMunicipality(r.municipality().code())).toList();
            RegionalRef regional = caller.scope().allMunicipalities()
                    ? repo.latest(region.id(), null, year).map(a -> new RegionalRef(a.id(), a.status().name()))
                            .orElse(new RegionalRef(null, DemandViews.NOT_STARTED))
                    : null;
            return new Overview(new Ref(region.code(), region.name()), year, deadline, rows, regional,
                    DemandAccess.allowedInRegion(caller, region.code()));
        });
    }

    RegionRef requireRegion(Caller caller, String regionCode) {
        return tx.read(caller.scope(), () -> regions.require(caller, regionCode));
    }

    LocalDate setDeadline(Caller caller, String regionCode, int year, LocalDate deadline) {
        return tx.write(caller.scope(), () -> {
            RegionRef region = regions.require(caller, regionCode);
            if (!DemandAccess.allowedInRegion(caller, region.code()).contains(DemandRegionAction.SET_DEADLINE)) {
                throw ProblemException.forbidden("Alleen de programmamanager van de regio stelt de deadline vast.");
            }
            String before = lookups.deadline(region.id(), year).map(LocalDate::toString).orElse(null);
            lookups.setDeadline(region.id(), year, deadline);
            audit.record(new AuditLog.Change(region.id(), caller.username(), "DEADLINE_SET", "demand_deadline",
                    String.valueOf(year), null, "deadline", before, deadline.toString(), null));
            return deadline;
        });
    }
}
