package nl.thuisplan.audit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/**
 * The events that concern no single region ({@code platform_audit_event}), appended like
 * {@code audit_event} and visible only with the whole scope.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PlatformAuditEventRepository extends GenericRepository<PlatformAuditEntry, Long> {

    @Query("""
            insert into platform_audit_event (actor, action, entity_type, entity_id, version_no, field, old_value, new_value, detail)
            values (:actor, :action, :entityType, :entityId, :versionNo, :field, :oldValue, :newValue, :detail)""")
    void insert(PlatformAuditEntry entry);

    /** One entity's events in every region in scope and on the platform (row-level security picks), newest first. */
    @Query("""
            select event_id, occurred_at, actor, action, version_no, field, old_value, new_value, detail from (
              select occurred_at, event_id, actor, action, version_no, field, old_value, new_value, detail
              from audit_event where entity_type = :entityType and entity_id = :entityId
              union all
              select occurred_at, event_id, actor, action, version_no, field, old_value, new_value, detail
              from platform_audit_event where entity_type = :entityType and entity_id = :entityId) e
            order by occurred_at desc, event_id desc limit 2000""")
    List<AuditEventRepository.Row> historyInScope(String entityType, String entityId);
}
