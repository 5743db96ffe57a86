package nl.thuisplan.auth.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import nl.thuisplan.support.TestDatabase;
import nl.thuisplan.support.TestUsers;
import org.junit.jupiter.api.Test;

/** Rotation with reuse detection, logout, and ending sessions, through HTTP against a real database. */
@MicronautTest(transactional = false)
class SessionTest extends ApiTest {

    @Inject
    Api api;
    @Inject
    TestUsers users;

    @Test
    void aRefreshRotatesAndAReusedTokenRevokesTheWholeChain() {
        String user = users.officer("GM0014");
        Response login = api.login(user, Api.DEMO_PASSWORD);
        String first = login.text("refresh_token");

        Response refreshed = refresh(first);
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        String second = refreshed.text("refresh_token");
        assertThat(second).isNotBlank().isNotEqualTo(first);
        Response third = refresh(second);
        assertThat(third.status()).isEqualTo(200);
        String current = third.text("refresh_token");

        Response reused = refresh(first);
        assertProblem(reused, 401, "REFRESH_TOKEN_REUSED");
        // the thief's copy and the owner's current token die together: the session is over
        assertProblem(refresh(current), 401, "REFRESH_TOKEN_INVALID");
        assertProblem(refresh(second), 401, "REFRESH_TOKEN_REUSED");
        assertThat(reasons(user)).containsOnly("REUSED");
        assertThat(auditActions(user)).contains("SESSION_REUSE_REVOKED");
    }

    @Test
    void aRotatedTokenKeepsTheEndOfItsSession() throws SQLException {
        String user = users.officer("GM0034");
        String first = api.login(user, Api.DEMO_PASSWORD).text("refresh_token");
        String second = refresh(first).text("refresh_token");
        assertThat(second).isNotNull();
        assertThat(single(user, "select count(distinct expires_at) || '/' || count(distinct family_id) || '/' || count(*) "
                + "from refresh_token t join app_user u using (user_id) where u.username = ?")).isEqualTo("1/1/2");
    }

