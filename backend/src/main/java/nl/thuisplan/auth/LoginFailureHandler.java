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
import io.micronaut.security.authentication.AuthenticationException;
import io.micronaut.security.authentication.AuthenticationExceptionHandler;
import jakarta.inject.Singleton;
import nl.thuisplan.common.DatabaseUnavailable;
import nl.thuisplan.common.ProblemException;

/**
 * A failed login answers 401 {@code LOGIN_FAILED} whatever was wrong (no hint whether the user
 * exists), except a locked account: 423 {@code LOGIN_LOCKED}, so the user knows to wait, and a
 * database outage: 503 {@code DATABASE_UNAVAILABLE}, so nobody is told a right password is wrong.
 */
@Produces
@Singleton
@Replaces(AuthenticationExceptionHandler.class)
class LoginFailureHandler implements ExceptionHandler<AuthenticationException, MutableHttpResponse<?>> {

    private final ErrorResponseProcessor<?> processor;

    LoginFailureHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthenticationException exception) {
        if (DatabaseUnavailable.CODE.equals(exception.getMessage())) {
            return DatabaseUnavailable.respond(processor, request);
        }
        boolean locked = LoginService.LOCKED.equals(exception.getMessage());
        ProblemException problem = locked
                ? new ProblemException(HttpStatus.LOCKED, "LOGIN_LOCKED",
                        "Dit account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het over een kwartier opnieuw.")
                : new ProblemException(HttpStatus.UNAUTHORIZED, "LOGIN_FAILED", "Onjuiste gebruikersnaam of wachtwoord.");
        return processor.processResponse(ErrorContext.builder(request).cause(problem).build(),
                HttpResponse.status(problem.status()));
    }
}
