package nl.thuisplan.allocation;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.OffsetDateTime;
import java.util.Optional;
import nl.thuisplan.allocation.AllocationViews.AdoptInput;
import nl.thuisplan.allocation.AllocationViews.Decision;
import nl.thuisplan.allocation.AllocationViews.ModelView;
import nl.thuisplan.allocation.AllocationViews.Result;
import nl.thuisplan.allocation.AllocationViews.ResultRow;
import nl.thuisplan.allocation.AllocationViews.ResultScenario;
import nl.thuisplan.allocation.ModelRepository.Model;
import nl.thuisplan.allocation.ModelRepository.Scenario;
import nl.thuisplan.audit.AuditLog;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.workflow.Transitions;

/**
 * Adopting (vaststellen) a scenario: computed once more, then stored with its inputs and steps as
 * a snapshot, its targets written per municipality, and scenario and model frozen, all in one
 * transaction. From then on every reader sees exactly that snapshot, whatever the indicators do. The
 * adoption records its besluit (date, reference, body) with the model and in the snapshot.
 */
@Singleton
class Adoption {

    private final TenantTransactions tx;
    private final ModelService models;
    private final ModelRepository repo;
    private final RealisationRepository targets;
    private final AllocationJson json;
    private final Computations computations;
    private final Transitions transitions;
    private final ScenarioWorkflow workflow;

    Adoption(TenantTransactions tx, ModelService models, ModelRepository repo, RealisationRepository targets,
             AllocationJson json, Computations computations, Transitions transitions, ScenarioWorkflow workflow) {
        this.tx = tx;
        this.models = models;
        this.repo = repo;
        this.targets = targets;
        this.json = json;
        this.computations = computations;
        this.transitions = transitions;
        this.workflow = workflow;
    }

    ModelView adopt(Caller caller, long scenarioId, AdoptInput body) {
        return tx.write(caller.scope(), () -> {
            ScenarioWorkflow.InModel current = models.requireScenarioInModel(caller, scenarioId);
            Model m = current.model();
            Scenario s = current.scenario();
            Decision[] decision = new Decision[1];
            return transitions.of(workflow, caller, current, ScenarioAction.ADOPT)
                    .lockVersion(body.lockVersion())
                    .check(() -> decision[0] = AdoptionDecision.of(body))
                    .apply(version -> {
                        Result live = computations.compute(m, s);
                        OffsetDateTime now = repo.transactionTime();
                        Result frozen = new Result(new ResultScenario(s.id(), s.name(), s.versionNo(), ScenarioStatus.ADOPTED),
                                live.modelName(), live.period(), live.targetGroups(), live.method(), live.total(), live.allocated(),
                                live.referenceDate(), true, live.criteria(), live.draagkracht(), live.bounds(), live.rows(),
                                live.steps(), live.warnings(), now, caller.username(), decision[0]);
                        if (!repo.adoptScenario(s, version, json.write(frozen), caller.username())) {
                            return Optional.empty();
                        }
                        if (!repo.adoptModel(m, s.id(), caller.username(), decision[0])) {
                            throw new ProblemException(HttpStatus.CONFLICT, "MODEL_ADOPTED", "Dit verdeelmodel is intussen vastgesteld.");
                        }
                        for (ResultRow r : live.rows()) {
                            targets.insertTarget(m.regionId(), m.id(), r.municipality().code(), r.municipality().name(),
                                    r.quota(), r.target());
                        }
                        ModelView after = models.view(caller, repo.model(m.id()).orElseThrow());
                        return Optional.of(Transitions.done(after, new AuditLog.Change(m.regionId(), caller.username(),
                                ModelStatus.ADOPTED.name(), "allocation_model", String.valueOf(m.id()), s.versionNo(), null, null,
                                String.valueOf(live.allocated()),
                                "scenario " + s.id() + " '" + s.name() + "', " + live.method() + ", totaal " + live.total()
                                        + "; besluit " + decision[0].body() + " " + decision[0].date() + ", " + decision[0].reference())));
                    });
        });
    }
}
