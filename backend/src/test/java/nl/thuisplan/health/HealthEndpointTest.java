package nl.thuisplan.health;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import nl.thuisplan.support.ManagementPort;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The health endpoints on the management port (issue 16): readiness checks the database, liveness does not; anyone
 * gets the status, only the platform beheerder the details (never the database's address to anyone else); the
 * application's own port serves none of it; and every other management endpoint is off, refused without a stack
 * trace in the log.
 */
@MicronautTest(transactional = false)
class HealthEndpointTest extends ApiTest {

    /**
     * Micronaut's endpoints that are switched off, and a few that never existed. The metrics endpoints (/metrics and
     * /prometheus) are on, on this port only: PrometheusTest and the observability e2e read them.
     */
    private static final List<String> OTHER_ENDPOINTS = List.of("/beans", "/routes", "/threaddump", "/flyway", "/env", "/loggers",
            "/info", "/refresh", "/caches", "/stop", "/health/../beans", "/nope");

    @Inject
    Api api;
    @Inject
    EmbeddedServer server;

    private String management;

    @BeforeAll
    void managementPort() {
        management = ManagementPort.url(server);
        assertThat(server.getPort()).isNotEqualTo(server.getApplicationContext().getRequiredProperty(ManagementPort.PROPERTY,
                Integer.class));
    }

    @Test
    void readinessChecksTheDatabaseAndShowsItOnlyToTheBeheerder() {
        Response beheerder = api.get(management + "/health/readiness", api.token("beheerder"));
        assertThat(beheerder.status()).isEqualTo(200);
        assertThat(beheerder.json().get("status").getStringValue()).isEqualTo("UP");
        assertThat(beheerder.json().get("details").get("jdbc")).as("the database check: " + beheerder.body()).isNotNull();
        assertThat(beheerder.json().get("details").get("jdbc").get("status").getStringValue()).isEqualTo("UP");
        assertThat(beheerder.body()).contains("jdbc:postgresql:");

        for (String token : new String[] {null, api.token("gemeente.amsterdam"), api.token("regio.mra")}) {
            for (String path : List.of("/health", "/health/readiness", "/health/liveness")) {
                Response r = api.get(management + path, token);
                assertThat(r.status()).as(path).isEqualTo(200);
                assertThat(r.json().get("status").getStringValue()).isEqualTo("UP");
                assertThat(r.json().get("details") == null || r.json().get("details").isNull())
                        .as("no details of " + path + " for a non-beheerder: " + r.body()).isTrue();
                assertThat(r.body()).doesNotContain("jdbc").doesNotContain("postgres");
            }
        }
    }

    @Test
    void livenessDoesNotAskTheDatabase() {
        Response r = api.get(management + "/health/liveness", api.token("beheerder"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").getStringValue()).isEqualTo("UP");
        assertThat(r.body()).doesNotContain("jdbc");
        Response all = api.get(management + "/health", api.token("beheerder"));
        assertThat(all.json().get("details").get("jdbc")).as(all.body()).isNotNull();
    }

    @Test
    void theApplicationPortServesNoManagementEndpoint() {
        for (String path : List.of("/health", "/health/readiness", "/health/liveness")) {
            Response r = api.get(path, api.token("beheerder"));
            assertThat(r.status()).as(path + " on the application's port").isEqualTo(404);
            assertThat(r.body()).doesNotContain("\"UP\"");
        }
    }

    @Test
    void theManagementPortServesNothingOfTheApplication() {
        for (String path : List.of("/", "/index.html", "/favicon.svg", "/regios/MRA", "/beans", "/swagger-ui/", "/api/v1/regions")) {
            for (String token : new String[] {null, api.token("beheerder")}) {
                Response r = api.send("GET", management + path, token, null, "text/html,application/xhtml+xml,*/*");
                assertThat(r.status()).as(path + " on the management port: " + r.body()).isEqualTo(404);
                assertThat(r.contentType()).startsWith("application/problem+json");
            }
        }
        assertThat(api.send("GET", server.getURL() + "/regios/MRA", null, null, "text/html").status())
                .as("the page fallback on the application's port").isEqualTo(200);
    }

    @Test
    void everyOtherManagementEndpointIsRefusedWithoutAStackTraceInTheLog() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        List<String> answered = new ArrayList<>();
        try {
            for (String base : List.of(management, server.getURL().toString())) {
                for (String token : new String[] {null, api.token("gemeente.amsterdam"), api.token("beheerder")}) {
                    for (String path : OTHER_ENDPOINTS) {
                        for (String method : List.of("GET", "POST", "DELETE")) {
                            Response r = api.send(method, base + path, token, method.equals("POST") ? "{}" : null);
                            if (r.status() != 401 && r.status() != 403 && r.status() != 404 && r.status() != 405) {
                                answered.add(method + " " + base + path + (token == null ? " anonymous" : " logged in") + ": "
                                        + r.status() + " " + r.body());
                            }
                        }
                    }
                }
            }
        } finally {
            root.detachAppender(log);
        }
        assertThat(answered).as("management calls that were not refused").isEmpty();
        assertThat(log.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR) || e.getThrowableProxy() != null)
                .map(e -> e.getLevel() + " " + e.getLoggerName() + ": " + e.getFormattedMessage()).toList())
                .as("errors or stack traces logged for refused management calls").isEmpty();
    }
}
