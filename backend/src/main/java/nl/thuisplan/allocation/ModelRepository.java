package nl.thuisplan.allocation;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.thuisplan.allocation.AllocationViews.BoundView;
import nl.thuisplan.allocation.AllocationViews.CriterionView;
import nl.thuisplan.allocation.AllocationViews.DraagkrachtView;
import nl.thuisplan.allocation.engine.Method;
import nl.thuisplan.demand.DemandStatus;
import nl.thuisplan.demand.Measure;

/**
 * Models and scenarios in the database. Runs on the connection of the caller's tenant transaction
 * ({@code TenantTransactions}), so row-level security sees the caller's scope. jsonb columns travel as
 * text ({@link AllocationJson} turns them into records); the target-group array travels joined by
 * commas, which is unambiguous because group codes are {@code [a-z0-9_]}.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ModelRepository extends GenericRepository<ModelRepository.ModelRow, Long> {

    record Model(int regionId, String regionCode, String regionName, long id, String name, List<String> targetGroups,
                 Period period, ModelStatus status, @Nullable Long adoptedScenarioId, @Nullable OffsetDateTime adoptedAt,
                 @Nullable String adoptedBy, int lockVersion, @Nullable AllocationViews.Decision decision) {
        boolean adopted() {
            return status == ModelStatus.ADOPTED;
        }
    }

    record Scenario(int regionId, long id, long modelId, String name, int versionNo, ScenarioStatus status, String totalSource,
                    int total, Method method, LocalDate referenceDate, List<CriterionView> criteria,
                    @Nullable DraagkrachtView draagkracht, List<BoundView> bounds, @Nullable String snapshot,
                    int lockVersion, OffsetDateTime updatedAt, String updatedBy, @Nullable OffsetDateTime adoptedAt,
                    @Nullable String adoptedBy) {
        boolean adopted() {
            return status == ScenarioStatus.ADOPTED;
        }
    }

    /** The editable part of a scenario (also what the audit records of a change). */
    @io.micronaut.serde.annotation.Serdeable
    record ScenarioFields(String name, String totalSource, int total, Method method, LocalDate referenceDate,
                          List<CriterionView> criteria, @Nullable DraagkrachtView draagkracht, List<BoundView> bounds) {
    }

    /** A model row as selected, with its region's code and name. */
    @MappedEntity("allocation_model")
    record ModelRow(int regionId, String regionCode, String regionName, @Id long modelId, String name, String targetGroups,
                    int periodYear, @Nullable Integer periodHalf, ModelStatus status, @Nullable Long adoptedScenarioId,
                    @Nullable OffsetDateTime adoptedAt, @Nullable String adoptedBy, int lockVersion,
                    @Nullable LocalDate decisionDate, @Nullable String decisionReference, @Nullable String decisionBody) {
        Model model() {
            return new Model(regionId, regionCode, regionName, modelId, name, Arrays.asList(targetGroups.split(",")),
                    new Period(periodYear, periodHalf), status, adoptedScenarioId, adoptedAt,
                    adoptedBy, lockVersion, decisionDate == null ? null
                            : new AllocationViews.Decision(decisionDate, decisionReference, decisionBody));
        }
    }

    /** A scenario row as selected, jsonb as text. */
    @MappedEntity("allocation_scenario")
    record ScenarioRow(int regionId, @Id long scenarioId, long modelId, String name, int versionNo, ScenarioStatus status,
                       String totalSource, int total, Method method, LocalDate referenceDate, String criteria,
                       @Nullable String draagkracht, String bounds, @Nullable String snapshot, int lockVersion,
                       OffsetDateTime updatedAt, String updatedBy, @Nullable OffsetDateTime adoptedAt,
                       @Nullable String adoptedBy) {
    }

    /** The editable columns of a scenario, jsonb as text. */
    record ScenarioColumns(String name, String totalSource, int total, Method method, LocalDate referenceDate,
                           String criteria, @Nullable String draagkracht, String bounds) {
    }

    String MODEL = "select m.region_id, r.code as region_code, r.name as region_name, m.model_id, m.name, "
            + "array_to_string(m.target_groups, ',') as target_groups, m.period_year, m.period_half, "
            + "m.status, m.adopted_scenario_id, m.adopted_at, m.adopted_by, m.lock_version, "
            + "m.decision_date, m.decision_reference, m.decision_body "
            + "from allocation_model m join region r on r.region_id = m.region_id ";
    String SCENARIO = "select region_id, scenario_id, model_id, name, version_no, status, total_source, total, method, "
            + "reference_date, cast(criteria as text) as criteria, cast(draagkracht as text) as draagkracht, "
            + "cast(bounds as text) as bounds, cast(snapshot as text) as snapshot, lock_version, updated_at, updated_by, "
            + "adopted_at, adopted_by from allocation_scenario ";

    @Query(MODEL + "where m.region_id = :regionId order by m.period_year desc, m.period_half desc nulls first, m.name")
    List<ModelRow> modelRows(int regionId);

    @Query(MODEL + "where m.model_id = :modelId")
    Optional<ModelRow> modelRow(long modelId);

    // half 0 stands for a whole year (no half), so the lookup needs no nullable parameter
    @Query(MODEL + "where m.region_id = :regionId and m.target_groups = string_to_array(:targetGroups, ',') "
            + "and m.period_year = :year and coalesce(m.period_half, 0) = :half")
    Optional<ModelRow> modelRow(int regionId, String targetGroups, int year, int half);

    default List<Model> models(int regionId) {
        return modelRows(regionId).stream().map(ModelRow::model).toList();
    }

    default Optional<Model> model(long id) {
        return modelRow(id).map(ModelRow::model);
    }

    /** The model of a region for a target-group set (sorted codes) and period: at most one. */
    default Optional<Model> model(int regionId, List<String> targetGroups, Period period) {
        return modelRow(regionId, String.join(",", targetGroups), period.year(), period.half() == null ? 0 : period.half())
                .map(ModelRow::model);
    }

    @Query("insert into allocation_model (region_id, name, target_groups, period_year, period_half, created_by) "
            + "values (:regionId, :name, string_to_array(:targetGroups, ','), :year, cast(nullif(:half, 0) as smallint), :actor) "
            + "returning model_id")
    long insertModel(int regionId, String name, String targetGroups, int year, int half, String actor);

    default long insertModel(int regionId, String name, List<String> targetGroups, Period period, String actor) {
        return insertModel(regionId, name, String.join(",", targetGroups), period.year(),
                period.half() == null ? 0 : period.half(), actor);
    }

    /** The model's own step of an adoption, with its besluit; 0 rows when it was adopted meanwhile. */
    @Query("update allocation_model set status = :adopted, adopted_scenario_id = :scenarioId, adopted_at = now(), "
            + "adopted_by = :actor, lock_version = lock_version + 1, decision_date = :decisionDate, "
            + "decision_reference = :decisionReference, decision_body = :decisionBody "
            + "where region_id = :regionId and model_id = :modelId and status = :concept")
    int adoptModel(int regionId, long modelId, long scenarioId, String actor, LocalDate decisionDate, String decisionReference,
                   String decisionBody, String adopted, String concept);

    default boolean adoptModel(Model m, long scenarioId, String actor, AllocationViews.Decision decision) {
        return adoptModel(m.regionId(), m.id(), scenarioId, actor, decision.date(), decision.reference(), decision.body(),
                ModelStatus.ADOPTED.name(), ModelStatus.CONCEPT.name()) == 1;
    }

    @Query(SCENARIO + "where region_id = :regionId and model_id = :modelId order by version_no")
    List<ScenarioRow> scenarioRows(int regionId, long modelId);

    @Query(SCENARIO + "where scenario_id = :scenarioId")
    Optional<ScenarioRow> scenarioRow(long scenarioId);

    @Query("select count(*) from allocation_scenario where region_id = :regionId and model_id = :modelId")
    int scenarioCount(int regionId, long modelId);

    @Query("insert into allocation_scenario (region_id, model_id, name, version_no, total_source, total, method, "
            + "reference_date, criteria, draagkracht, bounds, updated_by) values (:regionId, :modelId, :name, "
            + "(select coalesce(max(version_no), 0) + 1 from allocation_scenario where region_id = :regionId and model_id = :modelId), "
            + ":totalSource, :total, :method, :referenceDate, cast(:criteria as jsonb), cast(:draagkracht as jsonb), "
            + "cast(:bounds as jsonb), :actor) returning scenario_id")
    long insertScenario(int regionId, long modelId, String name, String totalSource, int total, String method,
                        LocalDate referenceDate, String criteria, @Nullable String draagkracht, String bounds, String actor);

    default long insertScenario(Model m, ScenarioColumns c, String actor) {
        return insertScenario(m.regionId(), m.id(), c.name(), c.totalSource(), c.total(), c.method().name(), c.referenceDate(),
                c.criteria(), c.draagkracht(), c.bounds(), actor);
    }

    @Query("update allocation_scenario set name = :name, total_source = :totalSource, total = :total, method = :method, "
            + "reference_date = :referenceDate, criteria = cast(:criteria as jsonb), draagkracht = cast(:draagkracht as jsonb), "
            + "bounds = cast(:bounds as jsonb), lock_version = lock_version + 1, updated_at = now(), updated_by = :actor "
            + "where region_id = :regionId and scenario_id = :scenarioId and lock_version = :lockVersion")
    int updateScenario(int regionId, long scenarioId, int lockVersion, String name, String totalSource, int total,
                       String method, LocalDate referenceDate, String criteria, @Nullable String draagkracht, String bounds,
                       String actor);

    /** False when the lock version is stale. */
    default boolean updateScenario(Scenario s, ScenarioColumns c, int lockVersion, String actor) {
        return updateScenario(s.regionId(), s.id(), lockVersion, c.name(), c.totalSource(), c.total(), c.method().name(),
                c.referenceDate(), c.criteria(), c.draagkracht(), c.bounds(), actor) == 1;
    }

    @Query("delete from allocation_scenario where region_id = :regionId and scenario_id = :scenarioId "
            + "and lock_version = :lockVersion")
    int deleteScenario(int regionId, long scenarioId, int lockVersion);

    default boolean deleteScenario(Scenario s, int lockVersion) {
        return deleteScenario(s.regionId(), s.id(), lockVersion) == 1;
    }

    @Query("update allocation_scenario set status = :adopted, snapshot = cast(:snapshot as jsonb), adopted_at = now(), "
            + "adopted_by = :actor, lock_version = lock_version + 1 where region_id = :regionId and scenario_id = :scenarioId "
            + "and lock_version = :lockVersion and status = :concept")
    int adoptScenario(int regionId, long scenarioId, int lockVersion, String snapshot, String actor, String adopted,
                      String concept);

    default boolean adoptScenario(Scenario s, int lockVersion, String snapshot, String actor) {
        return adoptScenario(s.regionId(), s.id(), lockVersion, snapshot, actor, ScenarioStatus.ADOPTED.name(),
                ScenarioStatus.CONCEPT.name()) == 1;
    }

    /** MOVES of one municipality (null: the region's own analysis) in its newest adopted analysis of a year. */
    @Introspected
    record OwnDemand(@Nullable String municipalityCode, long moves) {
    }

    @Query("""
            with adopted as (select distinct on (municipality_code) region_id, analysis_id, municipality_code
                             from demand_analysis where region_id = :regionId and year = :year and status = :adopted
                             order by municipality_code, version_no desc)
            select a.municipality_code, coalesce(sum(f.value) filter (where f.measure = :measure
                   and f.target_group_code = any(string_to_array(:targetGroups, ','))), 0) as moves
            from adopted a left join demand_figure f on f.region_id = a.region_id and f.analysis_id = a.analysis_id
            group by a.municipality_code""")
    List<OwnDemand> ownDemand(int regionId, int year, String targetGroups, String adopted, String measure);

    /** The model's own demand per municipality: MOVES over its target groups in the adopted analyses of its year. */
    default List<OwnDemand> ownDemand(Model m) {
        return ownDemand(m.regionId(), m.period().year(), String.join(",", m.targetGroups()),
                DemandStatus.ADOPTED.name(), Measure.MOVES.name());
    }

    /** The transaction's time: what {@code adopted_at = now()} stores, so the snapshot can carry the same instant. */
    @Query("select now()")
    OffsetDateTime transactionTime();
}
