package nl.thuisplan.demand;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import nl.thuisplan.audit.AuditLog;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.demand.DemandViews.Overview;
import nl.thuisplan.demand.DemandViews.OverviewRow;
import nl.thuisplan.demand.DemandViews.Ref;
import nl.thuisplan.demand.DemandViews.RegionalRef;
import nl.thuisplan.region.Regions;
import nl.thuisplan.region.Regions.RegionRef;

/** The region's view on its analyses: who is where in the workflow, and the deadline. */
@Singleton
class DemandRegionService {

    private final TenantTransactions tx;
    private final Regions regions;
    private final DemandAnalysisRepository analyses;
    private final DemandOverviewReads overviews;
    private final AuditLog audit;
    private final DemandLookupRepository lookups;

    DemandRegionService(TenantTransactions tx, Regions regions, DemandAnalysisRepository analyses, DemandOverviewReads overviews, AuditLog audit,
                        DemandLookupRepository lookups) {
        this.tx = tx;
        this.regions = regions;
        this.analyses = analyses;
        this.overviews = overviews;
        this.audit = audit;
        this.lookups = lookups;
    }

    /** One row per current member the caller may see (a gemeente medewerker: its own). */
    Overview overview(Caller caller, String regionCode, int year) {
        return tx.read(caller.scope(), () -> {
            RegionRef region = regions.require(caller, regionCode);
            DemandAccess.refusePartners(caller);
            var stored = lookups.deadlineWithVersion(region.id(), year);
            LocalDate deadline = stored.map(DemandLookupRepository.Deadline::deadline).orElse(null);
            List<OverviewRow> rows = overviews.rows(region.id(), year, deadline).stream()
                    .filter(r -> caller.scope().allowsMunicipality(r.municipality().code())).toList();
            RegionalRef regional = caller.scope().allMunicipalities()
                    ? analyses.latest(region.id(), null, year).map(a -> new RegionalRef(a.id(), DemandOverviewStatus.of(a.status())))
                            .orElse(new RegionalRef(null, DemandOverviewStatus.NOT_STARTED))
                    : null;
            return new Overview(new Ref(region.code(), region.name()), year, deadline,
                    stored.map(DemandLookupRepository.Deadline::version).orElse(null), rows, regional,
                    DemandAccess.allowedInRegion(caller, region.code()));
        });
    }

    RegionRef requireRegion(Caller caller, String regionCode) {
        return tx.read(caller.scope(), () -> regions.require(caller, regionCode));
    }

    /**
     * Sets the deadline under its optimistic lock: {@code version} is the one the caller saw (null: it
     * saw none), so of two managers changing it at once the second gets 409 {@code VERSION_CONFLICT}
     * with the deadline as it now is, instead of silently overwriting the first.
     */
    DemandLookupRepository.Deadline setDeadline(Caller caller, String regionCode, int year, LocalDate deadline,
                                                @Nullable Integer version) {
        return tx.write(caller.scope(), () -> {
            RegionRef region = regions.require(caller, regionCode);
            if (!DemandAccess.allowedInRegion(caller, region.code()).contains(DemandRegionAction.SET_DEADLINE)) {
                throw ProblemException.forbidden("Alleen de programmamanager van de regio stelt de deadline vast.");
            }
            var before = lookups.deadlineWithVersion(region.id(), year);
            int written = version == null ? lookups.insertDeadline(region.id(), year, deadline)
                    : lookups.updateDeadline(region.id(), year, deadline, version);
            if (written != 1) {
                throw new ProblemException(HttpStatus.CONFLICT, "VERSION_CONFLICT",
                        "Iemand anders heeft de deadline intussen gewijzigd. Laad de pagina opnieuw.",
                        lookups.deadlineWithVersion(region.id(), year).orElse(null));
            }
            audit.record(new AuditLog.Change(region.id(), caller.username(), "DEADLINE_SET", "demand_deadline",
                    String.valueOf(year), null, "deadline", before.map(d -> d.deadline().toString()).orElse(null),
                    deadline.toString(), null));
            return lookups.deadlineWithVersion(region.id(), year).orElseThrow();
        });
    }
}
