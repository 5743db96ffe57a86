package nl.thuisplan.api;

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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * ADR /core/version-header and /core/publish-openapi: every answer (success, refusal, error, the page)
 * carries the API's full version, and the published JSON document is the committed one.
 */
@MicronautTest(transactional = false)
class ApiVersionTest extends ApiTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;
    @Inject
    Api api;
    @Inject
    JsonMapper json;

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.getURL() + path)).header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyAnswerCarriesTheFullApiVersion() throws Exception {
        String token = api.token("beheerder");
        assertThat(get("/api/v1/me", token).headers().firstValue("API-Version")).contains(ApiVersion.CURRENT);
        HttpResponse<String> refused = get("/api/v1/me", null);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("API-Version")).contains(ApiVersion.CURRENT);
        HttpResponse<String> missing = get("/api/v1/does-not-exist", token);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("API-Version")).contains(ApiVersion.CURRENT);
    }

    @Test
    void theVersionIsSemanticVersioning() {
        assertThat(ApiVersion.CURRENT).matches("\\d+\\.\\d+\\.\\d+");
    }

    @Test
    void thePublishedJsonDocumentIsTheCommittedOneForAnyone() throws Exception {
        HttpResponse<String> r = get("/api/v1/openapi.json", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        Map<String, Object> committed = new Yaml().load(
                Files.readString(Path.of("..", "docs", "api", "openapi.yaml"), StandardCharsets.UTF_8));
        JsonNode published = json.readValue(r.body(), JsonNode.class);
        assertThat(published).isEqualTo(json.readValue(json.writeValueAsString(committed), JsonNode.class));
        assertThat(published.get("info").get("version").getStringValue()).isEqualTo(ApiVersion.CURRENT);
    }
}