    @Test
    void twoConcurrentRefreshesWithTheSameTokenDoNotBothSucceed() throws Exception {
        String user = users.officer("GM0995");
        for (int round = 0; round < 3; round++) {
            String token = api.login(user, Api.DEMO_PASSWORD).text("refresh_token");
            CountDownLatch start = new CountDownLatch(1);
            Callable<Integer> call = () -> {
                start.await();
                return refresh(token).status();
            };
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<Integer> a = pool.submit(call);
                Future<Integer> b = pool.submit(call);
                start.countDown();
                List<Integer> statuses = new ArrayList<>(List.of(a.get(), b.get()));
                assertThat(statuses).containsExactlyInAnyOrder(200, 401);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void logoutEndsTheSessionAndCanBeRepeated() {
        String user = users.officer("GM0358");
        Response login = api.login(user, Api.DEMO_PASSWORD);
        String refreshToken = login.text("refresh_token");
        String access = login.text("access_token");
        String body = "{\"refresh_token\":\"" + refreshToken + "\"}";

        assertThat(api.send("POST", "/api/v1/auth/logout", access, body).status()).isEqualTo(204);
        assertProblem(refresh(refreshToken), 401, "REFRESH_TOKEN_INVALID");
        // the access token died with its session (SessionLiveness); another session's token may log out again
        assertThat(api.send("POST", "/api/v1/auth/logout", access, body).status()).isEqualTo(401);
        String other = api.login(user, Api.DEMO_PASSWORD).text("access_token");
        assertThat(api.send("POST", "/api/v1/auth/logout", other, body).status()).isEqualTo(204);
        assertThat(reasons(user)).containsOnly("LOGOUT");
        assertThat(auditActions(user)).containsExactly("SESSION_LOGOUT");
    }

    @Test
    void logoutNeedsAnAccessTokenAndEndsOnlyTheCallersOwnSession() {
        String victim = users.officer("GM0362");
        String token = api.login(victim, Api.DEMO_PASSWORD).text("refresh_token");
        String body = "{\"refresh_token\":\"" + token + "\"}";

        assertThat(api.send("POST", "/api/v1/auth/logout", null, body).status()).isEqualTo(401);
        // someone else's token: answered the same, changes nothing
        assertThat(api.send("POST", "/api/v1/auth/logout", api.token("regio.ens"), body).status()).isEqualTo(204);
        assertThat(refresh(token).status()).isEqualTo(200);
        assertProblem(api.send("POST", "/api/v1/auth/logout", api.token("regio.ens"), "{}"), 400, "VALIDATION_FAILED");
    }

    @Test
    void theBeheerderSeesAPersonsSessionsAndEndsThemAll() {
        String user = users.officer("GM0384");
        String laptop = api.login(user, Api.DEMO_PASSWORD).text("refresh_token");
        String phone = api.login(user, Api.DEMO_PASSWORD).text("refresh_token");
        long userId = userId(user);
        String path = "/api/v1/admin/people/" + userId + "/sessions";

        Response list = api.getAs("beheerder", path);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.json().size()).isEqualTo(2);
        JsonNode session = list.json().get(0);
        assertThat(session.get("sessionId").getStringValue()).isNotBlank();
        assertThat(session.get("startedAt").getStringValue()).isNotBlank();
        assertThat(session.get("expiresAt").getStringValue()).isNotBlank();
        assertThat(session.get("userAgent").getStringValue()).isNotBlank();
        assertThat(session.get("current").getBooleanValue()).isFalse();

        assertThat(api.send("POST", path + "/revoke-all", api.token("beheerder"), null).status()).isEqualTo(204);
        assertProblem(refresh(laptop), 401, "REFRESH_TOKEN_INVALID");
        assertProblem(refresh(phone), 401, "REFRESH_TOKEN_INVALID");
        assertThat(api.getAs("beheerder", path).json().size()).isZero();
        assertThat(reasons(user)).containsOnly("REVOKED_BY_ADMIN");
        // the officer's municipality lies in one region: one event, by the beheerder
        assertThat(auditActions(user)).containsExactly("SESSIONS_REVOKED");
        assertThat(single(user, "select string_agg(actor || ':' || new_value, ',') from audit_event e join app_user u "
                + "on e.entity_id = u.user_id::text where e.entity_type = 'session' and u.username = ?")).isEqualTo("beheerder:2");

        // a new login afterwards is a new session
        assertThat(refresh(api.login(user, Api.DEMO_PASSWORD).text("refresh_token")).status()).isEqualTo(200);
    }

    @Test
    void onlyTheBeheerderMayReachAnotherPersonsSessions() {
        String path = "/api/v1/admin/people/" + userId("regio.mra") + "/sessions";
        for (String caller : List.of("gemeente.amsterdam", "regio.mra", "provincie.groningen")) {
            assertProblem(api.getAs(caller, path), 403, "FORBIDDEN");
            assertProblem(api.send("POST", path + "/revoke-all", api.token(caller), null), 403, "FORBIDDEN");
        }
        assertThat(api.get(path, null).status()).isEqualTo(401);
        assertProblem(api.getAs("beheerder", "/api/v1/admin/people/999999/sessions"), 404, "NOT_FOUND");
    }

    @Test
    void aPersonSeesAndEndsTheirOwnSessions() {
        String user = users.officer("GM0394");
        Response here = api.login(user, Api.DEMO_PASSWORD);
        String elsewhere = api.login(user, Api.DEMO_PASSWORD).text("refresh_token");

        Response mine = api.get("/api/v1/me/sessions", here.text("access_token"));
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        assertThat(mine.json().size()).isEqualTo(2);
        int current = 0;
        for (JsonNode s : mine.json().values()) {
            current += s.get("current").getBooleanValue() ? 1 : 0;
        }
        assertThat(current).isEqualTo(1);

        assertThat(api.send("POST", "/api/v1/me/sessions/revoke-all", here.text("access_token"), null).status()).isEqualTo(204);
        assertProblem(refresh(here.text("refresh_token")), 401, "REFRESH_TOKEN_INVALID");
        assertProblem(refresh(elsewhere), 401, "REFRESH_TOKEN_INVALID");
        assertThat(reasons(user)).containsOnly("REVOKED_BY_SELF");
    }

    @Test
    void anExpiredTokenIsInvalid() throws SQLException {
        String user = users.officer("GM0437");
        String token = api.login(user, Api.DEMO_PASSWORD).text("refresh_token");
        update("update refresh_token set expires_at = now() - interval '1 minute' "
                + "where user_id = (select user_id from app_user where username = ?)", user);
        assertProblem(refresh(token), 401, "REFRESH_TOKEN_INVALID");
    }

    @Test
    void aDeactivatedPersonCannotRefresh() throws SQLException {
        String user = users.officer("GM0451");
        String token = api.login(user, Api.DEMO_PASSWORD).text("refresh_token");
        update("update app_user set active = false where username = ?", user);
        assertProblem(refresh(token), 401, "REFRESH_TOKEN_INVALID");
        update("update app_user set active = true where username = ?", user);
        // the refused attempt did not use the token up
        assertThat(refresh(token).status()).isEqualTo(200);
    }

    @Test
    void refreshTokensAreVisibleToTheSystemScopeOnly() throws SQLException {
        api.login("regio.ens", Api.DEMO_PASSWORD);
        try (Connection c = TestDatabase.appRole().getConnection()) {
            c.setAutoCommit(false);
            assertThat(count(c)).isZero();
            scope(c, "*", "GM0153");
            assertThat(count(c)).isZero();
            scope(c, "1", "*");
            assertThat(count(c)).isZero();
            scope(c, "*", "*");
            assertThat(count(c)).isPositive();
            c.rollback();
        }
    }

    private Response refresh(String token) {
        return api.send("POST", "/api/v1/auth/token", null,
                "{\"grant_type\":\"refresh_token\",\"refresh_token\":\"" + token + "\"}");
    }

    private static void assertProblem(Response r, int status, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.text("code")).isEqualTo(code);
    }

