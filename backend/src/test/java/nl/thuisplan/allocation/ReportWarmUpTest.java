package nl.thuisplan.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.health.HealthStatus;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import nl.thuisplan.support.TestDatabase;
import nl.thuisplan.woonzorgvisie.export.DocumentExport;
import nl.thuisplan.woonzorgvisie.export.ExportFixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Report templates are compiled at build time and only loaded at run time, so instances that start
 * together on a shared temp directory cannot break each other's exports; and a warm-up that fails
 * is retried, with the instance not ready (health DOWN) until it succeeds.
 */
class ReportWarmUpTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aFailedWarmUpIsRetriedAndHealthIsDownUntilItSucceeds() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        AtomicReference<HealthStatus> duringRetry = new AtomicReference<>();
        AtomicReference<ReportTemplatesHealth> health = new AtomicReference<>();
        ReportWarmUp warmUp = new ReportWarmUp(() -> {
            if (attempts.incrementAndGet() == 1) {
                // what broke exports for an instance's life: a template class that failed to initialise
                throw new NoClassDefFoundError("Could not initialize class DocumentTemplate$Holder");
            }
            duringRetry.set(health.get().status());
        }, Duration.ofMillis(100));
        health.set(new ReportTemplatesHealth(warmUp));
        assertThat(health.get().status()).isEqualTo(HealthStatus.DOWN);

        warmUp.start();
        long deadline = System.currentTimeMillis() + 10_000;
        while (!warmUp.ready() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(warmUp.ready()).isTrue();
        assertThat(attempts).hasValue(2);
        assertThat(duringRetry).hasValue(HealthStatus.DOWN);
        assertThat(health.get().status()).isEqualTo(HealthStatus.UP);
        warmUp.stop();
    }

    @Test
    void twoInstancesWarmingUpTogetherOnASharedTempDirectoryBothExportAWoonzorgvisie() throws Exception {
        Path sharedTemp = Files.createTempDirectory("thuisplan-shared-tmp");
        String previous = System.getProperty("net.sf.jasperreports.compiler.temp.dir");
        // where JasperReports would write generated classes if it compiled at run time
        System.setProperty("net.sf.jasperreports.compiler.temp.dir", sharedTemp.toString());
        Map<String, Object> properties = new HashMap<>(TestDatabase.forTestClass(getClass()).applicationProperties());
        properties.put("thuisplan.reports.warm-up", "true");
        List<EmbeddedServer> instances = new ArrayList<>();
        try {
            List<CompletableFuture<EmbeddedServer>> starting = List.of(
                    CompletableFuture.supplyAsync(() -> ApplicationContext.run(EmbeddedServer.class, ownManagementPort(properties))),
                    CompletableFuture.supplyAsync(() -> ApplicationContext.run(EmbeddedServer.class, ownManagementPort(properties))));
            for (CompletableFuture<EmbeddedServer> s : starting) {
                instances.add(s.get());
            }
            for (EmbeddedServer instance : instances) {
                assertThat(untilHealthy(instance)).as("health of " + instance.getURL()).isEqualTo(200);
                byte[] pdf = instance.getApplicationContext().getBean(DocumentExport.class).pdf(ExportFixtures.sample("CONCEPT"));
                try (PDDocument doc = Loader.loadPDF(pdf)) {
                    assertThat(new PDFTextStripper().getText(doc)).contains("Woonzorgvisie Enschede");
                }
            }
            try (var left = Files.list(sharedTemp)) {
                assertThat(left.toList()).as("nothing compiled at run time").isEmpty();
            }
        } finally {
            instances.forEach(EmbeddedServer::close);
            if (previous == null) {
                System.clearProperty("net.sf.jasperreports.compiler.temp.dir");
            } else {
                System.setProperty("net.sf.jasperreports.compiler.temp.dir", previous);
            }
        }
    }

    /** Two instances on one machine: each its own management port. */
    private static Map<String, Object> ownManagementPort(Map<String, Object> properties) {
        Map<String, Object> own = new HashMap<>(properties);
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            own.put("endpoints.all.port", String.valueOf(socket.getLocalPort()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return own;
    }

    /** The status of /health (on the instance's management port) once it is UP, or the last one after a minute. */
    private int untilHealthy(EmbeddedServer instance) throws Exception {
        int port = instance.getApplicationContext().getRequiredProperty("endpoints.all.port", Integer.class);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).GET().build();
        long deadline = System.currentTimeMillis() + 60_000;
        int status;
        do {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            status = r.statusCode();
            if (status == 200) {
                assertThat(r.body()).contains("\"status\":\"UP\"");
                return status;
            }
            Thread.sleep(200);
        } while (System.currentTimeMillis() < deadline);
        return status;
    }
}
