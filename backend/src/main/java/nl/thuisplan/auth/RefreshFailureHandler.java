package nl.thuisplan.auth;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.errors.IssuingAnAccessTokenErrorCode;
import io.micronaut.security.errors.OauthErrorResponseException;
import io.micronaut.security.errors.OauthErrorResponseExceptionHandler;
import jakarta.inject.Singleton;
import nl.thuisplan.common.ProblemException;

/** A refresh that fails (forged, expired or revoked token) answers in the same problem shape as the rest of the API. */
@Produces
@Singleton
@Replaces(OauthErrorResponseExceptionHandler.class)
class RefreshFailureHandler implements ExceptionHandler<OauthErrorResponseException, MutableHttpResponse<?>> {

    private final ErrorResponseProcessor<?> processor;

    RefreshFailureHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, OauthErrorResponseException exception) {
        ProblemException problem = exception.getError() == IssuingAnAccessTokenErrorCode.INVALID_GRANT
                ? new ProblemException(HttpStatus.UNAUTHORIZED, "REFRESH_TOKEN_INVALID", "De sessie is verlopen. Log opnieuw in.")
                : new ProblemException(HttpStatus.BAD_REQUEST, "REFRESH_REQUEST_INVALID",
                        "Geef grant_type 'refresh_token' en een refresh_token mee.");
        return processor.processResponse(ErrorContext.builder(request).cause(problem).build(),
                HttpResponse.status(problem.status()));
    }
}
