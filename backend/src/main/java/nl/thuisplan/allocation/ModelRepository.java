package nl.thuisplan.allocation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.thuisplan.allocation.AllocationViews.BoundView;
import nl.thuisplan.allocation.AllocationViews.CriterionView;
import nl.thuisplan.allocation.AllocationViews.DraagkrachtView;
import nl.thuisplan.allocation.engine.Method;
import nl.thuisplan.common.Sql;

/** Models and scenarios in the database; everything runs inside the caller's tenant transaction. */
@Singleton
class ModelRepository {

    record Model(int regionId, String regionCode, String regionName, long id, String name, List<String> targetGroups,
                 Period period, String status, @Nullable Long adoptedScenarioId, @Nullable OffsetDateTime adoptedAt,
                 @Nullable String adoptedBy, int lockVersion) {
        boolean adopted() {
            return "ADOPTED".equals(status);
        }
    }

    record Scenario(int regionId, long id, long modelId, String name, int versionNo, String status, String totalSource,
                    int total, Method method, LocalDate referenceDate, List<CriterionView> criteria,
                    @Nullable DraagkrachtView draagkracht, List<BoundView> bounds, @Nullable String snapshot,
                    int lockVersion, OffsetDateTime updatedAt, String updatedBy, @Nullable OffsetDateTime adoptedAt,
                    @Nullable String adoptedBy) {
        boolean adopted() {
            return "ADOPTED".equals(status);
        }
    }

    /** The editable part of a scenario (also what the audit records of a change). */
    @io.micronaut.serde.annotation.Serdeable
    record ScenarioFields(String name, String totalSource, int total, Method method, LocalDate referenceDate,
                          List<CriterionView> criteria, @Nullable DraagkrachtView draagkracht, List<BoundView> bounds) {
    }

    private static final String MODEL_COLUMNS = "m.region_id, r.code, r.name, m.model_id, m.name, m.target_groups, "
            + "m.period_year, m.period_half, m.status, m.adopted_scenario_id, m.adopted_at, m.adopted_by, m.lock_version "
            + "from allocation_model m join region r on r.region_id = m.region_id ";
    private static final String SCENARIO_COLUMNS = "region_id, scenario_id, model_id, name, version_no, status, total_source, "
            + "total, method, reference_date, criteria, draagkracht, bounds, snapshot, lock_version, updated_at, updated_by, "
            + "adopted_at, adopted_by from allocation_scenario ";

    private final Sql sql;
    private final JsonMapper json;

    ModelRepository(Sql sql, JsonMapper json) {
        this.sql = sql;
        this.json = json;
    }

    List<Model> models(int regionId) {
        return sql.list("select " + MODEL_COLUMNS + "where m.region_id = ? order by m.period_year desc, m.period_half desc nulls first, m.name",
                ps -> ps.setInt(1, regionId), this::model);
    }

    Optional<Model> model(long id) {
        return sql.one("select " + MODEL_COLUMNS + "where m.model_id = ?", ps -> ps.setLong(1, id), this::model);
    }

    Optional<Model> model(int regionId, List<String> targetGroups, Period period) {
        return sql.one("select " + MODEL_COLUMNS + "where m.region_id = ? and m.target_groups = ? and m.period_year = ? "
                        + "and m.period_half is not distinct from ?",
                ps -> {
                    ps.setInt(1, regionId);
                    ps.setArray(2, array(ps.getConnection(), targetGroups));
                    ps.setInt(3, period.year());
                    ps.setObject(4, period.half(), Types.SMALLINT);
                }, this::model);
    }

    long insertModel(int regionId, String name, List<String> targetGroups, Period period, String actor) {
        return sql.one("insert into allocation_model (region_id, name, target_groups, period_year, period_half, created_by) "
                        + "values (?, ?, ?, ?, ?, ?) returning model_id",
                ps -> {
                    ps.setInt(1, regionId);
                    ps.setString(2, name);
                    ps.setArray(3, array(ps.getConnection(), targetGroups));
                    ps.setInt(4, period.year());
                    ps.setObject(5, period.half(), Types.SMALLINT);
                    ps.setString(6, actor);
                }, rs -> rs.getLong(1)).orElseThrow();
    }

    boolean adoptModel(Model m, long scenarioId, String actor) {
        return sql.update("update allocation_model set status = 'ADOPTED', adopted_scenario_id = ?, adopted_at = now(), "
                        + "adopted_by = ?, lock_version = lock_version + 1 where region_id = ? and model_id = ? and status = 'CONCEPT'",
                ps -> {
                    ps.setLong(1, scenarioId);
                    ps.setString(2, actor);
                    ps.setInt(3, m.regionId());
                    ps.setLong(4, m.id());
                }) == 1;
    }

    List<Scenario> scenarios(Model m) {
        return sql.list("select " + SCENARIO_COLUMNS + "where region_id = ? and model_id = ? order by version_no",
                ps -> {
                    ps.setInt(1, m.regionId());
                    ps.setLong(2, m.id());
                }, this::scenario);
    }

