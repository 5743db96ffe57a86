package nl.thuisplan.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.people.OrganisationRepository;
import nl.thuisplan.people.People;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import nl.thuisplan.support.TestUsers;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class LoginTest extends ApiTest {

    @Inject
    Api api;
    @Inject
    UserAccountRepository users;
    @Inject
    CredentialRepository credentials;
    @Inject
    TestUsers testUsers;
    @Inject
    People people;
    @Inject
    OrganisationRepository organisations;
    @Inject
    TenantTransactions tx;
    @Inject
    io.micronaut.runtime.server.EmbeddedServer server;

    @Test
    void loginReturnsAShortLivedAccessTokenAndARefreshToken() {
        Response r = api.login("regio.mra", Api.DEMO_PASSWORD);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text("access_token")).isNotBlank();
        assertThat(r.text("refresh_token")).isNotBlank();
        assertThat(r.json().get("expires_in").getIntValue()).isEqualTo(900);
    }

    @Test
    void meTellsEachRoleItsScope() {
        Response admin = api.getAs("beheerder", "/api/v1/me");
        assertThat(admin.text("role")).isEqualTo("PLATFORM_ADMIN");
        assertThat(admin.json().get("region").isNull()).isTrue();

        Response manager = api.getAs("regio.gmr", "/api/v1/me");
        assertThat(manager.text("role")).isEqualTo("REGION_PROGRAMME_MANAGER");
        assertThat(manager.json().get("region").get("code").getStringValue()).isEqualTo("GMR");

        Response officer = api.getAs("gemeente.enschede", "/api/v1/me");
        assertThat(officer.text("role")).isEqualTo("MUNICIPALITY_OFFICER");
        assertThat(officer.json().get("municipality").get("code").getStringValue()).isEqualTo("GM0153");
        assertThat(officer.json().get("region").get("code").getStringValue()).isEqualTo("ENS");

        Response analyst = api.getAs("provincie.groningen", "/api/v1/me");
        assertThat(analyst.text("role")).isEqualTo("PROVINCE_ANALYST");
        assertThat(analyst.json().get("province").get("name").getStringValue()).isEqualTo("Groningen");
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        Response wrong = api.login("regio.ens", "not-the-password");
        Response unknown = api.login("nobody.here", "whatever");
        for (Response r : new Response[] {wrong, unknown}) {
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.text("code")).isEqualTo("LOGIN_FAILED");
        }
        assertThat(wrong.body()).isEqualTo(unknown.body());
    }

    @Test
    void repeatedFailuresLockTheNameEvenForTheRightPasswordAndSayNothingMore() {
        createUser("test.lockout", "right-password");
        Response wrong = null;
        for (int i = 0; i < 5; i++) {
            wrong = api.login("test.lockout", "wrong-" + i);
            assertThat(wrong.status()).isEqualTo(401);
        }
        Response locked = api.login("test.lockout", "right-password");
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.body()).isEqualTo(wrong.body());
    }

    @Test
    void aForwardedForHeaderIsNotBelievedWithoutAConfiguredProxyHeader() throws Exception {
        createUser("test.spoof", "right-password");
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        for (int i = 0; i < 6; i++) {
            int status = loginFrom(client, "203.0.113." + i, "test.spoof", i < 5 ? "wrong" : "right-password");
            assertThat(status).as("attempt %d, each from a claimed new address", i + 1).isEqualTo(401);
        }
    }

    private int loginFrom(java.net.http.HttpClient client, String claimed, String username, String password) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.getURL() + "/api/v1/auth/login"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", claimed).header("Forwarded", "for=" + claimed)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")).build();
        return client.send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void aSuccessfulLoginResetsTheFailureCount() {
        createUser("test.reset", "right-password");
        for (int i = 0; i < 4; i++) {
            api.login("test.reset", "wrong");
        }
        assertThat(api.login("test.reset", "right-password").status()).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            api.login("test.reset", "wrong");
        }
        assertThat(api.login("test.reset", "right-password").status()).isEqualTo(200);
    }

    @Test
    void aRefreshTokenGivesANewAccessTokenWithTheSameScope() {
        Response login = api.login("gemeente.groningen", Api.DEMO_PASSWORD);
        Response refreshed = api.send("POST", "/api/v1/auth/token", null,
                "{\"grant_type\":\"refresh_token\",\"refresh_token\":\"" + login.text("refresh_token") + "\"}");
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        Response me = api.get("/api/v1/me", refreshed.text("access_token"));
        assertThat(me.json().get("municipality").get("code").getStringValue()).isEqualTo("GM0014");
    }

    @Test
    void aForgedRefreshTokenIsRefused() {
        Response r = api.send("POST", "/api/v1/auth/token", null,
                "{\"grant_type\":\"refresh_token\",\"refresh_token\":\"eyJhbGciOiJIUzI1NiJ9.e30.forged\"}");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.text("code")).isEqualTo("REFRESH_TOKEN_INVALID");
    }

    @Test
    void passwordsAreStoredAsArgon2idHashes() {
        UserAccount user = tx.read(Scope.SYSTEM, () -> users.findByUsername("beheerder")).orElseThrow();
        Credential credential = tx.read(Scope.SYSTEM, () -> credentials.find(user.userId())).orElseThrow();
        assertThat(credential.passwordHash()).startsWith("$argon2id$").doesNotContain(Api.DEMO_PASSWORD);
    }

    private void createUser(String username, String password) {
        tx.write(Scope.SYSTEM, () -> users.findByUsername(username).orElseGet(() -> {
            UserAccount person = testUsers.person(username, "Test", password);
            people.addMembership(person.userId(), organisations.platform().orElseThrow(), null, false,
                    LocalDate.of(2025, 1, 1), null);
            return person;
        }));
    }
}
