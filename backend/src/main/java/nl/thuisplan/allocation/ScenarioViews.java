package nl.thuisplan.allocation;

import java.util.List;
import nl.thuisplan.allocation.AllocationViews.ScenarioView;
import nl.thuisplan.allocation.ModelRepository.Scenario;
import nl.thuisplan.allocation.ModelRepository.ScenarioFields;

/** Converts a stored scenario to what the API shows, and to the fields the engine runs on. */
final class ScenarioViews {

    private ScenarioViews() {
    }

    static ScenarioView of(ScenarioWorkflow.InModel s, List<ScenarioAction> allowedActions) {
        return of(s.scenario(), allowedActions);
    }

    static ScenarioView of(Scenario s, List<ScenarioAction> allowedActions) {
        return new ScenarioView(s.id(), s.modelId(), s.name(), s.versionNo(), s.status(), s.lockVersion(), s.totalSource(),
                s.total(), s.method(), s.referenceDate(), s.criteria(), s.draagkracht(), s.bounds(), s.updatedAt(),
                s.updatedBy(), s.adoptedAt(), s.adoptedBy(), allowedActions);
    }

    static ScenarioFields fields(Scenario s) {
        return new ScenarioFields(s.name(), s.totalSource(), s.total(), s.method(), s.referenceDate(), s.criteria(),
                s.draagkracht(), s.bounds());
    }
}
