package nl.thuisplan.allocation;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.thuisplan.allocation.AllocationViews.Compare;
import nl.thuisplan.allocation.AllocationViews.CompareRow;
import nl.thuisplan.allocation.AllocationViews.Inputs;
import nl.thuisplan.allocation.AllocationViews.Result;
import nl.thuisplan.allocation.AllocationViews.ResultRow;
import nl.thuisplan.allocation.AllocationViews.ResultScenario;
import nl.thuisplan.allocation.AllocationViews.ScenarioRef;
import nl.thuisplan.allocation.ModelRepository.Model;
import nl.thuisplan.allocation.ModelRepository.Scenario;
import nl.thuisplan.allocation.ModelRepository.ScenarioFields;
import nl.thuisplan.allocation.engine.AllocationInfeasibleException;
import nl.thuisplan.allocation.engine.AllocationValidationException;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.TenantTransactions;

/**
 * Computing scenarios: the editor's inputs, a scenario's result (live for a concept, the stored
 * snapshot for the adopted one) and the comparison of two scenarios.
 */
@Singleton
class Computations {

    private final TenantTransactions tx;
    private final ModelService models;
    private final AllocationJson json;
    private final ModelInputs inputs;

    Computations(TenantTransactions tx, ModelService models, AllocationJson json, ModelInputs inputs) {
        this.tx = tx;
        this.models = models;
        this.json = json;
        this.inputs = inputs;
    }

    Inputs inputs(Caller caller, long modelId, @Nullable LocalDate referenceDate) {
        return tx.read(caller.scope(), () -> {
            Model m = models.requireModel(caller, modelId);
            AllocationAccess.requireConfigure(caller, m.regionCode());
            return inputs.inputs(m, referenceDate != null ? referenceDate : inputs.defaultReferenceDate(m));
        });
    }

    Result result(Caller caller, long scenarioId) {
        return tx.read(caller.scope(), () -> {
            Scenario s = models.requireScenario(caller, scenarioId);
            Model m = models.requireModel(caller, s.modelId());
            return compute(m, s);
        });
    }

    /** A result with the name of its region, for documents. */
    record Named(String regionName, Result result) {
    }

    Named resultWithRegion(Caller caller, long scenarioId) {
        return tx.read(caller.scope(), () -> {
            Scenario s = models.requireScenario(caller, scenarioId);
            Model m = models.requireModel(caller, s.modelId());
            return new Named(m.regionName(), compute(m, s));
        });
    }

    Compare compare(Caller caller, long modelId, long a, long b) {
        return tx.read(caller.scope(), () -> {
            Model m = models.requireModel(caller, modelId);
            AllocationAccess.requireConfigure(caller, m.regionCode());
            Scenario sa = scenarioOf(caller, m, a, "a");
            Scenario sb = scenarioOf(caller, m, b, "b");
            Result ra = compute(m, sa);
            Result rb = compute(m, sb);
            Map<String, CompareRow> rows = new LinkedHashMap<>();
            for (ResultRow r : ra.rows()) {
                rows.put(r.municipality().code(), new CompareRow(r.municipality(), r.target(), null, r.quota(), null, -r.target()));
            }
            for (ResultRow r : rb.rows()) {
                CompareRow prev = rows.get(r.municipality().code());
                int targetA = prev == null || prev.targetA() == null ? 0 : prev.targetA();
                rows.put(r.municipality().code(), new CompareRow(r.municipality(), prev == null ? null : prev.targetA(), r.target(),
                        prev == null ? null : prev.quotaA(), r.quota(), r.target() - targetA));
            }
            return new Compare(new ScenarioRef(sa.id(), sa.name(), sa.versionNo()), new ScenarioRef(sb.id(), sb.name(), sb.versionNo()),
                    new ArrayList<>(rows.values()), ra.allocated(), rb.allocated());
        });
    }

    /** The adopted snapshot as stored, or a fresh computation on today's inputs. */
    Result compute(Model m, Scenario s) {
        if (s.adopted()) {
            return json.snapshot(s);
        }
        ScenarioFields fields = liveFields(m, s);
        Inputs in = inputs.inputs(m, fields.referenceDate());
        try {
            return ScenarioCalculator.compute(m, new ResultScenario(s.id(), s.name(), s.versionNo(), s.status()), fields, in,
                    models.targetGroups(m), false, null, null);
        } catch (AllocationValidationException e) {
            throw AllocationProblems.of(e);
        } catch (AllocationInfeasibleException e) {
            throw AllocationProblems.of(e);
        }
    }

    /** A scenario that follows the demand takes today's demand total, not the one it was saved with. */
    private ScenarioFields liveFields(Model m, Scenario s) {
        ScenarioFields f = ScenarioViews.fields(s);
        if ("DEMAND".equals(f.totalSource())) {
            Integer demand = inputs.demandTotal(m);
            if (demand != null) {
                return new ScenarioFields(f.name(), f.totalSource(), demand, f.method(), f.referenceDate(), f.criteria(),
                        f.draagkracht(), f.bounds());
            }
        }
        return f;
    }

    private Scenario scenarioOf(Caller caller, Model m, long id, String field) {
        Scenario s = models.requireScenario(caller, id);
        if (s.modelId() != m.id()) {
            throw ProblemException.badInput(field, "NOT_IN_MODEL", "Scenario " + id + " hoort niet bij dit model.");
        }
        return s;
    }
}
