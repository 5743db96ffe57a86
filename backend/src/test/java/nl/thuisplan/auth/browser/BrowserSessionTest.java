package nl.thuisplan.auth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.ApiTest;
import nl.thuisplan.support.TestDatabase;
import nl.thuisplan.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The browser's cookie session against a real database, over real HTTP: the cookies and their attributes,
 * the access cookie as a credential, rotation with reuse detection, logout, CSRF, the security headers, and
 * that a revoked session or a deactivated person is refused on the very next request (cookie and bearer).
 */
@MicronautTest(transactional = false)
class BrowserSessionTest extends ApiTest {

    private static final String SESSION = "/api/v1/auth/session";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    Api api;
    @Inject
    TestUsers users;

    private final HttpClient http = HttpClient.newHttpClient();

    /** A browser: its cookies by name, and the answers it got. */
    final class Browser {
        final Map<String, String> cookies = new HashMap<>();
        HttpResponse<String> last;

        int send(String method, String path, String body, Map<String, String> headers) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                    .header("Accept", "application/json");
            if (body != null) {
                b.header("Content-Type", "application/json");
            }
            String cookieHeader = String.join("; ", cookies.entrySet().stream()
                    .filter(e -> sentTo(e.getKey(), path)).map(e -> e.getKey() + "=" + e.getValue()).toList());
            if (!cookieHeader.isEmpty()) {
                b.header("Cookie", cookieHeader);
            }
            headers.forEach(b::header);
            try {
                last = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            for (String setCookie : last.headers().allValues("Set-Cookie")) {
                String pair = setCookie.split(";", 2)[0];
                String name = pair.substring(0, pair.indexOf('='));
                String value = pair.substring(pair.indexOf('=') + 1);
                if (setCookie.toLowerCase(Locale.ROOT).contains("max-age=0") || value.isEmpty()) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return last.statusCode();
        }

        int send(String method, String path, String body) {
            return send(method, path, body, Map.of());
        }

        /** As the page does: the CSRF cookie copied into the header. */
        int sendWithCsrf(String method, String path, String body) {
            return send(method, path, body, Map.of("X-CSRF-Token", cookies.getOrDefault(SessionCookies.CSRF, "")));
        }

        int login(String username) {
            return send("POST", SESSION, "{\"username\":\"" + username + "\",\"password\":\"" + Api.DEMO_PASSWORD + "\"}");
        }

        String code() {
            try {
                return json.readValue(last.body(), JsonNode.class).get("code").getStringValue();
            } catch (IOException e) {
                throw new IllegalStateException(last.body(), e);
            }
        }
    }

    /** The refresh cookie's Path limits it to the session endpoints, as a browser would. */
    private static boolean sentTo(String cookie, String path) {
        return !cookie.equals(SessionCookies.REFRESH) || path.startsWith(SessionCookies.REFRESH_PATH);
    }

    @Test
    void aLoginSetsTheThreeCookiesWithTheirAttributesAndNoTokenInTheBody() {
        Browser browser = new Browser();
        assertThat(browser.login(users.officer("GM0014"))).as(browser.last.body()).isEqualTo(204);
        assertThat(browser.last.body()).isEmpty();
        Map<String, String> set = new HashMap<>();
        browser.last.headers().allValues("Set-Cookie").forEach(c -> set.put(c.substring(0, c.indexOf('=')), c.toLowerCase(Locale.ROOT)));
        assertThat(set).containsOnlyKeys(SessionCookies.ACCESS, SessionCookies.REFRESH, SessionCookies.CSRF);
        for (String cookie : set.values()) {
            assertThat(cookie).contains("secure").contains("samesite=strict").doesNotContain("max-age");
        }
        assertThat(set.get(SessionCookies.ACCESS)).contains("httponly").contains("path=/;");
        assertThat(set.get(SessionCookies.REFRESH)).contains("httponly").contains("path=/api/v1/auth/session");
        assertThat(set.get(SessionCookies.CSRF)).doesNotContain("httponly");
    }

    @Test
    void theAccessCookieAloneAuthenticates() {
        Browser browser = new Browser();
        String user = users.officer("GM0034");
        browser.login(user);
        assertThat(browser.send("GET", "/api/v1/me", null)).as(browser.last.body()).isEqualTo(200);
        assertThat(browser.last.body()).contains("\"username\":\"" + user + "\"");
        browser.cookies.remove(SessionCookies.ACCESS);
        assertThat(browser.send("GET", "/api/v1/me", null)).isEqualTo(401);
    }

