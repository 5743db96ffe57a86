package nl.thuisplan.common;

import io.micronaut.core.annotation.Nullable;

/**
 * The paging contract of every list that can grow (docs/api/README.md): {@code limit} (1 to {@link #MAX},
 * {@link #DEFAULT} when absent) and an opaque {@code cursor} from the previous page's {@code nextCursor}.
 * Anything else is 400 with the field named, never a silently shortened list.
 */
public record Paging(int limit, @Nullable Long cursor) {

    public static final int DEFAULT = 50;
    public static final int MAX = 200;

    public static Paging of(@Nullable Integer limit, @Nullable String cursor) {
        if (limit != null && (limit < 1 || limit > MAX)) {
            throw ProblemException.badInput("limit", "OUT_OF_RANGE", "Vraag 1 tot en met " + MAX + " regels per keer op.");
        }
        Long after = null;
        if (cursor != null && !cursor.isEmpty()) {
            try {
                after = Long.parseLong(cursor);
            } catch (NumberFormatException e) {
                after = -1L;
            }
            if (after < 0) {
                throw ProblemException.badInput("cursor", "INVALID_FORMAT", "Deze vervolgpagina bestaat niet; begin opnieuw.");
            }
        }
        return new Paging(limit == null ? DEFAULT : limit, after);
    }
}
