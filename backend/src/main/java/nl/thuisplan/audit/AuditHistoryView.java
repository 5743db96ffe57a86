package nl.thuisplan.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * One page of a history as the API sends it (the paging contract in docs/api/README.md): the events,
 * how many there are in all, the page size, and the cursor and link of the next page (null on the last).
 */
@Serdeable
public record AuditHistoryView(List<AuditEvent> items, long total, int limit, @Nullable String nextCursor, Links links) {

    /** {@code next}: the request for the next page, as a path with its query; null on the last page. */
    @Serdeable
    public record Links(@Nullable String next) {
    }

    /** {@code path} is the request without paging parameters, e.g. "/api/v1/…/history?cell=x". */
    public static AuditHistoryView of(AuditLog.HistoryPage page, int limit, String path) {
        String cursor = page.next() == null ? null : page.next().toString();
        String next = cursor == null ? null
                : path + (path.contains("?") ? "&" : "?") + "limit=" + limit + "&cursor=" + cursor;
        return new AuditHistoryView(page.items(), page.total(), limit, cursor, new Links(next));
    }
}
