package nl.thuisplan.common;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * A request that failed because the database could not be reached is not a bug but an outage the
 * client can wait out: 503 {@code DATABASE_UNAVAILABLE} with {@code Retry-After}, instead of a 500.
 * Recognised anywhere in the cause chain, because the same outage arrives wrapped differently
 * depending on where it struck: Hikari's pool timeout when no connection can be made
 * ({@link SQLTransientConnectionException}), or PostgreSQL's own errors on a connection that was
 * open when the server went away (SQLState class 08, or 57P01/57P02/57P03 for a server that is
 * shutting down or starting), or Hikari's closed stand-in for such a connection, inside Micronaut
 * Data's or the transaction manager's exceptions.
 */
public final class DatabaseUnavailable {

    public static final String CODE = "DATABASE_UNAVAILABLE";
    /** Seconds a client should wait: a restarted PostgreSQL accepts connections again within a few. */
    static final String RETRY_AFTER_SECONDS = "5";
    /** admin_shutdown, crash_shutdown, cannot_connect_now */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");
    private static final int MAX_DEPTH = 20;

    private DatabaseUnavailable() {
    }

    /** Whether the failure is the database being out of reach rather than something the request did. */
    public static boolean causedBy(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < MAX_DEPTH; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && (unreachable(sql.getSQLState()) || evictedByThePool(sql))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Hikari (5.x) replaces a connection that broke (the server went away mid-request) by a closed
     * stand-in whose every call throws this, without an SQLState; the clean-up after the original
     * failure then reports it instead of the original.
     */
    private static boolean evictedByThePool(SQLException sql) {
        return sql.getSQLState() == null && "Connection is closed".equals(sql.getMessage());
    }

    private static boolean unreachable(String state) {
        return state != null && (state.startsWith("08") || SERVER_GOING_AWAY.contains(state));
    }

    /**
     * The 503 for a failure that reached a handler without its SQL cause (e.g. a login, which
     * Micronaut Security reduces to a failure message).
     */
    public static MutableHttpResponse<?> respond(ErrorResponseProcessor<?> processor, HttpRequest<?> request) {
        Throwable outage = new SQLTransientConnectionException("database unavailable");
        return processor.processResponse(ErrorContext.builder(request).cause(outage).build(), HttpResponse.serverError());
    }

    /** Turns the response into the 503 with Retry-After and returns its body. */
    static Problem answer(MutableHttpResponse<?> response) {
        response.status(HttpStatus.SERVICE_UNAVAILABLE);
        response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return Problem.of(503, "Tijdelijk niet beschikbaar", CODE,
                "De database is even niet bereikbaar. Er is niets opgeslagen; probeer het over een paar seconden opnieuw.",
                null);
    }
}
