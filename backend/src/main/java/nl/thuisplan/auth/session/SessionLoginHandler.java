package nl.thuisplan.auth.session;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.bearer.AccessRefreshTokenLoginHandler;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import jakarta.inject.Singleton;
import java.util.UUID;

/**
 * Micronaut Security's bearer login handler, with rotation: the library answers a refresh with the
 * same refresh token ({@code generate(refreshToken, authentication)}), this one issues a new token of
 * the same session for every refresh, exactly as at login. The token is generated through the
 * library, whose {@code RefreshTokenGeneratedEvent} reaches {@code RefreshTokenPersistence}; the
 * session id travels in the authentication (and so in the access token as claim {@code sid}), the
 * browser's user agent only in the copy the persistence sees.
 */
@Singleton
@Replaces(AccessRefreshTokenLoginHandler.class)
@Requires(property = "micronaut.security.authentication", value = "bearer")
class SessionLoginHandler extends AccessRefreshTokenLoginHandler {

    SessionLoginHandler(AccessRefreshTokenGenerator accessRefreshTokenGenerator) {
        super(accessRefreshTokenGenerator);
    }

    @Override
    public MutableHttpResponse<?> loginSuccess(Authentication authentication, HttpRequest<?> request) {
        return issue(RefreshTokens.inSession(authentication, UUID.randomUUID().toString()), request);
    }

    /** The authentication comes from {@code RefreshTokenPersistence.getAuthentication}, which names the session it continues. */
    @Override
    public MutableHttpResponse<?> loginRefresh(Authentication authentication, String refreshToken, HttpRequest<?> request) {
        Object session = authentication.getAttributes().get(RefreshTokens.SESSION_ID);
        return issue(session == null ? RefreshTokens.inSession(authentication, UUID.randomUUID().toString()) : authentication,
                request);
    }

    private MutableHttpResponse<?> issue(Authentication authentication, HttpRequest<?> request) {
        String userAgent = request.getHeaders().get(HttpHeaders.USER_AGENT);
        Authentication forStore = userAgent == null ? authentication
                : RefreshTokens.with(authentication, RefreshTokens.USER_AGENT, userAgent);
        return accessRefreshTokenGenerator.generateRefreshToken(forStore)
                .flatMap(refreshToken -> accessRefreshTokenGenerator.generate(refreshToken, authentication))
                .<MutableHttpResponse<?>>map(HttpResponse::ok)
                .orElseGet(HttpResponse::serverError);
    }
}
