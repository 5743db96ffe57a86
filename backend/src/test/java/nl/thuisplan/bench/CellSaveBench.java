package nl.thuisplan.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.thuisplan.support.TestDatabase;

/**
 * Saves demand cells through {@code PUT /api/v1/demand/analyses/{id}/cells/...} from N concurrent clients
 * (each a gemeente medewerker typing into its own reopened analysis of last year, so last year's
 * values, the demo figures of the whole region and every table's row-level security are real), then,
 * in the same run on the same PostgreSQL, runs a straight save's statements as bare SQL from N
 * threads: the scope's set_config, the analysis read, the guarded upsert (the body of
 * {@code demand_write_cell}, inlined so the same bench runs on a tree without it) and the audit
 * insert, in one transaction. Prints p50/p95 of both, their ratio, and the statements and
 * transactions the application sent per save (counted at the driver by {@link StatementCounter}).
 * Run with bench/cell-save.sh.
 */
public final class CellSaveBench {

    private static final String PASSWORD = "thuisplan-demo";
    private static final String[][] CLIENTS = {
            {"gemeente.amsterdam", "GM0363", "regio.mra"}, {"gemeente.diemen", "GM0384", "regio.mra"},
            {"gemeente.enschede", "GM0153", "regio.ens"}, {"gemeente.groningen", "GM0014", "regio.gro"}};
    /** Saves per client before measuring: enough for the JIT to compile the request path (30 left it half interpreted). */
    private static final int WARM_UP = 600;

    public static void main(String[] args) throws Exception {
        try {
            bench(args);
        } finally {
            System.exit(0); // the embedded server's threads would keep the JVM alive after a failure
        }
    }

