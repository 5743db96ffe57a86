package nl.thuisplan.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;

/** One recorded change, as shown in a history. */
@Serdeable
public record AuditEvent(OffsetDateTime at, String actor, String action, @Nullable Integer versionNo,
                         @Nullable String field, @Nullable String oldValue, @Nullable String newValue,
                         @Nullable String detail) {
}
