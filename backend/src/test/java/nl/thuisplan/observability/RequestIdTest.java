package nl.thuisplan.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.thuisplan.support.ApiTest;
import org.junit.jupiter.api.Test;

/** Every answer carries an X-Request-ID: the caller's when it is sane, else one made here. */
@MicronautTest(transactional = false)
class RequestIdTest extends ApiTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anAnswerGetsAGeneratedRequestId() throws Exception {
        HttpResponse<String> first = get("/api/v1/regions", null);
        HttpResponse<String> second = get("/api/v1/regions", null);
        assertThat(first.statusCode()).isEqualTo(401);
        assertThat(first.headers().firstValue("X-Request-ID")).hasValueSatisfying(id -> assertThat(id).matches(UUID));
        assertThat(second.headers().firstValue("X-Request-ID")).isNotEqualTo(first.headers().firstValue("X-Request-ID"));
    }

    @Test
    void aSaneIncomingRequestIdIsEchoed() throws Exception {
        String id = "proxy-7f3a.2026_12-07";
        HttpResponse<String> answer = get("/api/v1/regions", id);
        assertThat(answer.headers().allValues("X-Request-ID")).containsExactly(id);
        // a page and a 404 carry it too
        assertThat(get("/", id).headers().firstValue("X-Request-ID")).hasValue(id);
        assertThat(get("/api/v1/does-not-exist", id).headers().firstValue("X-Request-ID")).hasValue(id);
    }

    @Test
    void anInsaneIncomingRequestIdIsReplaced() throws Exception {
        for (String insane : new String[] {"a".repeat(65), "two words", "id\"quote", "<script>", "ünïcode", ""}) {
            HttpResponse<String> answer = get("/api/v1/regions", insane);
            assertThat(answer.headers().firstValue("X-Request-ID")).as(insane)
                    .hasValueSatisfying(id -> assertThat(id).matches(UUID).isNotEqualTo(insane));
        }
        String longest = "b".repeat(64);
        assertThat(get("/api/v1/regions", longest).headers().firstValue("X-Request-ID")).hasValue(longest);
    }

    @Test
    void theSaneRuleAcceptsOnlyShortPlainIds() {
        assertThat(RequestIdFilter.sane("abc-DEF_0.9")).isTrue();
        assertThat(RequestIdFilter.sane(null)).isFalse();
        assertThat(RequestIdFilter.sane("line\nbreak")).isFalse();
        assertThat(RequestIdFilter.sane("c".repeat(65))).isFalse();
    }

    private HttpResponse<String> get(String path, String requestId) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.getURL() + path)).GET().header("Accept", "application/json");
        if (requestId != null) {
            b.header("X-Request-ID", requestId);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
