package nl.thuisplan.demand;

import nl.thuisplan.common.Paging;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.thuisplan.audit.AuditLog;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.demand.DemandViews.AnalysisView;
import nl.thuisplan.demand.DemandViews.CellView;

/** The entry points of the analysis screens, each one tenant transaction. */
@Singleton
class DemandService {

    private final TenantTransactions tx;
    private final DemandAnalysisRepository analyses;
    private final DemandReads reads;
    private final DemandWrites writes;
    private final AuditLog audit;
    private final DemandLookupRepository lookups;

    DemandService(TenantTransactions tx, DemandAnalysisRepository analyses, DemandReads reads, DemandWrites writes, AuditLog audit,
                  DemandLookupRepository lookups) {
        this.tx = tx;
        this.analyses = analyses;
        this.reads = reads;
        this.writes = writes;
        this.audit = audit;
        this.lookups = lookups;
    }

    AnalysisView get(Caller caller, long id) {
        return tx.read(caller.scope(), () -> reads.view(caller, reads.require(caller, id)));
    }

    /** The figures and warnings the confirmation of indienen shows, from the analysis as stored now. */
    SubmitSummaries.SubmitSummary submitSummary(Caller caller, long id) {
        return SubmitSummaries.of(get(caller, id));
    }

    AnalysisView current(Caller caller, String municipality, int year) {
        return tx.read(caller.scope(), () -> {
            requireVisibleMunicipality(caller, municipality);
            Analysis a = analyses.latestAnyRegion(municipality, year).filter(x -> DemandReads.visible(caller, x))
                    .orElseThrow(() -> ProblemException.notYetCreated("Vraaganalyse " + year + " van " + municipality,
                            DemandAccess.allowedForMunicipality(caller, municipality)));
            return reads.view(caller, a);
        });
    }

    AnalysisView start(Caller caller, String municipality, int year) {
        return tx.write(caller.scope(), () -> {
            int regionId = requireVisibleMunicipality(caller, municipality);
            if (!DemandAccess.allowedForMunicipality(caller, municipality).contains(DemandMunicipalityAction.START)) {
                throw ProblemException.forbidden("Alleen de gemeente zelf start haar vraaganalyse.");
            }
            return reads.view(caller, writes.create(caller, regionId, municipality, year));
        });
    }

    AnalysisView startRegional(Caller caller, int regionId, String regionCode, int year) {
        return tx.write(caller.scope(), () -> {
            if (!DemandAccess.allowedInRegion(caller, regionCode).contains(DemandRegionAction.START_REGIONAL)) {
                throw ProblemException.forbidden("Alleen de programmamanager start de regionale cijfers.");
            }
            return reads.view(caller, writes.create(caller, regionId, null, year));
        });
    }

    CellView writeCell(Caller caller, long id, String group, String form, Measure measure, CellInput in) {
        return tx.write(caller.scope(), () -> {
            return writes.writeCell(caller, reads.require(caller, id), group, form, measure, in);
        });
    }

    AnalysisView transition(Caller caller, long id, DemandAction action, @Nullable Integer lockVersion, @Nullable String reason) {
        return tx.write(caller.scope(), () -> {
            Analysis a = reads.require(caller, id);
            return reads.view(caller, writes.transition(caller, a, action, lockVersion, reason));
        });
    }

    AuditLog.HistoryPage history(Caller caller, long id, @Nullable String cell, Paging page) {
        return tx.read(caller.scope(), () -> {
            Analysis a = reads.require(caller, id);
            return audit.history(a.regionId(), "demand_analysis", a.auditKey(), cell, page);
        });
    }

    /** The municipality's current region, if the caller may see the municipality; 404 otherwise. */
    private int requireVisibleMunicipality(Caller caller, String municipality) {
        if (!caller.scope().allowsMunicipality(municipality)) {
            throw ProblemException.notFound("Gemeente " + municipality);
        }
        return lookups.currentRegion(municipality)
                .filter(r -> caller.scope().allowsRegion(r))
                .orElseThrow(() -> ProblemException.notFound("Gemeente " + municipality));
    }
}
