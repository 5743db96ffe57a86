package nl.thuisplan.auth.sso;

import java.util.List;
import java.util.Locale;

/**
 * A configured identity provider: its key (also Micronaut's client name and the last segment of the login
 * and callback addresses), its issuer, the button text, the organisations it serves (by stable code) and the
 * e-mail domains the organisation approved for just-in-time persons.
 */
record SsoProvider(String key, String issuer, String label, List<String> organisations, List<String> domains) {

    static final String LOGIN_PATH = "/api/v1/auth/oidc/login/";

    String loginPath() {
        return LOGIN_PATH + key;
    }

    boolean approves(String email) {
        int at = email.lastIndexOf('@');
        return at > 0 && domains.contains(email.substring(at + 1).toLowerCase(Locale.ROOT));
    }
}
