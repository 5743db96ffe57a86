package nl.thuisplan.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of {@code audit_event} as it is written; the database fills in the id and the time. The
 * id is not marked generated: the insert names its columns itself and nothing reads the id back.
 */
@MappedEntity("audit_event")
record AuditEntry(@Id @Nullable Long eventId, int regionId, String actor, String action, String entityType, String entityId,
                  @Nullable Integer versionNo, @Nullable String field, @Nullable String oldValue, @Nullable String newValue,
                  @Nullable String detail) {

    static AuditEntry of(AuditLog.Change c) {
        return new AuditEntry(null, c.regionId(), c.actor(), c.action(), c.entityType(), c.entityId(), c.versionNo(), c.field(),
                c.oldValue(), c.newValue(), c.detail());
    }
}
