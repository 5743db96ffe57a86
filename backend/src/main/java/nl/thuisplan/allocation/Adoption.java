package nl.thuisplan.allocation;

import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import nl.thuisplan.allocation.AllocationViews.ModelView;
import nl.thuisplan.allocation.AllocationViews.Result;
import nl.thuisplan.allocation.AllocationViews.ResultScenario;
import nl.thuisplan.allocation.ModelRepository.Model;
import nl.thuisplan.allocation.ModelRepository.Scenario;
import nl.thuisplan.audit.AuditLog;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.Sql;
import nl.thuisplan.common.TenantTransactions;

/**
 * Adopting (vaststellen) a scenario: computed once more, then stored with its inputs and steps as
 * a snapshot, its targets written per municipality, and scenario and model frozen, all in one
 * transaction. From then on every reader sees exactly that snapshot, whatever the indicators do.
 */
@Singleton
class Adoption {

    @Serdeable
    record Body(@NotNull Integer lockVersion) {
    }

    private final TenantTransactions tx;
    private final ModelService models;
    private final ModelRepository repo;
    private final Computations computations;
    private final AuditLog audit;
    private final Sql sql;

    Adoption(TenantTransactions tx, ModelService models, ModelRepository repo, Computations computations, AuditLog audit, Sql sql) {
        this.tx = tx;
        this.models = models;
        this.repo = repo;
        this.computations = computations;
        this.audit = audit;
        this.sql = sql;
    }

    ModelView adopt(Caller caller, long scenarioId, int lockVersion) {
        return tx.write(caller.scope(), () -> {
            Scenario s = models.requireScenario(caller, scenarioId);
            Model m = models.requireEditable(caller, s.modelId());
            if (s.lockVersion() != lockVersion) {
                throw ModelService.versionConflict(ScenarioViews.of(s));
            }
            Result live = computations.compute(m, s);
            OffsetDateTime now = sql.one("select now()", Sql.NO_PARAMETERS, rs -> rs.getObject(1, OffsetDateTime.class)).orElseThrow();
            Result frozen = new Result(new ResultScenario(s.id(), s.name(), s.versionNo(), "ADOPTED"), live.modelName(), live.period(),
                    live.targetGroups(), live.method(), live.total(), live.allocated(), live.referenceDate(), true, live.criteria(),
                    live.draagkracht(), live.bounds(), live.rows(), live.steps(), live.warnings(), now, caller.username());
            if (!repo.adoptScenario(s, lockVersion, repo.write(frozen), caller.username())) {
                throw ModelService.versionConflict(ScenarioViews.of(s));
            }
            if (!repo.adoptModel(m, s.id(), caller.username())) {
                throw new ProblemException(HttpStatus.CONFLICT, "MODEL_ADOPTED", "Dit verdeelmodel is intussen vastgesteld.");
            }
            sql.batch("insert into allocation_target (region_id, model_id, municipality_code, municipality_name, quota, target) "
                            + "values (?, ?, ?, ?, ?, ?)",
                    live.rows().stream().<Sql.Binder>map(r -> ps -> {
                        ps.setInt(1, m.regionId());
                        ps.setLong(2, m.id());
                        ps.setString(3, r.municipality().code());
                        ps.setString(4, r.municipality().name());
                        ps.setString(5, r.quota());
                        ps.setInt(6, r.target());
                    }).toList());
            audit.record(new AuditLog.Change(m.regionId(), caller.username(), "ADOPTED", "allocation_model", String.valueOf(m.id()),
                    s.versionNo(), null, null, String.valueOf(live.allocated()),
                    "scenario " + s.id() + " '" + s.name() + "', " + live.method() + ", totaal " + live.total()));
            return models.view(caller, repo.model(m.id()).orElseThrow());
        });
    }

}
