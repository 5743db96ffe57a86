package nl.thuisplan.allocation;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.List;
import nl.thuisplan.allocation.ModelRepository.Model;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.workflow.Workflow;

/**
 * Who may do what with a whole verdeelmodel: while it is a concept, those who configure the region
 * change its scenarios (EDIT) and adopt one of them (ADOPT); once adopted, nobody changes anything.
 * The adoption itself is a scenario's step ({@link ScenarioWorkflow}), which moves the model along.
 */
@Singleton
class ModelWorkflow implements Workflow<Model, ModelAction> {

    @Override
    public List<ModelAction> allowed(Caller caller, Model m) {
        return AllocationAccess.configures(caller, m.regionCode()) && m.status() == ModelStatus.CONCEPT
                ? List.of(ModelAction.EDIT, ModelAction.ADOPT) : List.of();
    }

    @Override
    public boolean hasRoleFor(Caller caller, Model m, ModelAction action) {
        return AllocationAccess.configures(caller, m.regionCode());
    }

    @Override
    public int lockVersion(Model m) {
        return m.lockVersion();
    }

    @Override
    public ProblemException forbidden(Model m, ModelAction action) {
        return ProblemException.forbidden(AllocationAccess.CONFIGURERS_ONLY);
    }

    @Override
    public ProblemException notAllowedNow(Model m, ModelAction action) {
        return adopted();
    }

    @Override
    public ProblemException stale(Caller caller, Model m) {
        return new ProblemException(HttpStatus.CONFLICT, "VERSION_CONFLICT",
                "Iemand anders heeft dit verdeelmodel intussen gewijzigd. Laad het opnieuw.");
    }

    /** 403 without the role, 409 {@code MODEL_ADOPTED} when the model no longer allows the action. */
    Model require(Caller caller, Model m, ModelAction action) {
        if (!hasRoleFor(caller, m, action)) {
            throw forbidden(m, action);
        }
        if (!allowed(caller, m).contains(action)) {
            throw notAllowedNow(m, action);
        }
        return m;
    }

    static ProblemException adopted() {
        return new ProblemException(HttpStatus.CONFLICT, "MODEL_ADOPTED", "Dit verdeelmodel is vastgesteld en kan niet meer veranderen.");
    }
}
