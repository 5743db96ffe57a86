package nl.thuisplan.auth;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
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
 * A failed login answers 401 {@code LOGIN_FAILED} whatever was wrong, a lock included, so the answer
 * never tells whether an account exists or is locked; the message says that repeated failures block
 * for a while. Only an address that failed too often gets 429 {@code LOGIN_THROTTLED} with
 * {@code Retry-After}: that is about the address, not about any account. A database outage answers
 * 503 {@code DATABASE_UNAVAILABLE}, so nobody is told a right password is wrong. Only after a right password:
 * 401 {@code TOTP_REQUIRED} when the person's second factor needs its code (a wrong code is LOGIN_FAILED), and
 * 403 {@code LOCAL_LOGIN_DISABLED} when an organisation of the person allows only its own identity provider.
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
        String message = exception.getMessage() == null ? "" : exception.getMessage();
        if (message.startsWith(LoginService.THROTTLED)) {
            String seconds = message.substring(LoginService.THROTTLED.length());
            ProblemException problem = new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "LOGIN_THROTTLED",
                    "Er is vanaf dit adres te vaak zonder succes geprobeerd in te loggen. Probeer het later opnieuw.");
            return processor.processResponse(ErrorContext.builder(request).cause(problem).build(),
                    HttpResponse.status(problem.status()).header(HttpHeaders.RETRY_AFTER, seconds));
        }
        if (LoginService.TOTP_REQUIRED.equals(message)) {
            return problem(request, new ProblemException(HttpStatus.UNAUTHORIZED, "TOTP_REQUIRED",
                    "Voer de code uit uw authenticator-app in."));
        }
        if (LoginService.LOCAL_LOGIN_DISABLED.equals(message)) {
            return problem(request, new ProblemException(HttpStatus.FORBIDDEN, "LOCAL_LOGIN_DISABLED",
                    "Uw organisatie logt in via haar eigen inlogdienst."));
        }
        ProblemException problem = new ProblemException(HttpStatus.UNAUTHORIZED, "LOGIN_FAILED",
                "Onjuiste gebruikersnaam of wachtwoord. Na vijf mislukte pogingen kunt u een kwartier niet inloggen; "
                        + "uw beheerder kan dat opheffen.");
        return processor.processResponse(ErrorContext.builder(request).cause(problem).build(),
                HttpResponse.status(problem.status()));
    }

    private MutableHttpResponse<?> problem(HttpRequest<?> request, ProblemException problem) {
        return processor.processResponse(ErrorContext.builder(request).cause(problem).build(), HttpResponse.status(problem.status()));
    }
}
