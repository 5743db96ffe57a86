package nl.thuisplan.audit;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import nl.thuisplan.common.Sql;

/**
 * Writes and reads audit events. Writing happens inside the caller's transaction, so a change and
 * its audit record are committed together or not at all.
 */
@Singleton
public class AuditLog {

    private final Sql sql;

    public AuditLog(Sql sql) {
        this.sql = sql;
    }

    /** What changed; {@code field} names the figure, e.g. "dakloos/zelfstandig/STOCK". */
    public record Change(int regionId, String actor, String action, String entityType, String entityId,
                         @Nullable Integer versionNo, @Nullable String field, @Nullable String oldValue,
                         @Nullable String newValue, @Nullable String detail) {
    }

    private static final String INSERT = "insert into audit_event (region_id, actor, action, entity_type, entity_id, "
            + "version_no, field, old_value, new_value, detail) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    public void record(Change c) {
        sql.update(INSERT, binder(c));
    }

    /**
     * Many events in one statement (a cell's changed attributes, a workflow step, an import): the
     * columns travel as arrays, so the database sees one insert however many events there are.
     */
    public void recordAll(List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        if (changes.size() == 1) {
            record(changes.get(0));
            return;
        }
        sql.update("insert into audit_event (region_id, actor, action, entity_type, entity_id, version_no, field, old_value, "
                + "new_value, detail) select * from unnest(?::integer[], ?::text[], ?::text[], ?::text[], ?::text[], "
                + "?::integer[], ?::text[], ?::text[], ?::text[], ?::text[])", ps -> {
                    var c = ps.getConnection();
                    ps.setArray(1, c.createArrayOf("integer", changes.stream().map(Change::regionId).toArray()));
                    ps.setArray(2, c.createArrayOf("text", changes.stream().map(Change::actor).toArray()));
                    ps.setArray(3, c.createArrayOf("text", changes.stream().map(Change::action).toArray()));
                    ps.setArray(4, c.createArrayOf("text", changes.stream().map(Change::entityType).toArray()));
                    ps.setArray(5, c.createArrayOf("text", changes.stream().map(Change::entityId).toArray()));
                    ps.setArray(6, c.createArrayOf("integer", changes.stream().map(Change::versionNo).toArray()));
                    ps.setArray(7, c.createArrayOf("text", changes.stream().map(Change::field).toArray()));
                    ps.setArray(8, c.createArrayOf("text", changes.stream().map(Change::oldValue).toArray()));
                    ps.setArray(9, c.createArrayOf("text", changes.stream().map(Change::newValue).toArray()));
                    ps.setArray(10, c.createArrayOf("text", changes.stream().map(Change::detail).toArray()));
                });
    }

    private static Sql.Binder binder(Change c) {
        return ps -> {
            ps.setInt(1, c.regionId());
            ps.setString(2, c.actor());
            ps.setString(3, c.action());
            ps.setString(4, c.entityType());
            ps.setString(5, c.entityId());
            ps.setObject(6, c.versionNo(), Types.INTEGER);
            ps.setString(7, c.field());
            ps.setString(8, c.oldValue());
            ps.setString(9, c.newValue());
            ps.setString(10, c.detail());
        };
    }

    /** The history of one entity (all its versions share the entity id), newest first; optionally one field and its details. */
    public List<AuditEvent> history(int regionId, String entityType, String entityId, @Nullable String field) {
        return sql.list("select occurred_at, actor, action, version_no, field, old_value, new_value, detail "
                        + "from audit_event where region_id = ? and entity_type = ? and entity_id = ? "
                        + "and (cast(? as text) is null or field = ? or field like ? escape '!') "
                        + "order by occurred_at desc, event_id desc limit 2000",
                ps -> {
                    ps.setInt(1, regionId);
                    ps.setString(2, entityType);
                    ps.setString(3, entityId);
                    ps.setString(4, field);
                    ps.setString(5, field);
                    // a figure's range, source and note are recorded as "<field>:low" etc.
                    ps.setString(6, field == null ? null : field.replace("!", "!!").replace("%", "!%").replace("_", "!_") + ":%");
                },
                rs -> new AuditEvent(rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getString(3),
                        (Integer) rs.getObject(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
    }
}
