package nl.thuisplan.auth.browser;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.Authentication;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import nl.thuisplan.auth.session.RefreshTokens;
import nl.thuisplan.common.ProblemException;

/**
 * CSRF protection for the cookie session: a state-changing request (POST, PUT, PATCH, DELETE) that carries
 * a session cookie must carry header {@code X-CSRF-Token} equal to the {@code thuisplan_csrf} cookie, which
 * only a page of this origin can read (double submit); when the request is authenticated, the token must
 * also be the HMAC of its session id ({@link SessionCookies#csrfToken}), so a token planted in another
 * session is worthless. Otherwise 403 {@code CSRF_TOKEN_INVALID}. SameSite=Strict already keeps the
 * cookies off cross-site requests; this is the second wall (older browsers, same-site subdomains).
 *
 * <p>Checked: requests the access cookie authenticated, and refresh and logout with a refresh cookie.
 * Exempt: requests with an {@code Authorization} header (API clients; their cookies are ignored by
 * {@link SessionCookieReader}, and another site cannot set that header without a CORS permission this
 * application never gives), anonymous requests (no cookie, or one of an ended session: nothing to forge),
 * and so the login {@code POST /api/v1/auth/session} (no session yet; a forged login only logs the victim
 * in as the attacker, which SameSite=Strict on the answer's cookies already prevents).
 *
 * <p>Why not {@code micronaut-security-csrf}: Maven Central has it at 4.14.0 only, next to security 4.15.1;
 * its filter checks form posts and a session-bound token repository by default and exempts nothing by
 * header, so the bearer exemption and the per-session HMAC would need as much code as this filter.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class CsrfFilter implements Ordered {

    static final String HEADER = "X-CSRF-Token";
    static final String LOGIN_PATH = "/api/v1/auth/session";
    private static final Set<HttpMethod> STATE_CHANGING = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    private final SessionCookies cookies;
    private final ErrorResponseProcessor<?> processor;

    CsrfFilter(SessionCookies cookies, ErrorResponseProcessor<?> processor) {
        this.cookies = cookies;
        this.processor = processor;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        if (!STATE_CHANGING.contains(request.getMethod()) || request.getHeaders().contains(HttpHeaders.AUTHORIZATION)) {
            return null;
        }
        var jar = request.getCookies();
        var authentication = request.getUserPrincipal(Authentication.class);
        boolean sessionEndpoint = request.getPath().startsWith(LOGIN_PATH + "/") || request.getMethod() == HttpMethod.DELETE
                && LOGIN_PATH.equals(request.getPath());
        // the cookie speaks for the request: it authenticated it (no Authorization header, so the access cookie
        // did), or it is the refresh cookie at refresh or logout; a dead cookie on an anonymous call carries no
        // authority, so e.g. the password-reset form still works with an ended session's cookies in the jar
        boolean cookieSpeaks = authentication.isPresent()
                || sessionEndpoint && jar.findCookie(SessionCookies.REFRESH).isPresent();
        if (!cookieSpeaks || request.getMethod() == HttpMethod.POST && LOGIN_PATH.equals(request.getPath())) {
            return null;
        }
        String header = request.getHeaders().get(HEADER);
        String cookie = jar.findCookie(SessionCookies.CSRF).map(Cookie::getValue).orElse(null);
        Object session = authentication.map(a -> a.getAttributes().get(RefreshTokens.SESSION_ID)).orElse(null);
        if (header != null && cookie != null && equal(header, cookie)
                && cookies.matches(header, session == null ? null : session.toString())) {
            return null;
        }
        ProblemException problem = new ProblemException(HttpStatus.FORBIDDEN, "CSRF_TOKEN_INVALID",
                "Dit verzoek mist een geldig CSRF-token. Laad de pagina opnieuw en probeer het nog eens.");
        return processor.processResponse(ErrorContext.builder(request).cause(problem).build(),
                HttpResponse.status(problem.status()));
    }

    private static boolean equal(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /** After the security filter, which has put the authentication (and so the session id) on the request. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
