package nl.thuisplan.auth.browser;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.thuisplan.auth.session.RefreshTokens;

/**
 * The session's cookies. The access token is read back on every request by {@link SessionCookieReader}
 * ({@link #ACCESS}); the refresh token goes only to the session endpoints ({@link #REFRESH_PATH}). Both are
 * HttpOnly and SameSite=Strict; {@code Secure} unless {@code thuisplan.session.cookie-secure} is false
 * (browsers accept Secure cookies from http://localhost, so only a demo served over plain HTTP on another
 * host name needs it off). The third cookie, {@link #CSRF}, is readable by the page's script on purpose:
 * the page copies it into the {@code X-CSRF-Token} header ({@link CsrfFilter}); its value is an HMAC of the
 * session id, so a token of one session is worthless in another.
 */
@Singleton
class SessionCookies implements BrowserSessions {

    static final String ACCESS = "thuisplan_access";
    static final String REFRESH = "thuisplan_refresh";
    static final String CSRF = "thuisplan_csrf";
    static final String REFRESH_PATH = "/api/v1/auth/session";

    private final AccessRefreshTokenGenerator generator;
    private final boolean secure;
    private final byte[] csrfKey;

    SessionCookies(AccessRefreshTokenGenerator generator, @Value("${thuisplan.session.cookie-secure:true}") boolean secure,
                   @Value("${thuisplan.jwt-secret}") String secret) {
        this.generator = generator;
        this.secure = secure;
        // a key of its own, derived from the signing secret, so a CSRF token never doubles as anything signed
        this.csrfKey = hmac(secret.getBytes(StandardCharsets.UTF_8), "thuisplan-csrf-key");
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
        response.cookie(cookie(ACCESS, tokens.getAccessToken(), "/", true));
        response.cookie(cookie(REFRESH, tokens.getRefreshToken(), REFRESH_PATH, true));
        response.cookie(cookie(CSRF, csrfToken(String.valueOf(authentication.getAttributes().get(RefreshTokens.SESSION_ID))),
                "/", false));
        return response;
    }

    /** Cookies that end the session in the browser (the server's session is revoked separately). */
    <T extends MutableHttpResponse<?>> T clear(T response) {
        response.cookie(cookie(ACCESS, "", "/", true).maxAge(0));
        response.cookie(cookie(REFRESH, "", REFRESH_PATH, true).maxAge(0));
        response.cookie(cookie(CSRF, "", "/", false).maxAge(0));
        return response;
    }

    /** The CSRF token of a session: the same for the whole session, so a refresh does not race the page's copy. */
    String csrfToken(String sessionId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(csrfKey, sessionId));
    }

    /** Whether the token is the session's (constant time); without a session id, only that it is well formed. */
    boolean matches(String token, @Nullable String sessionId) {
        if (sessionId == null) {
            return token.length() == 43;
        }
        return MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII),
                csrfToken(sessionId).getBytes(StandardCharsets.US_ASCII));
    }

    private Cookie cookie(String name, String value, String path, boolean httpOnly) {
        // no Max-Age: a session cookie, gone when the browser closes; the server's expiry still applies
        return Cookie.of(name, value).path(path).httpOnly(httpOnly).secure(secure).sameSite(SameSite.Strict);
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