    private static long userId(String username) {
        return Long.parseLong(single(username, "select user_id::text from app_user where username = ?"));
    }

    /** The revocation reasons of a person's tokens (null for live or replaced ones is left out). */
    private static List<String> reasons(String username) {
        return list(username, "select revoked_reason from refresh_token t join app_user u using (user_id) "
                + "where u.username = ? and revoked_reason is not null");
    }

    private static List<String> auditActions(String username) {
        return list(username, "select action from audit_event e join app_user u on e.entity_id = u.user_id::text "
                + "where e.entity_type = 'session' and u.username = ? order by e.event_id");
    }

    private static String single(String parameter, String sql) {
        List<String> values = list(parameter, sql);
        assertThat(values).hasSize(1);
        return values.get(0);
    }

    /** Reads as the owner with the system scope: the tables are under forced row-level security. */
    private static List<String> list(String parameter, String sql) {
        try (Connection c = TestDatabase.ownerRole().getConnection()) {
            c.setAutoCommit(false);
            scope(c, "*", "*");
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, parameter);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            c.commit();
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(String sql, String parameter) throws SQLException {
        try (Connection c = TestDatabase.ownerRole().getConnection()) {
            c.setAutoCommit(false);
            scope(c, "*", "*");
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, parameter);
                assertThat(ps.executeUpdate()).isPositive();
            }
            c.commit();
        }
    }

    private static void scope(Connection c, String regions, String municipalities) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select set_config('thuisplan.regions', ?, true), set_config('thuisplan.municipalities', ?, true)")) {
            ps.setString(1, regions);
            ps.setString(2, municipalities);
            ps.execute();
        }
    }

    private static int count(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select count(*) from refresh_token"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
