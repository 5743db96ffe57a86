package nl.thuisplan.auth.browser;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;

/**
 * The hook for RP-initiated logout: when a session was started through an organisation's identity
 * provider, the provider's end-session URL (with {@code id_token_hint}, {@code post_logout_redirect_uri}
 * and {@code state}) that the browser should visit after Thuisplan's own logout. The OIDC login implements
 * it; without an implementation, or for a password session, the answer of {@code DELETE
 * /api/v1/auth/session} carries {@code "endSessionUrl": null} and the page simply shows the login page.
 */
public interface ProviderLogout {

    /**
     * The URL, or null when the session has no provider session to end. Called before the session's
     * cookies are cleared; the Thuisplan session itself has already been revoked.
     *
     * @param sessionId the ended session's id (claim {@code sid}), null when the browser had no valid session cookie
     */
    @Nullable
    String endSessionUrl(HttpRequest<?> request, @Nullable String sessionId);
}
