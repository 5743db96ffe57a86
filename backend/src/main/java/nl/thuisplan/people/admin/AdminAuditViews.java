package nl.thuisplan.people.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;
import java.util.List;

/** The administration log as the beheerder reads it. */
public final class AdminAuditViews {

    private AdminAuditViews() {
    }

    @Serdeable
    public record AdminAuditItem(OffsetDateTime occurredAt, String actor, String action, String entityType, String entityId,
                                 @Nullable String field, @Nullable String oldValue, @Nullable String newValue,
                                 @Nullable String detail) {
    }

    @Serdeable
    public record AdminAuditPage(List<AdminAuditItem> items, long total) {
    }
}
