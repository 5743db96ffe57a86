package nl.thuisplan.audit;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

/** The rows of {@code audit_event}: appended (the application role may not change them) and read per entity. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditEventRepository extends GenericRepository<AuditEntry, Long> {

    /** One event as read back; the time as an instant, so the caller decides the offset it is shown in. */
    @Introspected
    record Row(long eventId, Instant occurredAt, String actor, String action, @Nullable Integer versionNo, @Nullable String field,
               @Nullable String oldValue, @Nullable String newValue, @Nullable String detail) {
    }

    String INSERT = """
            insert into audit_event (region_id, actor, action, entity_type, entity_id, version_no, field, old_value, new_value, detail)
            values (:regionId, :actor, :action, :entityType, :entityId, :versionNo, :field, :oldValue, :newValue, :detail)""";

    @Query(INSERT)
    void insert(AuditEntry entry);

    /** Sent as one JDBC batch. */
    @Query(INSERT)
    void insertAll(List<AuditEntry> entries);

    /**
     * One page of an entity's events, newest first, at most {@code limit}; {@code before} (an event id, the
     * cursor of the previous page) continues after that event. {@code fieldPattern} (LIKE with escape '!')
     * also takes a field's details. Keyset paging: no row is skipped or repeated when events arrive meanwhile.
     */
    @Query("""
            select event_id, occurred_at, actor, action, version_no, field, old_value, new_value, detail
            from audit_event where region_id = :regionId and entity_type = :entityType and entity_id = :entityId
              and (cast(:field as text) is null or field = :field or field like :fieldPattern escape '!')
              and (cast(:before as bigint) is null or (occurred_at, event_id) <
                   (select b.occurred_at, b.event_id from audit_event b where b.region_id = :regionId and b.event_id = :before))
            order by occurred_at desc, event_id desc limit :limit""")
    List<Row> history(int regionId, String entityType, String entityId, @Nullable String field, @Nullable String fieldPattern,
                      @Nullable Long before, int limit);

    /** How many events {@link #history} pages through (one entity: cheap). */
    @Query("""
            select count(*) from audit_event where region_id = :regionId and entity_type = :entityType and entity_id = :entityId
              and (cast(:field as text) is null or field = :field or field like :fieldPattern escape '!')""")
    long countHistory(int regionId, String entityType, String entityId, @Nullable String field, @Nullable String fieldPattern);

    /**
     * The latest events with one of {@code actions} since a moment, at most {@code perRegion} per region, newest first;
     * row-level security ({@code audit_event_visible}) leaves out what the caller may not see. The municipality is the
     * one an entity id starts with ("GM0384/2031"), where there is one.
     */
    @Query("""
            select e.region_id, r.code as region_code, r.name as region_name, e.occurred_at, e.actor, e.action,
                   e.entity_type, e.entity_id, m.name as municipality_name
            from (select a.region_id, a.event_id, a.occurred_at, a.actor, a.action, a.entity_type, a.entity_id,
                         row_number() over (partition by a.region_id order by a.occurred_at desc, a.event_id desc) as n
                  from audit_event a where a.action = any(:actions) and a.occurred_at > :since) e
            join region r on r.region_id = e.region_id
            left join municipality m on m.code = split_part(e.entity_id, '/', 1)
            where e.n <= :perRegion
            order by e.occurred_at desc, e.event_id desc limit 300""")
    List<AuditLog.Recent> latest(String[] actions, Instant since, int perRegion);
}
