package nl.thuisplan.auth.browser;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import jakarta.inject.Singleton;
import java.util.UUID;
import nl.thuisplan.auth.session.RefreshTokens;

/**
 * The session's cookies. The access token is read back by Micronaut Security's cookie token reader on
 * every request ({@link #ACCESS}); the refresh token goes only to the session endpoints ({@link #REFRESH_PATH}).
 * Both are HttpOnly and SameSite=Strict; {@code Secure} unless {@code thuisplan.session.cookie-secure} is
 * false (browsers accept Secure cookies from http://localhost, so only a demo served over plain HTTP on
 * another host name needs it off).
 */
@Singleton
class SessionCookies implements BrowserSessions {

    static final String ACCESS = "thuisplan_access";
    static final String REFRESH = "thuisplan_refresh";
    static final String REFRESH_PATH = "/api/v1/auth/session";

    private final AccessRefreshTokenGenerator generator;
    private final boolean secure;

    SessionCookies(AccessRefreshTokenGenerator generator, @Value("${thuisplan.session.cookie-secure:true}") boolean secure) {
        this.generator = generator;
        this.secure = secure;
    }

    @Override
    public <T extends MutableHttpResponse<?>> T start(Authentication authentication, HttpRequest<?> request, T response) {
        return issue(RefreshTokens.inSession(authentication, UUID.randomUUID().toString()), request, response);
    }

    /** Issues the next pair of the session the authentication names (a refresh continues its session). */
    <T extends MutableHttpResponse<?>> T issue(Authentication authentication, HttpRequest<?> request, T response) {
        String userAgent = request.getHeaders().get(HttpHeaders.USER_AGENT);
        Authentication forStore = userAgent == null ? authentication
                : RefreshTokens.withUserAgent(authentication, userAgent);
        AccessRefreshToken tokens = generator.generateRefreshToken(forStore)
                .flatMap(refreshToken -> generator.generate(refreshToken, authentication))
                .orElseThrow(() -> new IllegalStateException("no tokens could be generated"));
        response.cookie(cookie(ACCESS, tokens.getAccessToken(), "/"));
        response.cookie(cookie(REFRESH, tokens.getRefreshToken(), REFRESH_PATH));
        return response;
    }

    /** Cookies that end the session in the browser (the server's session is revoked separately). */
    <T extends MutableHttpResponse<?>> T clear(T response) {
        response.cookie(cookie(ACCESS, "", "/").maxAge(0));
        response.cookie(cookie(REFRESH, "", REFRESH_PATH).maxAge(0));
        return response;
    }

    private Cookie cookie(String name, String value, String path) {
        // no Max-Age: a session cookie, gone when the browser closes; the server's expiry still applies
        return Cookie.of(name, value).path(path).httpOnly(true).secure(secure).sameSite(SameSite.Strict);
    }
}
