package nl.thuisplan.auth.browser;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;

/**
 * The browser's session (backend for frontend): the tokens a login earns are never handed to the
 * page's script, they travel in HttpOnly, SameSite cookies that only this server reads. Every way a
 * person logs in through the browser (password with second factor, an organisation's identity
 * provider) ends here, so a browser session looks the same whatever started it.
 */
public interface BrowserSessions {

    /**
     * Starts a new session for a person who has just been authenticated: issues the tokens exactly as a
     * login does (a new session id, a refresh token stored by its hash) and sets the session cookies on
     * the response. The authentication is the one {@code ActiveMemberships.authentication} builds.
     */
    <T extends MutableHttpResponse<?>> T start(Authentication authentication, HttpRequest<?> request, T response);
}
