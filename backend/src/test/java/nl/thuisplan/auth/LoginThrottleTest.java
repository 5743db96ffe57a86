package nl.thuisplan.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.people.OrganisationRepository;
import nl.thuisplan.people.People;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.ApiTest;
import nl.thuisplan.support.OwnerSql;
import nl.thuisplan.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * Finding 9 of the outside test: the login told which accounts exist (423 against 401), answered locked
 * and deactivated accounts faster, checked six of five concurrent guesses, let anyone lock any known
 * account, and throttled nothing per client. The client address comes from {@code X-Test-Client}, as
 * an operator's proxy header would carry it.
 */
@MicronautTest(transactional = false)
class LoginThrottleTest extends ApiTest {

    private static final String HEADER = "X-Test-Client";
    private static final String RIGHT = "Het juiste wachtwoord 2026";

    @Inject
    EmbeddedServer server;
    @Inject
    Api api;
    @Inject
    TestUsers testUsers;
    @Inject
    People people;
    @Inject
    OrganisationRepository organisations;
    @Inject
    UserAccountRepository users;
    @Inject
    CredentialRepository credentials;
    @Inject
    TenantTransactions tx;

    private final HttpClient client = HttpClient.newHttpClient();

    @Override
    public @NonNull Map<String, String> getProperties() {
        Map<String, String> p = new java.util.HashMap<>(super.getProperties());
        p.put("thuisplan.login.client-address-header", HEADER);
        return p;
    }

    record Answer(int status, String body, String retryAfter, long millis) {
    }

