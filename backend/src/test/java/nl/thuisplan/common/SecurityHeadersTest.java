package nl.thuisplan.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.ApiTest;
import org.junit.jupiter.api.Test;

/** Every kind of answer carries the browser-side walls; data and tokens are never cached. */
@MicronautTest(transactional = false)
class SecurityHeadersTest extends ApiTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Api api;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPageMayOnlyLoadFromItsOwnOriginAndNotBeFramed() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/regios/MRA")).header("Accept", "text/html").GET());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<div id=\"root\">");
        assertWalls(page);
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'self'", "script-src 'self';", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-eval").doesNotContain("http:").doesNotContain("https:").doesNotContain("*");
        assertThat(csp.substring(csp.indexOf("script-src"))).startsWith("script-src 'self';");
    }

    @Test
    void anApiAnswerIsNeverStored() throws Exception {
        HttpResponse<String> data = send(HttpRequest.newBuilder(uri("/api/v1/housing-forms"))
                .header("Authorization", "Bearer " + api.token("gemeente.diemen")).header("Accept", "application/json").GET());
        assertThat(data.statusCode()).isEqualTo(200);
        assertWalls(data);
        assertThat(data.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void aTokenAnswerIsNeverStored() throws Exception {
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/api/v1/auth/login"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"gemeente.diemen\",\"password\":\"" + Api.DEMO_PASSWORD + "\"}")));
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("access_token");
        assertWalls(login);
        assertThat(login.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void errorAnswersCarryTheSameHeaders() throws Exception {
        HttpResponse<String> unauthenticated = send(HttpRequest.newBuilder(uri("/api/v1/housing-forms"))
                .header("Accept", "application/json").GET());
        assertThat(unauthenticated.statusCode()).isEqualTo(401);
        assertWalls(unauthenticated);
        assertThat(unauthenticated.headers().firstValue("Cache-Control")).contains("no-store");

        HttpResponse<String> notFound = send(HttpRequest.newBuilder(uri("/api/v1/no-such-thing"))
                .header("Authorization", "Bearer " + api.token("gemeente.diemen")).header("Accept", "application/json").GET());
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.headers().firstValue("Content-Type").orElse("")).startsWith(Problem.CONTENT_TYPE);
        assertWalls(notFound);
        assertThat(notFound.headers().firstValue("Cache-Control")).contains("no-store");
    }

    private static void assertWalls(HttpResponse<String> r) {
        assertThat(r.headers().firstValue("Content-Security-Policy")).as("CSP").hasValueSatisfying(csp ->
                assertThat(csp).startsWith("default-src 'self';").contains("frame-ancestors 'none'"));
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(r.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(r.headers().firstValue("Referrer-Policy")).contains("same-origin");
    }

    private URI uri(String path) {
        return URI.create(server.getURL() + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
