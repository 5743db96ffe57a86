package nl.thuisplan.auth;

import jakarta.inject.Singleton;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.OwnerSql;
import nl.thuisplan.support.matrix.MatrixDeclarations;
import nl.thuisplan.support.matrix.RoleMatrix;
import nl.thuisplan.support.matrix.RoleMatrix.Call;

/**
 * The rows of login, tokens, sessions, passwords, links and "me": routes about the caller itself, so own and foreign
 * scope send the same call. Calls that end or change sessions run in a session of their own, and a changed password is
 * put back at once (the next cells log in with the demo password).
 */
@Singleton
class AuthMatrix implements MatrixDeclarations {

    /** Every role the same, in both scopes. */
    static String all(int status) {
        return (status + " ").repeat(RoleMatrix.ROLES.size() * 2).trim();
    }

    private final Api api;
    private final java.util.Map<String, String> hashes = new java.util.HashMap<>();

    AuthMatrix(Api api) {
        this.api = api;
    }

    @Override
    public void declare(RoleMatrix m) {
        for (String role : RoleMatrix.ROLES) {
            hashes.put(role, OwnerSql.value("select password_hash from credential join app_user using (user_id) where username = '"
                    + role + "'"));
        }
        // logging in needs no token; with one it is the same login
        m.route("POST /api/v1/auth/login", "200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200", s -> Call.of("POST", "/api/v1/auth/login",
                "{\"username\":\"" + RoleMatrix.officer(s.region()) + "\",\"password\":\"" + Api.DEMO_PASSWORD + "\"}").probe("/api/v1/me"));
        // the OAuth refresh endpoint: a refresh token, not an access token, is the credential
        m.route("POST /api/v1/auth/token", "200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200", s -> Call.of("POST", "/api/v1/auth/token",
                "{\"grant_type\":\"refresh_token\",\"refresh_token\":\"" + refresh(s.officer()) + "\"}").probe("/api/v1/me"));
        m.route("GET /api/v1/auth/token", "400 400 | 400 400 | 400 400 | 400 400 | 400 400 | 400 400 | 400 400 | 400", s -> Call.get("/api/v1/auth/token"));
        m.route("POST /api/v1/auth/logout", "204 204 | 204 204 | 204 204 | 204 204 | 204 204 | 204 204 | 204 204", s -> Call.of("POST", "/api/v1/auth/logout",
                "{\"refresh_token\":\"" + refresh(s.officer()) + "\"}").probe("/api/v1/admin/people?regionCode=" + s.region()).inOwnSession());
        // the browser's cookie session: a login answers with cookies whoever asks; without a refresh cookie there is
        // nothing to refresh; logging out without a session is answered the same as with one
        m.route("POST /api/v1/auth/session", "204 204 | 204 204 | 204 204 | 204 204 | 204 204 | 204 204 | 204 204 | 204", s -> Call.of("POST", "/api/v1/auth/session",
                "{\"username\":\"" + RoleMatrix.officer(s.region()) + "\",\"password\":\"" + Api.DEMO_PASSWORD + "\"}").probe("/api/v1/me"));
        m.route("POST /api/v1/auth/session/refresh", "401 401 | 401 401 | 401 401 | 401 401 | 401 401 | 401 401 | 401 401 | 401", s -> Call.of("POST", "/api/v1/auth/session/refresh", null).probe("/api/v1/me"));
        m.route("DELETE /api/v1/auth/session", "200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200", s -> Call.of("DELETE", "/api/v1/auth/session", null).probe("/api/v1/me"));
        m.route("GET /api/v1/me", "200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200 200", s -> Call.get("/api/v1/me"));
        m.route("GET /api/v1/me/sessions", "200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200 200", s -> Call.get("/api/v1/me/sessions"));
        // the caller's own second factor: a start leaves an unconfirmed enrolment, which changes no login;
        // the calls that need a code get a malformed one (400 before anything is looked up)
        m.route("GET /api/v1/me/second-factor", all(200), s -> Call.get("/api/v1/me/second-factor"));
        m.route("POST /api/v1/me/second-factor", all(201), s -> Call.of("POST", "/api/v1/me/second-factor", null).probe("/api/v1/me"));
        m.route("POST /api/v1/me/second-factor/confirm", all(400), s -> Call.of("POST", "/api/v1/me/second-factor/confirm",
                "{\"code\":\"12345a\"}").probe("/api/v1/me"));
        m.route("DELETE /api/v1/me/second-factor", all(400), s -> Call.of("DELETE", "/api/v1/me/second-factor",
                "{\"code\":\"abc\"}").probe("/api/v1/me"));
        m.route("POST /api/v1/me/second-factor/recovery-codes", all(400), s -> Call.of("POST", "/api/v1/me/second-factor/recovery-codes",
                "{\"code\":\"abc\"}").probe("/api/v1/me"));
        m.route("POST /api/v1/me/sessions/revoke-all", "204 204 | 204 204 | 204 204 | 204 204 | 204 204 | 204 204 | 204 204", s -> Call.of("POST", "/api/v1/me/sessions/revoke-all", null)
                .probe("/api/v1/admin/people?regionCode=" + s.region()).inOwnSession());
        // switching to a membership the caller does not hold is refused; each caller's own is switched to
        m.route("POST /api/v1/me/active-membership", "200 404 | 200 404 | 200 404 | 200 404 | 200 404 | 200 404 | 200 404", s -> {
            String holder = s.role() == null ? "gemeente.amsterdam" : s.own() ? s.role() : RoleMatrix.officer(s.region());
            return Call.of("POST", "/api/v1/me/active-membership", "{\"membershipId\":" + OwnerSql.value("select membership_id from "
                    + "membership join app_user using (user_id) where username = '" + holder + "' order by 1 limit 1") + "}")
                    .probe("/api/v1/admin/people?regionCode=" + s.region()).inOwnSession();
        });
        // what the login page offers for SSO: anonymous, the operator's configuration only (none in these tests)
        m.route("GET /api/v1/auth/sso", "200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200", s -> Call.get("/api/v1/auth/sso"));
        m.route("GET /api/v1/auth/password-policy", "200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200", s -> Call.get("/api/v1/auth/password-policy"));
        m.route("POST /api/v1/me/password", "204 204 | 204 204 | 204 204 | 204 204 | 204 204 | 204 204 | 204 204", s -> Call.of("POST", "/api/v1/me/password",
                "{\"currentPassword\":\"" + Api.DEMO_PASSWORD + "\",\"newPassword\":\"Matrix-nieuw-wachtwoord-42\"}")
                .probe("/api/v1/admin/people?regionCode=" + s.region()).inOwnSession().then(this::restorePasswords));
        m.route("POST /api/v1/auth/password-reset", "202 202 | 202 202 | 202 202 | 202 202 | 202 202 | 202 202 | 202 202 | 202", s -> Call.of("POST", "/api/v1/auth/password-reset",
                "{\"email\":\"matrix.onbekend@matrix.example\"}").probe("/api/v1/admin/people?regionCode=" + s.region()));
        m.route("GET /api/v1/auth/links/{token}", "410 410 | 410 410 | 410 410 | 410 410 | 410 410 | 410 410 | 410 410 | 410", s -> Call.get("/api/v1/auth/links/onbekend-token-" + s.region()));
        m.route("POST /api/v1/auth/links/{token}/password", "410 410 | 410 410 | 410 410 | 410 410 | 410 410 | 410 410 | 410 410 | 410", s -> Call.of("POST", "/api/v1/auth/links/onbekend-"
                + s.region() + "/password", "{\"password\":\"Matrix-nieuw-wachtwoord-42\"}").probe("/api/v1/admin/people?regionCode=" + s.region()));
        // the token introspection endpoint of Micronaut Security
        m.route("GET /token_info", "200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200 200", s -> Call.get("/token_info"));
        m.route("POST /token_info", "415 415 | 415 415 | 415 415 | 415 415 | 415 415 | 415 415 | 415 415 | 415", s -> Call.of("POST", "/token_info", "{\"token\":\"x\"}").probe("/api/v1/me"));
    }

    private String refresh(String user) {
        Response r = api.login(user, Api.DEMO_PASSWORD);
        return r.text("refresh_token");
    }

    /** Puts the demo password back after a cell changed one (every role's hash as it was before the matrix). */
    private void restorePasswords() {
        if (hashes.isEmpty()) {
            throw new IllegalStateException("no hashes saved");
        }
        hashes.forEach((user, hash) -> OwnerSql.exec("update credential set password_hash = '" + hash + "' where user_id = "
                + "(select user_id from app_user where username = '" + user + "')"));
    }
}