    @Test
    void aFailedLoginAnswersTheLoginProblemAndSetsNoCookie() {
        Browser browser = new Browser();
        assertThat(browser.send("POST", SESSION, "{\"username\":\"" + users.officer("GM0153")
                + "\",\"password\":\"fout-wachtwoord\"}")).isEqualTo(401);
        assertThat(browser.code()).isEqualTo("LOGIN_FAILED");
        assertThat(browser.last.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(browser.cookies).isEmpty();
        assertThat(browser.send("POST", SESSION, "{\"username\":\"" + "x".repeat(400) + "\",\"password\":\"p\"}")).isEqualTo(400);
        assertThat(browser.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(browser.send("POST", SESSION, "{\"username\":\"a\",\"password\":\"p\",\"code\":\"" + "1".repeat(65) + "\"}"))
                .isEqualTo(400);
    }

    @Test
    void aRefreshRotatesAndAReplayedRefreshCookieEndsTheSession() {
        Browser browser = new Browser();
        browser.login(users.officer("GM0358"));
        String first = browser.cookies.get(SessionCookies.REFRESH);
        String csrf = browser.cookies.get(SessionCookies.CSRF);
        assertThat(browser.sendWithCsrf("POST", SESSION + "/refresh", null)).as(browser.last.body()).isEqualTo(204);
        String second = browser.cookies.get(SessionCookies.REFRESH);
        assertThat(second).isNotBlank().isNotEqualTo(first);
        assertThat(browser.cookies.get(SessionCookies.CSRF)).as("the same session, the same CSRF token").isEqualTo(csrf);
        assertThat(browser.send("GET", "/api/v1/me", null)).isEqualTo(200);

        Browser thief = new Browser();
        thief.cookies.putAll(browser.cookies);
        thief.cookies.put(SessionCookies.REFRESH, first);
        assertThat(thief.sendWithCsrf("POST", SESSION + "/refresh", null)).isEqualTo(401);
        assertThat(thief.code()).isEqualTo("REFRESH_TOKEN_REUSED");
        assertThat(thief.cookies).as("a refused refresh clears the cookies").isEmpty();
        // the owner's session is over too, on the very next request
        assertThat(browser.send("GET", "/api/v1/me", null)).isEqualTo(401);
        assertThat(browser.sendWithCsrf("POST", SESSION + "/refresh", null)).isEqualTo(401);
        assertThat(browser.code()).isEqualTo("REFRESH_TOKEN_INVALID");
    }

    @Test
    void logoutEndsTheSessionClearsTheCookiesAndLeavesRoomForTheProvidersLogout() {
        Browser browser = new Browser();
        browser.login(users.officer("GM0362"));
        Map<String, String> before = new HashMap<>(browser.cookies);
        assertThat(browser.sendWithCsrf("DELETE", SESSION, null)).as(browser.last.body()).isEqualTo(200);
        assertThat(browser.last.body()).isEqualTo("{\"endSessionUrl\":null}");
        assertThat(browser.cookies).isEmpty();

        Browser replay = new Browser();
        replay.cookies.putAll(before);
        assertThat(replay.send("GET", "/api/v1/me", null)).as("the old access cookie dies with its session").isEqualTo(401);
        assertThat(replay.sendWithCsrf("POST", SESSION + "/refresh", null)).isEqualTo(401);
        // logging out without any session is answered the same
        assertThat(new Browser().send("DELETE", SESSION, null)).isEqualTo(200);
    }

    @Test
    void aStateChangingCookieRequestNeedsTheSessionsCsrfToken() {
        String user = users.officer("GM0384");
        Browser browser = new Browser();
        browser.login(user);
        Browser other = new Browser();
        other.login(user);
        String path = "/api/v1/me/active-membership";
        String body = "{\"membershipId\":999999}";

        assertThat(browser.send("POST", path, body)).isEqualTo(403);
        assertThat(browser.code()).isEqualTo("CSRF_TOKEN_INVALID");
        assertThat(browser.send("POST", path, body, Map.of("X-CSRF-Token", "falsch"))).isEqualTo(403);
        assertThat(browser.code()).isEqualTo("CSRF_TOKEN_INVALID");
        // another session's token, planted as cookie and header: not this session's
        String foreign = other.cookies.get(SessionCookies.CSRF);
        assertThat(foreign).isNotEqualTo(browser.cookies.get(SessionCookies.CSRF));
        Browser planted = new Browser();
        planted.cookies.putAll(browser.cookies);
        planted.cookies.put(SessionCookies.CSRF, foreign);
        assertThat(planted.send("POST", path, body, Map.of("X-CSRF-Token", foreign))).isEqualTo(403);
        assertThat(browser.send("DELETE", SESSION, null)).as("logout is a state change too").isEqualTo(403);
        // with the right token the request reaches the endpoint (which refuses the unknown membership)
        assertThat(browser.sendWithCsrf("POST", path, body)).as(browser.last.body()).isEqualTo(404);
        // a read needs no token
        assertThat(browser.send("GET", "/api/v1/me/sessions", null)).isEqualTo(200);
    }

    @Test
    void theCookiesOfAnEndedSessionCarryNoAuthorityAndAskForNoToken() {
        Browser browser = new Browser();
        browser.login(users.officer("GM0358"));
        assertThat(browser.sendWithCsrf("POST", "/api/v1/me/sessions/revoke-all", null)).isEqualTo(204);
        // the page forgets its CSRF cookie; the HttpOnly cookies of the ended session stay in the jar
        browser.cookies.remove(SessionCookies.CSRF);
        assertThat(browser.send("POST", "/api/v1/auth/password-reset", "{\"email\":\"niemand@example.invalid\"}"))
                .as(browser.last.body()).isEqualTo(202);
        assertThat(browser.send("POST", SESSION, "{\"username\":\"" + users.officer("GM0358") + "\",\"password\":\""
                + Api.DEMO_PASSWORD + "\"}")).as("a new login needs no token").isEqualTo(204);
        assertThat(browser.send("GET", "/api/v1/me", null)).isEqualTo(200);
    }

    @Test
    void aBearerRequestNeedsNoCsrfTokenAndItsCookiesAreIgnored() {
        String user = users.officer("GM0394");
        String token = api.login(user, Api.DEMO_PASSWORD).text("access_token");
        Browser browser = new Browser();
        browser.login(user);
        assertThat(browser.send("POST", "/api/v1/me/sessions/revoke-all", null, Map.of("Authorization", "Bearer " + token)))
                .as(browser.last.body()).isEqualTo(204);
        // every session ended, the cookie's included: refused on its next request
        assertThat(browser.send("GET", "/api/v1/me", null)).isEqualTo(401);
        assertThat(api.get("/api/v1/me", token).status()).isEqualTo(401);
    }

    @Test
    void switchingMembershipInTheBrowserSetsNewCookiesAndHandsOutNoToken() {
        Browser browser = new Browser();
        browser.login("beheerder");
        String access = browser.cookies.get(SessionCookies.ACCESS);
        String membership = single("select membership_id::text from membership join app_user using (user_id) "
                + "where username = 'beheerder' order by 1 limit 1");
        assertThat(browser.sendWithCsrf("POST", "/api/v1/me/active-membership", "{\"membershipId\":" + membership + "}"))
                .as(browser.last.body()).isEqualTo(200);
        assertThat(browser.last.body()).contains("\"access_token\":null").contains("\"refresh_token\":null");
        assertThat(browser.cookies.get(SessionCookies.ACCESS)).isNotBlank().isNotEqualTo(access);
        assertThat(browser.send("GET", "/api/v1/me", null)).isEqualTo(200);
        // through the bearer API the switch still answers tokens, now of a session of their own
        String bearer = api.login("beheerder", Api.DEMO_PASSWORD).text("access_token");
        Api.Response switched = api.send("POST", "/api/v1/me/active-membership", bearer, "{\"membershipId\":" + membership + "}");
        assertThat(switched.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/me", switched.text("access_token")).status()).isEqualTo(200);
    }

    @Test
    void deactivatingAPersonBlocksTheVeryNextRequestOfCookieAndBearer() throws SQLException {
        String user = users.officer("GM0437");
        Browser browser = new Browser();
        browser.login(user);
        String token = api.login(user, Api.DEMO_PASSWORD).text("access_token");
        assertThat(browser.send("GET", "/api/v1/me", null)).isEqualTo(200);
        assertThat(api.get("/api/v1/me", token).status()).isEqualTo(200);

        update("update app_user set active = false where username = ?", user);
        assertThat(browser.send("GET", "/api/v1/me", null)).isEqualTo(401);
        assertThat(api.get("/api/v1/me", token).status()).isEqualTo(401);
        update("update app_user set active = true where username = ?", user);
        assertThat(api.get("/api/v1/me", token).status()).as("the session itself was not ended").isEqualTo(200);
    }

    @Test
    void aRevokedSessionBlocksTheVeryNextRequestWithTheSameAccessToken() {
        String user = users.officer("GM0451");
        var login = api.login(user, Api.DEMO_PASSWORD);
        String token = login.text("access_token");
        String other = api.login(user, Api.DEMO_PASSWORD).text("access_token");
        assertThat(api.send("POST", "/api/v1/auth/logout", token, "{\"refresh_token\":\"" + login.text("refresh_token") + "\"}")
                .status()).isEqualTo(204);
        assertThat(api.get("/api/v1/me", token).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/me", other).status()).as("another session of the person lives on").isEqualTo(200);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        Browser browser = new Browser();
        browser.login(users.officer("GM0995"));
        browser.send("GET", "/api/v1/me", null);
        for (HttpResponse<String> answer : List.of(browser.last)) {
            assertThat(answer.headers().firstValue("Content-Security-Policy").orElse(""))
                    .contains("default-src 'self'").contains("script-src 'self';").contains("frame-ancestors 'none'");
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        }
        browser.send("GET", "/", null, Map.of("Accept", "text/html"));
        assertThat(browser.last.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'");
    }

    private static String single(String sql) {
        try (Connection c = TestDatabase.ownerRole().getConnection()) {
            c.setAutoCommit(false);
            scope(c);
            try (PreparedStatement ps = c.prepareStatement(sql); var rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                String value = rs.getString(1);
                c.commit();
                return value;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(String sql, String parameter) throws SQLException {
        try (Connection c = TestDatabase.ownerRole().getConnection()) {
            c.setAutoCommit(false);
            scope(c);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, parameter);
                assertThat(ps.executeUpdate()).isPositive();
            }
            c.commit();
        }
    }

    private static void scope(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select set_config('thuisplan.regions', '*', true), set_config('thuisplan.municipalities', '*', true)")) {
            ps.execute();
        }
    }
}
