package nl.thuisplan.demand;

import java.util.ArrayList;
import java.util.List;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.demand.DemandRepository.Analysis;

/**
 * Who may do what with one version of an analysis. The gemeente owns its figures (edits and
 * submits), the region's programme manager reviews (returns, adopts, reopens) and owns the
 * region's own analysis. Nobody adopts what they submitted as a gemeente.
 */
final class DemandAccess {

    enum Action { SUBMIT, RETURN, ADOPT, REOPEN }

    private DemandAccess() {
    }

    /** The caller owns the figures of this analysis. */
    static boolean owns(Caller caller, Analysis a) {
        return a.regional() ? caller.managesRegion(a.regionCode()) : caller.worksFor(a.municipalityCode());
    }

    static boolean canEdit(Caller caller, Analysis a) {
        return a.current() && a.status().editable() && owns(caller, a);
    }

    /** Whether the caller has the role for this step at all, whatever the analysis' state. */
    static boolean hasRoleFor(Caller caller, Analysis a, Action action) {
        return action == Action.SUBMIT ? owns(caller, a) : caller.managesRegion(a.regionCode());
    }

    static List<Action> allowed(Caller caller, Analysis a) {
        List<Action> actions = new ArrayList<>();
        if (!a.current()) {
            return actions;
        }
        boolean manager = caller.managesRegion(a.regionCode());
        if (a.status().editable() && owns(caller, a)) {
            actions.add(Action.SUBMIT);
        }
        if (a.status() == DemandStatus.SUBMITTED && manager) {
            actions.add(Action.RETURN);
            actions.add(Action.ADOPT);
        }
        if (a.status() == DemandStatus.ADOPTED && manager) {
            actions.add(Action.REOPEN);
        }
        return actions;
    }
}
