package nl.thuisplan.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.thuisplan.audit.AuditLog;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.ApiTest;
import org.junit.jupiter.api.Test;

/**
 * The Prometheus scrape on the management port: request timings per route template and status, the JVM,
 * the connection pool and the domain's counters; and nothing of it on the public port.
 */
@MicronautTest(transactional = false)
class PrometheusTest extends ApiTest {

    @Inject
    Api api;
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext context;
    @Inject
    ApplicationEventPublisher<AuditLog.Recorded> events;
    @Inject
    TenantTransactions tx;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void requestTimingsAreScrapedPerRouteTemplateAndStatus() throws Exception {
        String token = api.token("regio.mra");
        assertThat(api.get("/api/v1/regions/MRA", token).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/regions/ENS/target-groups", null).status()).isEqualTo(401);

        String scrape = scrape();
        // the template, not the path: one series per route however many regions there are
        assertThat(scrape).containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"200\"[^}]*uri=\"/api/v1/regions/\\{code}\"");
        assertThat(scrape).doesNotContain("uri=\"/api/v1/regions/MRA\"");
        assertThat(scrape).containsPattern("http_server_requests_seconds_bucket\\{[^}]*uri=\"/api/v1/regions/\\{code}\"");
        assertThat(scrape).contains("jvm_memory_used_bytes", "jvm_threads_live_threads", "process_cpu_usage");
        assertThat(scrape).containsPattern("(hikaricp_connections_active|jdbc_connections_active)\\{");
        assertThat(scrape).contains("thuisplan_adoptions_total{kind=\"allocation_model\"}",
                "thuisplan_imports_total{kind=\"demand\",outcome=\"refused\"}");
    }

    @Test
    void anExportIsCounted() throws Exception {
        double before = value(scrape(), "thuisplan_exports_total\\{format=\"csv\"}");
        Api.Download csv = api.download("/api/v1/dashboard/regions.csv", api.token("beheerder"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(value(scrape(), "thuisplan_exports_total\\{format=\"csv\"}")).isEqualTo(before + 1);
    }

    @Test
    void aRefusedImportIsCounted() throws Exception {
        double before = value(scrape(), "thuisplan_imports_total\\{kind=\"indicator\",outcome=\"refused\"}");
        Api.Response refused = api.upload("/api/v1/allocation/regions/MRA/indicators/import", api.token("regio.mra"), "kengetallen.csv",
                "geen;kengetallen\n1;2\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("code")).isEqualTo("INDICATOR_IMPORT_INVALID");
        assertThat(value(scrape(), "thuisplan_imports_total\\{kind=\"indicator\",outcome=\"refused\"}")).isEqualTo(before + 1);
    }

    @Test
    void anAcceptedImportIsCountedOnceAndAPreviewNot() throws Exception {
        String series = "thuisplan_imports_total\\{kind=\"indicator\",outcome=\"accepted\"}";
        double before = value(scrape(), series);
        String csv = "gemeentecode,indicator,peildatum,waarde,bron\n"
                + "GM0153,lettings,2031-01-01,1234,Woningcorporaties Twente 2030\n"
                + "GM0164,lettings,2031-01-01,77,Woningcorporaties Twente 2030\n";
        String path = "/api/v1/allocation/regions/ENS/indicators/import";
        byte[] file = csv.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(api.upload(path + "?dryRun=true", api.token("regio.ens"), "kengetallen.csv", file).status()).isEqualTo(200);
        assertThat(value(scrape(), series)).isEqualTo(before);
        assertThat(api.upload(path + "?dryRun=false", api.token("regio.ens"), "kengetallen.csv", file).status()).isEqualTo(200);
        assertThat(value(scrape(), series)).isEqualTo(before + 1);
    }

    @Test
    void anAdoptionIsCountedOnceItsStepHasCommitted() throws Exception {
        String series = "thuisplan_adoptions_total\\{kind=\"woonzorgvisie\"}";
        double before = value(scrape(), series);
        AuditLog.Recorded adopted = new AuditLog.Recorded(List.of(new AuditLog.Change(1, "regio.mra", "ADOPTED", "wzv_document",
                "999999", 1, null, "APPROVED", "ADOPTED", "besluit")));
        assertThatThrownBy(() -> tx.write(Scope.SYSTEM, () -> {
            events.publishEvent(adopted);
            throw new IllegalStateException("the step fails after it was recorded");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(value(scrape(), series)).as("rolled back: not counted").isEqualTo(before);

        tx.write(Scope.SYSTEM, () -> {
            events.publishEvent(adopted);
            return null;
        });
        assertThat(value(scrape(), series)).isEqualTo(before + 1);
    }

    @Test
    void aDemandImportIsCountedOnceThoughItsCellsAreAuditedToo() throws Exception {
        String series = "thuisplan_imports_total\\{kind=\"demand\",outcome=\"accepted\"}";
        double before = value(scrape(), series);
        // what DemandFiles records for one import: the changed cells in one batch, then the analysis
        tx.write(Scope.SYSTEM, () -> {
            events.publishEvent(new AuditLog.Recorded(List.of(
                    new AuditLog.Change(1, "gemeente.amsterdam", "IMPORTED", "demand_analysis", "GM0363/2026", 1,
                            "dakloos/zelfstandig/STOCK", null, "12", null),
                    new AuditLog.Change(1, "gemeente.amsterdam", "IMPORTED", "demand_analysis", "GM0363/2026", 1,
                            "dakloos/zelfstandig/STOCK:note", null, "geteld", null))));
            events.publishEvent(new AuditLog.Recorded(List.of(new AuditLog.Change(1, "gemeente.amsterdam", "IMPORTED",
                    "demand_analysis", "GM0363/2026", 1, null, null, "1", "vraag.xlsx"))));
            return null;
        });
        assertThat(value(scrape(), series)).isEqualTo(before + 1);
    }

    @Test
    void thePublicPortServesNoMetrics() throws Exception {
        for (String path : new String[] {"/prometheus", "/metrics", "/metrics/http.server.requests"}) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path))
                    .header("Accept", "text/html,*/*").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).doesNotContain("http_server_requests", "<html");
        }
    }

    @Test
    void theMetricsEndpointGivesTheRequestTimingsAsJson() throws Exception {
        scrape(); // at least one request before: the scrape itself is not timed, so call a route
        http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/regions")).GET().build(), HttpResponse.BodyHandlers.ofString());
        int port = context.getRequiredProperty("endpoints.all.port", Integer.class);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics/http.server.requests"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("\"name\":\"http.server.requests\"", "\"statistic\":\"COUNT\"", "\"statistic\":\"TOTAL_TIME\"", "\"tag\":\"uri\"");
    }

    private String scrape() throws Exception {
        int port = context.getRequiredProperty("endpoints.all.port", Integer.class);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/prometheus"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        return answer.body();
    }

    private static double value(String scrape, String series) {
        Matcher m = Pattern.compile("(?m)^" + series + " (\\S+)$").matcher(scrape);
        assertThat(m.find()).as(series + " in the scrape").isTrue();
        return Double.parseDouble(m.group(1));
    }
}
