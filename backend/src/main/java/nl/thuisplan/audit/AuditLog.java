package nl.thuisplan.audit;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import nl.thuisplan.common.Paging;

/**
 * Writes and reads audit events. Writing happens inside the caller's transaction, so a change and
 * its audit record are committed together or not at all.
 */
@Singleton
public class AuditLog {

    private final AuditEventRepository events;
    private final PlatformAuditEventRepository platformEvents;
    private final ApplicationEventPublisher<Recorded> published;

    @Inject
    public AuditLog(AuditEventRepository events, PlatformAuditEventRepository platformEvents,
                    ApplicationEventPublisher<Recorded> published) {
        this.events = events;
        this.platformEvents = platformEvents;
        this.published = published;
    }

    /** For tests that replace the recording: no platform events, nobody told. */
    protected AuditLog(AuditEventRepository events) {
        this(events, null, null);
    }

    /**
     * Published (synchronously, on the recording thread, so inside the same transaction) after changes were
     * recorded: the one hook through which other features react to a step, e.g. the notifications.
     */
    public record Recorded(List<Change> changes) {
    }

    /**
     * The history of one entity across every region in the caller's scope and, with the whole scope,
     * the platform's own events, newest first: e.g. everything done to one person.
     */
    public List<AuditEvent> historyInScope(String entityType, String entityId) {
        return platformEvents.historyInScope(entityType, entityId).stream()
                .map(r -> new AuditEvent(r.occurredAt().atOffset(ZoneOffset.UTC), r.actor(), r.action(), r.versionNo(), r.field(),
                        r.oldValue(), r.newValue(), r.detail()))
                .toList();
    }

    /**
     * What changed; {@code field} names the figure, e.g. "dakloos/zelfstandig/STOCK". A change that
     * concerns no single region (the platform, a person working in several regions) has no
     * {@code regionId}: it is kept apart, visible only with the whole scope ({@code platform_audit_event}).
     */
    public record Change(@Nullable Integer regionId, String actor, String action, String entityType, String entityId,
                         @Nullable Integer versionNo, @Nullable String field, @Nullable String oldValue,
                         @Nullable String newValue, @Nullable String detail) {
    }

    public void record(Change c) {
        if (c.regionId() == null) {
            platformEvents.insert(PlatformAuditEntry.of(c));
        } else {
            events.insert(AuditEntry.of(c));
        }
        publish(List.of(c));
    }

    /**
     * Many events in one JDBC batch (a cell's changed attributes, a workflow step, an import): one
     * round trip however many events there are.
     */
    public void recordAll(List<Change> changes) {
        List<AuditEntry> regional = changes.stream().filter(c -> c.regionId() != null).map(AuditEntry::of).toList();
        if (!regional.isEmpty()) {
            events.insertAll(regional);
        }
        changes.stream().filter(c -> c.regionId() == null).forEach(c -> platformEvents.insert(PlatformAuditEntry.of(c)));
        publish(changes);
    }

    private void publish(List<Change> changes) {
        if (published != null && !changes.isEmpty()) {
            published.publishEvent(new Recorded(List.copyOf(changes)));
        }
    }

    /**
     * One page of the history of one entity (all its versions share the entity id), newest first; optionally
     * one field and its details. {@code page.cursor()} is the last event of the previous page.
     */
    public HistoryPage history(int regionId, String entityType, String entityId, @Nullable String field, Paging page) {
        // a figure's range, source and note are recorded as "<field>:low" etc.
        String details = field == null ? null : field.replace("!", "!!").replace("%", "!%").replace("_", "!_") + ":%";
        // one row more than asked says whether there is a next page
        List<AuditEventRepository.Row> rows = events.history(regionId, entityType, entityId, field, details,
                page.cursor(), page.limit() + 1);
        boolean more = rows.size() > page.limit();
        List<AuditEventRepository.Row> shown = more ? rows.subList(0, page.limit()) : rows;
        long total = events.countHistory(regionId, entityType, entityId, field, details);
        return new HistoryPage(shown.stream().map(AuditLog::event).toList(), total,
                more ? shown.get(shown.size() - 1).eventId() : null);
    }

    /** A page of events, the number of all of them, and the cursor of the next page (null on the last). */
    public record HistoryPage(List<AuditEvent> items, long total, @Nullable Long next) {
    }

    private static AuditEvent event(AuditEventRepository.Row r) {
        return new AuditEvent(r.occurredAt().atOffset(ZoneOffset.UTC), r.actor(), r.action(), r.versionNo(), r.field(),
                r.oldValue(), r.newValue(), r.detail());
    }

    /** A recent event as a feed shows it: where, when, who, what, and the municipality it concerns if any. */
    @Introspected
    public record Recent(int regionId, String regionCode, String regionName, Instant occurredAt, String actor, String action,
                         String entityType, String entityId, @Nullable String municipalityName) {
    }

    /**
     * The latest events of the given actions in the caller's scope (row-level security decides, under the terms of
     * {@code audit_event_visible}), at most {@code perRegion} per region, newest first.
     */
    public List<Recent> latest(Collection<String> actions, Instant since, int perRegion) {
        return events.latest(actions.toArray(String[]::new), since, perRegion);
    }
}
