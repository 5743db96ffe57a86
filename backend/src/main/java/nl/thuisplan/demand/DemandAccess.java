package nl.thuisplan.demand;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.workflow.Workflow;

/**
 * Who may do what with one version of an analysis: the one place that decides, for the workflow
 * steps ({@code allowedActions}) and for typing figures ({@code editable}). The gemeente owns its
 * figures (edits and submits), the region's programme manager reviews (returns, adopts, reopens)
 * and owns the region's own analysis. Nobody adopts what they submitted as a gemeente.
 */
@Singleton
class DemandAccess implements Workflow<Analysis, DemandAction> {


    /**
     * Partners (corporatie, zorgaanbieder) read what the region publishes to them; the demand analyses,
     * the region's working figures per gemeente, and their totals are not among it (403).
     */
    static void refusePartners(Caller caller) {
        if (caller.role().partner()) {
            throw ProblemException.forbidden("De vraaganalyses zijn voor de regio, haar gemeenten en de provincie.");
        }
    }

    /** The region's programme manager sets the deadline and starts the region's own analysis. */
    static List<DemandRegionAction> allowedInRegion(Caller caller, String regionCode) {
        return caller.managesRegion(regionCode) ? List.of(DemandRegionAction.SET_DEADLINE, DemandRegionAction.START_REGIONAL) : List.of();
    }

    /** The municipality's own officer starts its analysis for a year that has none yet. */
    static List<DemandMunicipalityAction> allowedForMunicipality(Caller caller, String municipalityCode) {
        return caller.worksFor(municipalityCode) ? List.of(DemandMunicipalityAction.START) : List.of();
    }

    /** The caller owns the figures of this analysis. */
    static boolean owns(Caller caller, Analysis a) {
        return a.regional() ? caller.managesRegion(a.regionCode()) : caller.worksFor(a.municipalityCode());
    }

    static boolean canEdit(Caller caller, Analysis a) {
        return a.current() && a.status().editable() && owns(caller, a);
    }

    /** Everything that makes a cell write impossible, checked before any validation of the value. */
    static void requireEditable(Caller caller, Analysis a) {
        if (!owns(caller, a)) {
            throw ProblemException.forbidden(a.regional()
                    ? "Alleen de programmamanager van de regio vult de regionale cijfers in."
                    : "Alleen de gemeente zelf vult haar vraaganalyse in.");
        }
        if (!canEdit(caller, a)) {
            throw new ProblemException(HttpStatus.CONFLICT, "DEMAND_LOCKED", !a.current()
                    ? "Dit is een oudere versie; die kan niet meer worden gewijzigd."
                    : "De vraaganalyse is " + a.status().text() + " en kan niet worden gewijzigd.");
        }
    }

    @Override
    public List<DemandAction> allowed(Caller caller, Analysis a) {
        List<DemandAction> actions = new ArrayList<>();
        if (!a.current()) {
            return actions;
        }
        boolean manager = caller.managesRegion(a.regionCode());
        if (a.status().editable() && owns(caller, a)) {
            actions.add(DemandAction.SUBMIT);
        }
        if (a.status() == DemandStatus.SUBMITTED && manager) {
            actions.add(DemandAction.RETURN);
            actions.add(DemandAction.ADOPT);
        }
        if (a.status() == DemandStatus.ADOPTED && manager) {
            actions.add(DemandAction.REOPEN);
        }
        return actions;
    }

    @Override
    public boolean hasRoleFor(Caller caller, Analysis a, DemandAction action) {
        return action == DemandAction.SUBMIT ? owns(caller, a) : caller.managesRegion(a.regionCode());
    }

    @Override
    public int lockVersion(Analysis a) {
        return a.lockVersion();
    }

    @Override
    public ProblemException forbidden(Analysis a, DemandAction action) {
        return ProblemException.forbidden(action == DemandAction.SUBMIT
                ? "Alleen de gemeente zelf dient haar vraaganalyse in."
                : "Alleen de programmamanager van de regio beoordeelt vraaganalyses.");
    }

    @Override
    public ProblemException notAllowedNow(Analysis a, DemandAction action) {
        return new ProblemException(HttpStatus.CONFLICT, "DEMAND_INVALID_TRANSITION",
                "Een vraaganalyse die " + a.status().text() + " is kan niet worden " + action.participle() + ".");
    }

    @Override
    public ProblemException stale(Caller caller, Analysis a) {
        return versionConflict();
    }

    static ProblemException versionConflict() {
        return new ProblemException(HttpStatus.CONFLICT, "VERSION_CONFLICT",
                "Iemand anders heeft de vraaganalyse intussen gewijzigd. Laad de pagina opnieuw.");
    }
}
