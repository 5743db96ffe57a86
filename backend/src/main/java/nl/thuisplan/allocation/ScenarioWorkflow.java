package nl.thuisplan.allocation;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import nl.thuisplan.allocation.ModelRepository.Model;
import nl.thuisplan.allocation.ModelRepository.Scenario;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.workflow.Workflow;

/**
 * Who may do what with one scenario. Those who configure the region work with every scenario
 * (COMPARE); while the model is a concept they save (EDIT), delete all but the last one (DELETE) and
 * adopt one (ADOPT, which freezes scenario and model). Steps carry the scenario's lock version.
 */
@Singleton
class ScenarioWorkflow implements Workflow<ScenarioWorkflow.InModel, ScenarioAction> {

    /** A scenario with what its steps depend on: its model, and how many scenarios the model has. */
    record InModel(Model model, Scenario scenario, int scenarioCount) {
    }

    @Override
    public List<ScenarioAction> allowed(Caller caller, InModel s) {
        List<ScenarioAction> actions = new ArrayList<>();
        if (!AllocationAccess.configures(caller, s.model().regionCode())) {
            return actions;
        }
        if (s.model().status() == ModelStatus.CONCEPT && s.scenario().status() == ScenarioStatus.CONCEPT) {
            actions.add(ScenarioAction.EDIT);
            if (s.scenarioCount() > 1) {
                actions.add(ScenarioAction.DELETE);
            }
            actions.add(ScenarioAction.ADOPT);
        }
        actions.add(ScenarioAction.COMPARE);
        return actions;
    }

    @Override
    public boolean hasRoleFor(Caller caller, InModel s, ScenarioAction action) {
        return AllocationAccess.configures(caller, s.model().regionCode());
    }

    @Override
    public int lockVersion(InModel s) {
        return s.scenario().lockVersion();
    }

    @Override
    public ProblemException forbidden(InModel s, ScenarioAction action) {
        return ProblemException.forbidden(AllocationAccess.CONFIGURERS_ONLY);
    }

    @Override
    public ProblemException notAllowedNow(InModel s, ScenarioAction action) {
        if (action == ScenarioAction.DELETE && s.model().status() == ModelStatus.CONCEPT) {
            return new ProblemException(HttpStatus.CONFLICT, "LAST_SCENARIO", "Een verdeelmodel houdt minstens één scenario.");
        }
        return ModelWorkflow.adopted();
    }

    /** The stored scenario travels along, so the editor can show what changed without another request. */
    @Override
    public ProblemException stale(Caller caller, InModel s) {
        return new ProblemException(HttpStatus.CONFLICT, "VERSION_CONFLICT",
                "Iemand anders heeft dit scenario intussen gewijzigd. Laad het opnieuw.", ScenarioViews.of(s, allowed(caller, s)));
    }
}
