package nl.thuisplan.auth.browser;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationException;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.Authenticator;
import io.micronaut.security.token.refresh.RefreshTokenPersistence;
import io.micronaut.security.token.validator.RefreshTokenValidator;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import nl.thuisplan.auth.LoginCredentials;
import nl.thuisplan.auth.session.RefreshTokens;
import nl.thuisplan.auth.session.SessionService;
import nl.thuisplan.common.ProblemException;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * What the browser session endpoints do. The login goes through Micronaut's {@link Authenticator}, exactly
 * as the bearer login does (the same provider, throttle and lock-out); a failure is thrown as the same
 * {@link AuthenticationException}, so the application's one handler of failed logins answers it
 * ({@code LOGIN_FAILED}, {@code LOGIN_THROTTLED}, {@code DATABASE_UNAVAILABLE}, and whatever the second
 * factor adds). A refresh goes through Micronaut's refresh-token validator and the application's
 * {@link RefreshTokenPersistence} (rotation with reuse detection), exactly as {@code POST /api/v1/auth/token}.
 */
@Singleton
class BrowserLogin {

    /** Longer input is no login name, password or code of ours: refused before any work. */
    static final int MAX_USERNAME = 320;
    static final int MAX_PASSWORD = 1024;
    static final int MAX_CODE = 64;

    private final Authenticator<HttpRequest<?>> authenticator;
    private final SessionCookies cookies;
    private final RefreshTokenValidator validator;
    private final RefreshTokenPersistence persistence;
    private final SessionService sessions;
    private final List<ProviderLogout> providerLogouts;
    private final ErrorResponseProcessor<?> processor;

    BrowserLogin(Authenticator<HttpRequest<?>> authenticator, SessionCookies cookies, RefreshTokenValidator validator,
                 RefreshTokenPersistence persistence, SessionService sessions, List<ProviderLogout> providerLogouts,
                 ErrorResponseProcessor<?> processor) {
        this.authenticator = authenticator;
        this.cookies = cookies;
        this.validator = validator;
        this.persistence = persistence;
        this.sessions = sessions;
        this.providerLogouts = providerLogouts;
        this.processor = processor;
    }

    MutableHttpResponse<Void> login(HttpRequest<?> request, LoginCredentials credentials) {
        requireWithin("username", credentials.getUsername(), MAX_USERNAME);
        requireWithin("password", credentials.getPassword(), MAX_PASSWORD);
        requireWithin("code", credentials.getCode(), MAX_CODE);
        // the LoginCredentials object itself, code included, is what the authentication provider sees
        AuthenticationResponse response = first(authenticator.authenticate(request, credentials));
        if (response == null || !response.isAuthenticated() || response.getAuthentication().isEmpty()) {
            throw new AuthenticationException(response == null ? null : response.getMessage().orElse(null));
        }
        return cookies.start(response.getAuthentication().get(), request, HttpResponse.noContent());
    }

    MutableHttpResponse<?> refresh(HttpRequest<?> request, @Nullable String refreshToken) {
        Optional<String> key = refreshToken == null || refreshToken.isBlank() ? Optional.empty() : validator.validate(refreshToken);
        if (key.isEmpty()) {
            return refused(request, RefreshTokens.invalid());
        }
        Authentication authentication;
        try {
            authentication = first(persistence.getAuthentication(key.get()));
        } catch (ProblemException e) {
            // REFRESH_TOKEN_REUSED has revoked the whole session by now
            return refused(request, e);
        }
        if (authentication == null) {
            return refused(request, RefreshTokens.invalid());
        }
        // the authentication names its session (claim sid): the new pair continues it
        return cookies.issue(authentication, request, HttpResponse.noContent());
    }

    MutableHttpResponse<BrowserSessionController.LogoutAnswer> logout(HttpRequest<?> request, @Nullable String refreshToken) {
        String sessionId = refreshToken == null || refreshToken.isBlank() ? null
                : sessions.endByRefreshToken(refreshToken).orElse(null);
        String endSessionUrl = null;
        for (ProviderLogout provider : providerLogouts) {
            endSessionUrl = provider.endSessionUrl(request, sessionId);
            if (endSessionUrl != null) {
                break;
            }
        }
        return cookies.clear(HttpResponse.ok(new BrowserSessionController.LogoutAnswer(endSessionUrl)));
    }

    /** A refused refresh also clears the cookies: the session is over in the browser too. */
    private MutableHttpResponse<?> refused(HttpRequest<?> request, ProblemException problem) {
        return cookies.clear(processor.processResponse(ErrorContext.builder(request).cause(problem).build(),
                HttpResponse.status(problem.status())));
    }

    private static void requireWithin(String field, @Nullable String value, int max) {
        if (value != null && value.length() > max) {
            throw ProblemException.badInput(field, "TOO_LONG", "Maximaal " + max + " tekens.");
        }
        if (value != null && value.indexOf('\0') >= 0) {
            throw ProblemException.badInput(field, "INVALID", "Ongeldige tekens.");
        }
    }


    /**
     * The first item of a publisher, waited for on this (blocking) thread; its error is thrown as it is.
     * Reactor is not on the application's compile path, so this is the whole of what is needed of it.
     */
    private static <T> @Nullable T first(Publisher<T> publisher) {
        CompletableFuture<T> result = new CompletableFuture<>();
        publisher.subscribe(new Subscriber<T>() {
            @Override
            public void onSubscribe(Subscription subscription) {
                subscription.request(1);
            }

            @Override
            public void onNext(T item) {
                result.complete(item);
            }

            @Override
            public void onError(Throwable error) {
                result.completeExceptionally(error);
            }

            @Override
            public void onComplete() {
                result.complete(null);
            }
        });
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }
}
