package nl.thuisplan.people.admin;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The administration log: administrative events of the regions in scope ({@code audit_event}) and,
 * with the whole scope only, the platform's own ({@code platform_audit_event}); row-level security
 * picks both. Dates are days in Dutch time.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AdminAuditRepository extends GenericRepository<AdminAuditEvent, Long> {

    @Introspected
    record Row(Instant occurredAt, String actor, String action, String entityType, String entityId, @Nullable String field,
               @Nullable String oldValue, @Nullable String newValue, @Nullable String detail) {
    }

    String ADMINISTRATIVE = "entity_type in ('person', 'membership', 'organisation', 'session', 'region')";

    String EVENTS = """
            from (select occurred_at, event_id, 1 as source, actor, action, entity_type, entity_id, field, old_value, new_value, detail
                  from audit_event where """ + " " + ADMINISTRATIVE + """

                  union all
                  select occurred_at, event_id, 0 as source, actor, action, entity_type, entity_id, field, old_value, new_value, detail
                  from platform_audit_event where """ + " " + ADMINISTRATIVE + """
            ) e
            where (cast(:action as text) is null or e.action = :action)
              and (cast(:fromDay as date) is null or cast(e.occurred_at at time zone 'Europe/Amsterdam' as date) >= :fromDay)
              and (cast(:toDay as date) is null or cast(e.occurred_at at time zone 'Europe/Amsterdam' as date) <= :toDay)
              and (cast(:personId as text) is null
                   or (e.entity_type in ('person', 'session') and e.entity_id = :personId)
                   or e.actor = :personUsername)
            """;

    @Query("select occurred_at, actor, action, entity_type, entity_id, field, old_value, new_value, detail " + EVENTS
            + " order by e.occurred_at desc, e.source, e.event_id desc limit :limit offset :offset")
    List<Row> list(@Nullable String action, @Nullable LocalDate fromDay, @Nullable LocalDate toDay, @Nullable String personId,
                   @Nullable String personUsername, int limit, int offset);

    @Query("select count(*) " + EVENTS)
    long count(@Nullable String action, @Nullable LocalDate fromDay, @Nullable LocalDate toDay, @Nullable String personId,
               @Nullable String personUsername);

    /** The person's login name (as actors are recorded), when the caller can see the person. */
    @Query("select username from app_user where user_id = :userId")
    Optional<String> username(long userId);
}
