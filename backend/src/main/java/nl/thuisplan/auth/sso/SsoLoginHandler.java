package nl.thuisplan.auth.sso;

import com.nimbusds.jwt.JWTParser;
import io.micronaut.context.annotation.Secondary;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.handlers.RedirectingLoginHandler;
import jakarta.inject.Singleton;
import java.net.URI;
import java.text.ParseException;
import java.util.HashMap;
import java.util.Map;
import nl.thuisplan.auth.browser.BrowserSessions;
import nl.thuisplan.auth.session.RefreshTokens;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the OIDC callback ends: a browser session ({@link BrowserSessions#start}) and a redirect to {@code /},
 * or a redirect to {@code /login?sso=<code>}.
 *
 * <p>Why a second login handler: Micronaut's OAuth controller asks for a {@link RedirectingLoginHandler},
 * its password login endpoint for any {@code LoginHandler}. With {@code authentication: bearer} the only
 * handler was {@code SessionLoginHandler} (JSON tokens, for API clients at {@code /api/v1/auth/login}),
 * which is no {@code RedirectingLoginHandler}; this one is, and is {@link Secondary} so that the password
 * login endpoint, which could take either, keeps getting the JSON one. So each route gets its handler by
 * type, and neither has to look at the request path.
 */
@Singleton
@Secondary
class SsoLoginHandler implements RedirectingLoginHandler<HttpRequest<?>, MutableHttpResponse<?>> {

    static final String ACCESS_COOKIE = "thuisplan_access";
    private static final Logger LOG = LoggerFactory.getLogger(SsoLoginHandler.class);

    private final BrowserSessions sessions;
    private final SsoIdentityRepository identities;
    private final TenantTransactions tx;

    SsoLoginHandler(BrowserSessions sessions, SsoIdentityRepository identities, TenantTransactions tx) {
        this.sessions = sessions;
        this.identities = identities;
        this.tx = tx;
    }

    @Override
    public MutableHttpResponse<?> loginSuccess(Authentication authentication, HttpRequest<?> request) {
        Map<String, Object> attributes = new HashMap<>(authentication.getAttributes());
        Object provider = attributes.remove(SsoIdentities.PROVIDER);
        Object idToken = attributes.remove(SsoIdentities.ID_TOKEN);
        Object userId = attributes.remove(SsoIdentities.USER_ID);
        if (provider == null || idToken == null || userId == null) {
            // not made by SsoAuthenticationMapper: nothing this handler vouches for
            return failed(SsoCode.SSO_FAILED);
        }
        // the provider's ID token stays on the server (sso_session), never in Thuisplan's own tokens
        Authentication thuisplan = Authentication.build(authentication.getName(), authentication.getRoles(), attributes);
        MutableHttpResponse<?> response = sessions.start(thuisplan, request, HttpResponse.seeOther(URI.create("/")));
        sessionId(response).ifPresentOrElse(sid -> tx.write(Scope.SYSTEM, () -> {
            identities.startSession(sid, ((Number) userId).longValue(), provider.toString(), idToken.toString());
            return null;
        }), () -> LOG.warn("SSO session started without a session id: the provider's logout will not be offered"));
        return response;
    }

    @Override
    public MutableHttpResponse<?> loginRefresh(Authentication authentication, String refreshToken, HttpRequest<?> request) {
        // the callback never refreshes; refresh is the session endpoints' work
        return HttpResponse.status(HttpStatus.BAD_REQUEST);
    }

    @Override
    public MutableHttpResponse<?> loginFailed(AuthenticationResponse response, HttpRequest<?> request) {
        return failed(SsoCode.of(response.getMessage().orElse("")));
    }

    static MutableHttpResponse<?> failed(SsoCode code) {
        return HttpResponse.seeOther(URI.create("/login?sso=" + code.name()));
    }

    /** The session id (claim sid) of the access token the session's cookie carries. */
    private static java.util.Optional<String> sessionId(MutableHttpResponse<?> response) {
        return response.getCookie(ACCESS_COOKIE).map(Cookie::getValue).flatMap(token -> {
            try {
                Object sid = JWTParser.parse(token).getJWTClaimsSet().getClaim(RefreshTokens.SESSION_ID);
                return java.util.Optional.ofNullable(sid).map(Object::toString);
            } catch (ParseException e) {
                return java.util.Optional.empty();
            }
        });
    }
}
