package nl.thuisplan.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.thuisplan.allocation.engine.AllocationEngine;
import nl.thuisplan.allocation.engine.AllocationRequest;
import nl.thuisplan.allocation.engine.Bound;
import nl.thuisplan.allocation.engine.Criterion;
import nl.thuisplan.allocation.engine.Method;
import nl.thuisplan.allocation.engine.Unit;
import nl.thuisplan.support.TestDatabase;

/**
 * Round trip of POST /api/v1/allocation/preview for one region (30 municipalities, 2 criteria, caps)
 * under concurrent clients, against the bare engine on the same request in the same run.
 * Run with bench/allocation-preview.sh.
 */
public final class AllocationPreviewBench {

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 4000;
        Map<String, Object> props = new HashMap<>(TestDatabase.properties());
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, props)) {
            String base = server.getURL().toString();
            HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(clients)).build();
            String token = field(http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"regio.mra\",\"password\":\"thuisplan-demo\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body(), "access_token");

            StringJoiner units = new StringJoiner(",");
            List<Unit> engineUnits = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                long inhabitants = 10_000 + i * 7_919L;
                long lettings = 100 + i * 37L;
                Integer max = i % 7 == 0 ? 20 : null;
                units.add("{\"id\":\"GM" + (1000 + i) + "\",\"indicators\":{\"inhabitants\":" + inhabitants + ",\"lettings\":"
                        + lettings + "}" + (max == null ? "" : ",\"max\":" + max) + "}");
                Unit u = Unit.of("GM" + (1000 + i), Map.of("inhabitants", BigDecimal.valueOf(inhabitants),
                        "lettings", BigDecimal.valueOf(lettings)));
                engineUnits.add(max == null ? u : u.withMax(Bound.absolute(max)));
            }
            String body = "{\"total\":600,\"method\":\"LARGEST_REMAINDER\",\"criteria\":[{\"indicator\":\"inhabitants\","
                    + "\"weight\":0.6},{\"indicator\":\"lettings\",\"weight\":0.4}],\"units\":[" + units + "]}";
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/allocation/preview"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            AllocationRequest engineRequest = new AllocationRequest(600, Method.LARGEST_REMAINDER,
                    List.of(Criterion.of("inhabitants", "0.6"), Criterion.of("lettings", "0.4")), engineUnits);

            ExecutorService pool = Executors.newFixedThreadPool(clients);
            run(pool, http, request, requests / 4); // warm-up
            long[] latencies = run(pool, http, request, requests);
            double seconds = latencies[latencies.length - 1] / 1e9;
            long[] sorted = Arrays.copyOf(latencies, latencies.length - 1);
            Arrays.sort(sorted);

            AllocationEngine engine = new AllocationEngine();
            for (int i = 0; i < 2_000; i++) {
                engine.allocate(engineRequest); // warm-up
            }
            int n = 5_000;
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                engine.allocate(engineRequest);
            }
            double engineMicros = (System.nanoTime() - start) / 1e3 / n;

            System.out.printf(Locale.ROOT, "%nAllocation preview benchmark: one region (30 units, 2 criteria, caps), %d requests, "
                    + "%d concurrent clients%n", requests, clients);
            System.out.printf(Locale.ROOT, "  endpoint round trip: p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  max %.2f ms  %.0f req/s%n",
                    pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted[sorted.length - 1] / 1e6, requests / seconds);
            System.out.printf(Locale.ROOT, "  bare engine, same request, one thread: %.1f us per allocation%n", engineMicros);
            System.out.printf(Locale.ROOT, "  ratio: endpoint p50 = %.1fx the bare engine%n", pct(sorted, 50) * 1000 / engineMicros);
            pool.shutdownNow();
            System.exit(0);
        }
    }

    /** Latencies in ns of each request; the last element is the wall time of the whole run. */
    private static long[] run(ExecutorService pool, HttpClient http, HttpRequest request, int count) throws Exception {
        long[] out = new long[count + 1];
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            futures.add(pool.submit(() -> {
                long t = System.nanoTime();
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(r.statusCode() + " " + r.body());
                }
                out[index] = System.nanoTime() - t;
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        out[count] = System.nanoTime() - start;
        return out;
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException(name + " not in " + json);
        }
        return m.group(1);
    }
}
