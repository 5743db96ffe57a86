package nl.thuisplan.observability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.thuisplan.support.ApiTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Log lines as production writes them: the encoder of logback.xml's default (json) appender renders each event
 * captured here, so the test reads exactly the line an operator's log collector would get.
 */
@MicronautTest(transactional = false)
class JsonLogTest extends ApiTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();
    private final Capture capture = new Capture();

    @BeforeAll
    void listen() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        // JSON is the default: without THUISPLAN_LOG_FORMAT the root logger writes through the json appender
        assertThat(root.getAppender("json")).isInstanceOf(OutputStreamAppender.class);
        @SuppressWarnings("unchecked")
        Encoder<ILoggingEvent> encoder = ((OutputStreamAppender<ILoggingEvent>) root.getAppender("json")).getEncoder();
        capture.encoder = encoder;
        capture.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        capture.start();
        root.addAppender(capture);
    }

    @AfterAll
    void stopListening() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(capture);
        capture.stop();
    }

    @Test
    void aMultiLineMessageWrittenForARequestIsOneJsonLineWithTheRequestId() throws Exception {
        // without SMTP the password reset mail is written to the log, several lines of text, on a worker thread
        String id = "jsonlog-reset-1";
        HttpResponse<String> answer = post("/api/v1/auth/password-reset", "{\"email\":\"beheerder@demo.thuisplan.invalid\"}", id);
        assertThat(answer.statusCode()).isEqualTo(202);

        String line = awaitLine(id, "MAIL NIET VERZONDEN");
        assertThat(line).doesNotContain("\n").endsWith("}");
        JsonNode event = json.readValue(line, JsonNode.class);
        assertThat(event.get("requestId").getStringValue()).isEqualTo(id);
        assertThat(event.get("level").getStringValue()).isEqualTo("INFO");
        assertThat(event.get("logger").getStringValue()).isEqualTo("nl.thuisplan.mail.Mailer");
        assertThat(event.get("thread").getStringValue()).isNotBlank();
        assertThat(event.get("message").getStringValue()).contains("\nOnderwerp: Nieuw wachtwoord voor Thuisplan\n");
        // ISO-8601 with its zone
        String timestamp = event.get("timestamp").getStringValue();
        assertThat(timestamp).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}(Z|[+-]\\d{2}:\\d{2})");
        assertThat(OffsetDateTime.parse(timestamp)).isCloseTo(OffsetDateTime.now(), org.assertj.core.api.Assertions.within(
                1, java.time.temporal.ChronoUnit.MINUTES));
    }

    @Test
    void theAccessLogHasALineWithTheRequestIdAndAStackTraceIsOneField() throws Exception {
        String id = "jsonlog-access-2";
        HttpResponse<String> answer = post("/api/v1/auth/login", "{\"username\":\"regio.mra\",\"password\":\"thuisplan-demo\"}", id);
        assertThat(answer.statusCode()).isEqualTo(200);
        String access = awaitLine(id, "/api/v1/auth/login");
        JsonNode event = json.readValue(access, JsonNode.class);
        assertThat(event.get("logger").getStringValue()).isEqualTo("thuisplan.access");
        assertThat(event.get("message").getStringValue()).contains("\"POST /api/v1/auth/login HTTP/1.1\" 200").endsWith(id);
        // the password went in the body, never into a line
        assertThat(access).doesNotContain("thuisplan-demo");

        Logger probe = (Logger) LoggerFactory.getLogger("nl.thuisplan.observability.probe");
        probe.error("failed", new IllegalStateException("outer", new IllegalArgumentException("root cause")));
        String error = capture.lines.stream().filter(l -> l.contains("nl.thuisplan.observability.probe")).findFirst().orElseThrow();
        assertThat(error.strip()).doesNotContain("\n");
        JsonNode failure = json.readValue(error, JsonNode.class);
        assertThat(failure.get("level").getStringValue()).isEqualTo("ERROR");
        assertThat(failure.get("stack_trace").getStringValue()).contains("IllegalArgumentException: root cause", "outer", "\tat ");
    }

    private String awaitLine(String requestId, String containing) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < until) {
            for (String line : capture.lines) {
                if (line.contains(requestId) && line.contains(containing)) {
                    return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no log line with " + requestId + " and " + containing + " in " + capture.lines);
    }

    private HttpResponse<String> post(String path, String body, String requestId) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("X-Request-ID", requestId).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Keeps every event as the production encoder renders it. */
    static final class Capture extends AppenderBase<ILoggingEvent> {
        final List<String> lines = new CopyOnWriteArrayList<>();
        Encoder<ILoggingEvent> encoder;

        @Override
        protected void append(ILoggingEvent event) {
            lines.add(new String(encoder.encode(event), StandardCharsets.UTF_8));
        }
    }
}
