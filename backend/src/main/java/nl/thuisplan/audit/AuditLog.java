package nl.thuisplan.audit;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes and reads audit events. Writing happens inside the caller's transaction, so a change and
 * its audit record are committed together or not at all.
 */
@Singleton
public class AuditLog {

    private final AuditEventRepository events;

    public AuditLog(AuditEventRepository events) {
        this.events = events;
    }

    /** What changed; {@code field} names the figure, e.g. "dakloos/zelfstandig/STOCK". */
    public record Change(int regionId, String actor, String action, String entityType, String entityId,
                         @Nullable Integer versionNo, @Nullable String field, @Nullable String oldValue,
                         @Nullable String newValue, @Nullable String detail) {
    }

    public void record(Change c) {
        events.insert(AuditEntry.of(c));
    }

    /**
     * Many events in one JDBC batch (a cell's changed attributes, a workflow step, an import): one
     * round trip however many events there are.
     */
    public void recordAll(List<Change> changes) {
        if (!changes.isEmpty()) {
            events.insertAll(changes.stream().map(AuditEntry::of).toList());
        }
    }

    /** The history of one entity (all its versions share the entity id), newest first; optionally one field and its details. */
    public List<AuditEvent> history(int regionId, String entityType, String entityId, @Nullable String field) {
        // a figure's range, source and note are recorded as "<field>:low" etc.
        String details = field == null ? null : field.replace("!", "!!").replace("%", "!%").replace("_", "!_") + ":%";
        return events.history(regionId, entityType, entityId, field, details).stream()
                .map(r -> new AuditEvent(r.occurredAt().atOffset(ZoneOffset.UTC), r.actor(), r.action(), r.versionNo(), r.field(),
                        r.oldValue(), r.newValue(), r.detail()))
                .toList();
    }
}
