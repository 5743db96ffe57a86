package nl.thuisplan.common;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database's own guards as answers instead of 500s. Services check first ("there is already a
 * document for this year"), but two people can pass that check at the same moment; then a unique or
 * exclusion constraint, or serialisation, refuses the second one. That is a conflict the user can
 * resolve by reloading, so it is a 409 {@code CONCURRENT_CHANGE}. Anything else stays a 500, logged.
 */
@Produces
@Singleton
class ConcurrentChangeHandler implements ExceptionHandler<DataAccessException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(ConcurrentChangeHandler.class);
    /** unique_violation, exclusion_violation, serialization_failure, deadlock_detected */
    static final Set<String> CONFLICTS = Set.of("23505", "23P01", "40001", "40P01");

    private final ErrorResponseProcessor<?> processor;

    ConcurrentChangeHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, DataAccessException exception) {
        String state = sqlState(exception);
        if (state != null && CONFLICTS.contains(state)) {
            ProblemException conflict = new ProblemException(HttpStatus.CONFLICT, "CONCURRENT_CHANGE",
                    "Iemand anders legde op hetzelfde moment hetzelfde vast. Laad de pagina opnieuw en kijk of uw wijziging nog nodig is.");
            return processor.processResponse(ErrorContext.builder(request).cause(conflict).build(), HttpResponse.status(HttpStatus.CONFLICT));
        }
        if (DatabaseUnavailable.causedBy(exception)) {
            // an outage, answered 503 by the processor: one line per request, not a stack trace each
            LOG.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getPath(), exception.getMessage());
        } else {
            LOG.error("Unexpected database error on {} {}", request.getMethod(), request.getPath(), exception);
        }
        return processor.processResponse(ErrorContext.builder(request).cause(exception).build(), HttpResponse.serverError());
    }

    static String sqlState(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