    private Answer login(String from, String username, String password) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/auth/login"))
                .header("Content-Type", "application/json").header(HEADER, from)
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
                .build();
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), r.headers().firstValue("Retry-After").orElse(null),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long person(String username, boolean active) {
        long id = tx.write(Scope.SYSTEM, () -> {
            UserAccount person = testUsers.person(username, "Test " + username, RIGHT);
            people.addMembership(person.userId(), organisations.platform().orElseThrow(), null, false, LocalDate.of(2025, 1, 1), null);
            return person.userId();
        });
        if (!active) {
            OwnerSql.exec("update app_user set active = false, deactivated_at = now() where user_id = " + id);
        }
        return id;
    }

    /** Locks the account as a guess spread over five addresses does: five wrong passwords from each. */
    private void lockFromEverywhere(String username) {
        for (int a = 0; a < 5; a++) {
            for (int i = 0; i < 5; i++) {
                assertThat(login("198.51.100." + a, username, "fout-" + i).status()).isEqualTo(401);
            }
        }
    }

    private int failedLogins(long userId) {
        return tx.read(Scope.SYSTEM, () -> credentials.find(userId)).orElseThrow().failedLogins();
    }

    @Test
    void unknownLockedDeactivatedAndWrongPasswordGetTheSameAnswerAfterTheSameWork() {
        person("gelijk.actief", true);
        person("gelijk.gedeactiveerd", false);
        person("gelijk.geblokkeerd", true);
        lockFromEverywhere("gelijk.geblokkeerd");

        Map<String, Callable<Answer>> cases = new java.util.LinkedHashMap<>();
        cases.put("wrong password", () -> login("192.0.2.1", "gelijk.actief", "niet het wachtwoord"));
        cases.put("unknown name", () -> login("192.0.2.2", "niemand.bekend", RIGHT));
        cases.put("locked account, right password", () -> login("192.0.2.3", "gelijk.geblokkeerd", RIGHT));
        cases.put("deactivated, right password", () -> login("192.0.2.4", "gelijk.gedeactiveerd", RIGHT));
        Map<String, List<Long>> times = new java.util.LinkedHashMap<>();
        String first = null;
        for (int round = 0; round < 4; round++) { // four per name and address: under the per-name limit
            for (var c : cases.entrySet()) {
                Answer a;
                try {
                    a = c.getValue().call();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                assertThat(a.status()).as(c.getKey()).isEqualTo(401);
                if (first == null) {
                    first = a.body();
                }
                assertThat(a.body()).as(c.getKey() + ": the same body as every other failure").isEqualTo(first);
                times.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add(a.millis());
            }
        }
        assertThat(first).contains("\"code\":\"LOGIN_FAILED\"");
        // every path checks one Argon2id hash (tens of milliseconds); a path that skips it answers in a few
        Map<String, Long> medians = new java.util.LinkedHashMap<>();
        times.forEach((k, v) -> medians.put(k, v.stream().sorted().toList().get(v.size() / 2)));
        long slowest = medians.values().stream().max(Long::compare).orElseThrow();
        long fastest = medians.values().stream().min(Long::compare).orElseThrow();
        assertThat(fastest * 3).as("median answer times %s", medians).isGreaterThanOrEqualTo(slowest);
    }

    @Test
    void ofTenGuessesSentAtOnceExactlyFiveAreChecked() throws Exception {
        long id = person("tegelijk", true);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                int n = i;
                answers.add(pool.submit(() -> login("192.0.2.10", "tegelijk", "gok-" + n)));
            }
            for (Future<Answer> a : answers) {
                assertThat(a.get().status()).isEqualTo(401);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(failedLogins(id)).as("attempts that reached the account").isEqualTo(5);
        assertThat(login("192.0.2.10", "tegelijk", RIGHT).status()).as("the name is locked from this address").isEqualTo(401);
    }

    @Test
    void aGuesserElsewhereCannotLockAPersonOutOfTheirOwnOffice() {
        person("kantoor", true);
        for (int i = 0; i < 8; i++) {
            assertThat(login("203.0.113.66", "kantoor", "gok-" + i).status()).isEqualTo(401);
        }
        assertThat(login("203.0.113.66", "kantoor", RIGHT).status()).as("the guesser's address stays locked").isEqualTo(401);
        assertThat(login("192.0.2.20", "kantoor", RIGHT).status()).as("the person's own address").isEqualTo(200);
    }

    @Test
    void oneAddressSprayingManyNamesIsThrottledWithRetryAfterAndOthersAreNot() {
        person("sproei.doel", true);
        for (int i = 0; i < 50; i++) {
            String name = i % 2 == 0 ? "onbekend." + i : "beheerder";
            int status = login("203.0.113.77", i % 2 == 0 ? name : "sproei.doel", "Welkom01!").status();
            assertThat(status).as("attempt %d", i + 1).isEqualTo(401);
        }
        Answer throttled = login("203.0.113.77", "sproei.doel", RIGHT);
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.body()).contains("\"code\":\"LOGIN_THROTTLED\"");
        assertThat(Long.parseLong(throttled.retryAfter())).isBetween(1L, 15L * 60);
        Answer unknown = login("203.0.113.77", "niemand." + System.nanoTime(), RIGHT);
        assertThat(unknown.status()).as("an unknown name from that address is answered alike").isEqualTo(429);
        assertThat(login("192.0.2.30", "sproei.doel", RIGHT).status()).as("another address").isEqualTo(200);
    }

    @Test
    void theBeheerderUnlocksAnAccountLockedFromEverywhere() {
        long id = person("ontgrendel", true);
        lockFromEverywhere("ontgrendel");
        assertThat(login("192.0.2.40", "ontgrendel", RIGHT).status()).as("locked from every address").isEqualTo(401);
        assertThat(tx.read(Scope.SYSTEM, () -> credentials.find(id)).orElseThrow().lockedUntil()).isNotNull();

        Api.Response unlocked = api.send("POST", "/api/v1/admin/people/" + id + "/unlock", api.token("beheerder"), "{}");
        assertThat(unlocked.status()).isEqualTo(200);
        assertThat(login("198.51.100.0", "ontgrendel", RIGHT).status())
                .as("also from an address whose name counter was full").isEqualTo(200);
        assertThat(Arrays.asList(failedLogins(id))).containsExactly(0);
    }
}