    Optional<Scenario> scenario(long id) {
        return sql.one("select " + SCENARIO_COLUMNS + "where scenario_id = ?", ps -> ps.setLong(1, id), this::scenario);
    }

    int scenarioCount(int regionId, long modelId) {
        return sql.one("select count(*) from allocation_scenario where region_id = ? and model_id = ?", ps -> {
            ps.setInt(1, regionId);
            ps.setLong(2, modelId);
        }, rs -> rs.getInt(1)).orElse(0);
    }

    long insertScenario(Model m, ScenarioFields f, String actor) {
        return sql.one("insert into allocation_scenario (region_id, model_id, name, version_no, total_source, total, method, "
                        + "reference_date, criteria, draagkracht, bounds, updated_by) values (?, ?, ?, "
                        + "(select coalesce(max(version_no), 0) + 1 from allocation_scenario where region_id = ? and model_id = ?), "
                        + "?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), ?) returning scenario_id",
                ps -> {
                    ps.setInt(1, m.regionId());
                    ps.setLong(2, m.id());
                    ps.setString(3, f.name());
                    ps.setInt(4, m.regionId());
                    ps.setLong(5, m.id());
                    bindFields(ps, 6, f);
                    ps.setString(13, actor);
                }, rs -> rs.getLong(1)).orElseThrow();
    }

    /** False when the lock version is stale. */
    boolean updateScenario(Scenario s, ScenarioFields f, int lockVersion, String actor) {
        return sql.update("update allocation_scenario set name = ?, total_source = ?, total = ?, method = ?, reference_date = ?, "
                        + "criteria = cast(? as jsonb), draagkracht = cast(? as jsonb), bounds = cast(? as jsonb), "
                        + "lock_version = lock_version + 1, updated_at = now(), updated_by = ? "
                        + "where region_id = ? and scenario_id = ? and lock_version = ?",
                ps -> {
                    ps.setString(1, f.name());
                    bindFields(ps, 2, f);
                    ps.setString(9, actor);
                    ps.setInt(10, s.regionId());
                    ps.setLong(11, s.id());
                    ps.setInt(12, lockVersion);
                }) == 1;
    }

    boolean deleteScenario(Scenario s, int lockVersion) {
        return sql.update("delete from allocation_scenario where region_id = ? and scenario_id = ? and lock_version = ?", ps -> {
            ps.setInt(1, s.regionId());
            ps.setLong(2, s.id());
            ps.setInt(3, lockVersion);
        }) == 1;
    }

    boolean adoptScenario(Scenario s, int lockVersion, String snapshot, String actor) {
        return sql.update("update allocation_scenario set status = 'ADOPTED', snapshot = cast(? as jsonb), adopted_at = now(), "
                        + "adopted_by = ?, lock_version = lock_version + 1 where region_id = ? and scenario_id = ? "
                        + "and lock_version = ? and status = 'CONCEPT'",
                ps -> {
                    ps.setString(1, snapshot);
                    ps.setString(2, actor);
                    ps.setInt(3, s.regionId());
                    ps.setLong(4, s.id());
                    ps.setInt(5, lockVersion);
                }) == 1;
    }

    private void bindFields(java.sql.PreparedStatement ps, int first, ScenarioFields f) throws SQLException {
        ps.setString(first, f.totalSource());
        ps.setInt(first + 1, f.total());
        ps.setString(first + 2, f.method().name());
        ps.setDate(first + 3, Date.valueOf(f.referenceDate()));
        ps.setString(first + 4, write(f.criteria()));
        ps.setString(first + 5, f.draagkracht() == null ? null : write(f.draagkracht()));
        ps.setString(first + 6, write(f.bounds()));
    }

    private Model model(ResultSet rs) throws SQLException {
        Array groups = rs.getArray(6);
        return new Model(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                Arrays.asList((String[]) groups.getArray()), new Period(rs.getInt(7), (Integer) nullableInt(rs, 8)),
                rs.getString(9), (Long) rs.getObject(10), rs.getObject(11, OffsetDateTime.class), rs.getString(12), rs.getInt(13));
    }

    private static Integer nullableInt(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private Scenario scenario(ResultSet rs) throws SQLException {
        String draagkracht = rs.getString(12);
        return new Scenario(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getInt(5), rs.getString(6),
                rs.getString(7), rs.getInt(8), Method.valueOf(rs.getString(9)), rs.getDate(10).toLocalDate(),
                read(rs.getString(11), Argument.listOf(CriterionView.class)),
                draagkracht == null ? null : read(draagkracht, Argument.of(DraagkrachtView.class)),
                read(rs.getString(13), Argument.listOf(BoundView.class)), rs.getString(14), rs.getInt(15),
                rs.getObject(16, OffsetDateTime.class), rs.getString(17), rs.getObject(18, OffsetDateTime.class), rs.getString(19));
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    <T> T read(String text, Argument<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Array array(java.sql.Connection c, List<String> values) throws SQLException {
        return c.createArrayOf("text", values.toArray(String[]::new));
    }
}
