package nl.thuisplan.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code platform_audit_event}: an event that concerns no single region. */
@MappedEntity("platform_audit_event")
record PlatformAuditEntry(@Id @Nullable Long eventId, String actor, String action, String entityType, String entityId,
                          @Nullable Integer versionNo, @Nullable String field, @Nullable String oldValue,
                          @Nullable String newValue, @Nullable String detail) {

    static PlatformAuditEntry of(AuditLog.Change c) {
        return new PlatformAuditEntry(null, c.actor(), c.action(), c.entityType(), c.entityId(), c.versionNo(), c.field(),
                c.oldValue(), c.newValue(), c.detail());
    }
}
