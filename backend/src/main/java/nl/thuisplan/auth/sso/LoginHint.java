package nl.thuisplan.auth.sso;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.oauth2.endpoint.authorization.request.LoginHintResolver;
import jakarta.inject.Singleton;

/**
 * Passes the address the person typed on the login page to the provider as {@code login_hint}
 * ({@code /api/v1/auth/oidc/login/<key>?login_hint=...}), so they need not type it twice. An empty or
 * overlong hint is left out: a hint is a courtesy, never checked against the login that follows.
 */
@Singleton
class LoginHint implements LoginHintResolver {

    static final int MAX = 254;

    @Override
    public String resolve(HttpRequest<?> request) {
        String hint = request.getParameters().get("login_hint");
        return hint == null || hint.isBlank() || hint.length() > MAX || hint.indexOf('\0') >= 0 ? null : hint.trim();
    }
}