    private static void bench(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Map<String, Object> props = new HashMap<>(TestDatabase.properties());
        props.put("thuisplan.demo.enabled", "true");
        props.put("thuisplan.demo.demand", "true");
        props.put("datasources.default.url", StatementCounter.wrap(String.valueOf(props.get("datasources.default.url"))));
        props.put("datasources.default.driver-class-name", StatementCounter.class.getName());
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, props)) {
            ApplicationContext ctx = server.getApplicationContext();
            JsonMapper json = ctx.getBean(JsonMapper.class);
            String base = server.getURL().toString();
            // HTTP/1.1 as a browser speaks to the server (no h2c upgrade attempt on each new connection)
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(Executors.newFixedThreadPool(clients)).build();
            int year = LocalDate.now().getYear() - 1; // adopted demo figures in every region; reopened below

            List<Client> list = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                String[] c = CLIENTS[i % CLIENTS.length];
                list.add(Client.open(http, json, base, c[0], c[1], c[2], year));
            }
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            run(pool, list, c -> c.saves(WARM_UP));
            StatementCounter.Counts before = StatementCounter.snapshot();
            long[][] app = run(pool, list, c -> c.saves(requests));
            StatementCounter.Counts counts = StatementCounter.snapshot().minus(before);

            long[][] bare = run(pool, list, c -> c.bareSaves(WARM_UP));
            bare = run(pool, list, c -> c.bareSaves(requests));

            long[] a = flatten(app);
            long[] b = flatten(bare);
            int saves = a.length;
            System.out.printf(Locale.ROOT, "%nCell save benchmark: %d concurrent clients x %d saves (after %d warm-up saves each), "
                    + "%d cells per analysis%n", clients, requests, WARM_UP, list.get(0).keys.size());
            System.out.printf(Locale.ROOT, "  PUT cell (HTTP, application) : p50 %7.2f ms   p95 %7.2f ms%n", pct(a, 50), pct(a, 95));
            System.out.printf(Locale.ROOT, "  bare SQL (same statements)   : p50 %7.2f ms   p95 %7.2f ms%n", pct(b, 50), pct(b, 95));
            System.out.printf(Locale.ROOT, "  ratio application / bare SQL : p50 %.2fx   p95 %.2fx   (goal: p95 within 2x)%n",
                    pct(a, 50) / pct(b, 50), pct(a, 95) / pct(b, 95));
            System.out.printf(Locale.ROOT, "  per save: %.2f statements + %.2f scope set_config, in %.2f transactions "
                            + "(goal: at most 3 statements in one transaction)%n",
                    counts.statements() / (double) saves, counts.scopeSettings() / (double) saves,
                    counts.transactions() / (double) saves);
            pool.shutdownNow();
        }
    }

    private interface Work {
        long[] apply(Client c) throws Exception;
    }

    private static long[][] run(ExecutorService pool, List<Client> clients, Work work) throws Exception {
        List<Future<long[]>> futures = new ArrayList<>();
        for (Client c : clients) {
            futures.add(pool.submit(() -> work.apply(c)));
        }
        long[][] out = new long[futures.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = futures.get(i).get();
        }
        return out;
    }

    /** One gemeente medewerker with its own concept analysis, saving cell after cell. */
    private static final class Client {
        final HttpClient http;
        final JsonMapper json;
        final String base;
        final String token;
        final String municipality;
        final long analysisId;
        final int regionId;
        final int year;
        final List<String> keys = new ArrayList<>();
        final Map<String, Integer> versions = new HashMap<>();
        final Random random;
        int next;

        private Client(HttpClient http, JsonMapper json, String base, String token, String municipality, JsonNode view)
                throws Exception {
            this.http = http;
            this.json = json;
            this.base = base;
            this.token = token;
            this.municipality = municipality;
            this.analysisId = view.get("id").getLongValue();
            this.year = view.get("year").getIntValue();
            this.random = new Random(analysisId);
            for (JsonNode g : view.get("targetGroups").values()) {
                for (JsonNode f : view.get("housingForms").values()) {
                    for (String m : new String[] {"STOCK", "INFLOW", "MOVES"}) {
                        keys.add(g.get("code").getStringValue() + "/" + f.get("code").getStringValue() + "/" + m);
                    }
                }
            }
            for (JsonNode c : view.get("cells").values()) {
                if (!c.get("version").isNull()) {
                    versions.put(c.get("targetGroup").getStringValue() + "/" + c.get("housingForm").getStringValue() + "/"
                            + c.get("measure").getStringValue(), c.get("version").getIntValue());
                }
            }
            // the analysis' region, read as the owner with the scope of every region (row-level security applies to it too)
            try (Connection c = TestDatabase.ownerRole().getConnection()) {
                c.setAutoCommit(false);
                try (PreparedStatement scope = c.prepareStatement("select set_config('thuisplan.regions', '*', true), "
                        + "set_config('thuisplan.municipalities', '*', true)");
                     PreparedStatement ps = c.prepareStatement("select region_id from demand_analysis where analysis_id = ?")) {
                    scope.execute();
                    ps.setLong(1, analysisId);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        this.regionId = rs.getInt(1);
                    }
                }
                c.commit();
            }
        }

        static Client open(HttpClient http, JsonMapper json, String base, String user, String municipality, String manager,
                           int year) throws Exception {
            String managerToken = token(http, json, base, manager);
            JsonNode adopted = json.readValue(send(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/demand/municipalities/"
                    + municipality + "/years/" + year)).header("Authorization", "Bearer " + managerToken).GET().build(), 200),
                    JsonNode.class);
            String reopened = send(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/demand/analyses/"
                            + adopted.get("id").getLongValue() + "/reopen")).header("Authorization", "Bearer " + managerToken)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"lockVersion\":" + adopted.get("lockVersion").getIntValue() + "}"))
                    .build(), 201);
            return new Client(http, json, base, token(http, json, base, user), municipality, json.readValue(reopened, JsonNode.class));
        }

        /** Saves the next cells one after another, each with the version the previous answer gave; nanoseconds each. */
        long[] saves(int n) throws Exception {
            long[] times = new long[n];
            for (int i = 0; i < n; i++) {
                String key = keys.get(next++ % keys.size());
                Integer version = versions.get(key);
                String body = "{\"value\":" + random.nextInt(500) + ",\"version\":" + version + "}";
                long start = System.nanoTime();
                String answer = send(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/demand/analyses/" + analysisId
                                + "/cells/" + key)).header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build(), 200);
                times[i] = System.nanoTime() - start;
                versions.put(key, json.readValue(answer, JsonNode.class).get("version").getIntValue());
            }
            return times;
        }

        /** The same work as bare SQL on a connection of the application role: one transaction per save. */
        long[] bareSaves(int n) throws Exception {
            long[] times = new long[n];
            try (Connection c = TestDatabase.appRole().getConnection();
                 PreparedStatement scope = c.prepareStatement("select set_config('thuisplan.regions', ?, true), "
                         + "set_config('thuisplan.municipalities', ?, true), set_config('thuisplan.drafts', 'on', true)");
                 PreparedStatement read = c.prepareStatement(BareSql.ANALYSIS);
                 PreparedStatement write = c.prepareStatement(BareSql.WRITE);
                 PreparedStatement audit = c.prepareStatement(BareSql.AUDIT)) {
                c.setAutoCommit(false);
                for (int i = 0; i < n; i++) {
                    String key = keys.get(next++ % keys.size());
                    String[] k = key.split("/");
                    Integer version = versions.get(key);
                    int value = random.nextInt(500);
                    long start = System.nanoTime();
                    scope.setString(1, String.valueOf(regionId));
                    scope.setString(2, municipality);
                    scope.execute();
                    read.setLong(1, analysisId);
                    try (ResultSet rs = read.executeQuery()) {
                        rs.next();
                    }
                    Integer written = BareSql.write(write, regionId, analysisId, municipality, year, k, value, version);
                    BareSql.audit(audit, regionId, municipality, key, version, value);
                    c.commit();
                    times[i] = System.nanoTime() - start;
                    if (written == null) {
                        throw new IllegalStateException("bare write of " + key + " lost its version " + version);
                    }
                    versions.put(key, written);
                }
            }
            return times;
        }
    }

    private static String token(HttpClient http, JsonMapper json, String base, String user) throws Exception {
        String body = send(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"" + PASSWORD + "\"}"))
                .build(), 200);
        return json.readValue(body, JsonNode.class).get("access_token").getStringValue();
    }

    private static String send(HttpClient http, HttpRequest request, int expected) throws Exception {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(request.uri() + " -> " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    private static long[] flatten(long[][] parts) {
        return Arrays.stream(parts).flatMapToLong(Arrays::stream).sorted().toArray();
    }

    /** Percentile of sorted nanoseconds, in milliseconds. */
    private static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
