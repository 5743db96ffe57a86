package nl.thuisplan.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.thuisplan.auth.PasswordHasher;
import nl.thuisplan.support.TestDatabase;
import org.postgresql.PGConnection;

/**
 * Imports a national-scale demand dataset through the application's HTTP import (all 342
 * municipalities × 17 target groups × 6 housing forms × N years, three figures per row) and, in the
 * same run on the same PostgreSQL, COPYs the same figure rows into a plain table of the same shape.
 * Prints rows per second for both and their ratio. Run with bench/demand-import.sh.
 */
public final class DemandImportBench {

    private static final String PASSWORD = "bench-password";

    public static void main(String[] args) throws Exception {
        int years = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        Map<String, Object> props = new HashMap<>(TestDatabase.properties());
        props.put("thuisplan.demo.enabled", "false");
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, props)) {
            ApplicationContext ctx = server.getApplicationContext();
            String base = server.getURL().toString();
            var municipalities = NationalDataset.municipalities();
            List<String> users = NationalDataset.seed(TestDatabase.ownerRole(), municipalities,
                    ctx.getBean(PasswordHasher.class).hash(PASSWORD));
            HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(clients)).build();
            ExecutorService pool = Executors.newFixedThreadPool(clients);

            // setup (not timed): a token per officer and an analysis per municipality per year
            List<Future<String>> tokens = new ArrayList<>();
            for (String u : users) {
                tokens.add(pool.submit(() -> token(http, base, u)));
            }
            List<String[]> jobs = new ArrayList<>(); // token, analysis id, municipality, year
            for (int m = 0; m < municipalities.size(); m++) {
                String token = tokens.get(m).get();
                for (int y = 0; y < years; y++) {
                    int year = 2026 + y;
                    String body = send(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/demand/municipalities/"
                            + municipalities.get(m).code() + "/years/" + year)).header("Authorization", "Bearer " + token)
                            .POST(HttpRequest.BodyPublishers.noBody()).build(), 201);
                    jobs.add(new String[] {token, field(body, "id"), municipalities.get(m).code(), String.valueOf(year)});
                }
            }
            List<String> groups = List.of("dakloos", "uitstroom_mo", "uitstroom_bw", "uitstroom_ggz", "uitstroom_jeugd",
                    "uitstroom_vo", "mensenhandel", "uitstroom_detentie", "vergunninghouders", "medische_urgentie",
                    "sociale_urgentie", "mantelzorg", "arbeidsmigranten", "studenten", "woonwagenbewoners", "ouderen_zorg",
                    "beperking");
            List<String> forms = List.of("zelfstandig", "zelfstandig_begeleid", "geclusterd", "onzelfstandig_bw",
                    "opvang_doorstroom", "tijdelijk_flex");
            Random random = new Random(7);
            List<byte[]> files = new ArrayList<>();
            StringBuilder copyData = new StringBuilder();
            int rows = 0;
            for (String[] job : jobs) {
                StringBuilder csv = new StringBuilder("gemeente,jaar,aandachtsgroep,woonvorm,huidige_vraag,"
                        + "nieuwe_vraag_per_jaar,benodigde_woningen_per_jaar,bron\n");
                for (String g : groups) {
                    for (String f : forms) {
                        int[] v = {random.nextInt(500), random.nextInt(100), random.nextInt(80)};
                        csv.append(String.format(Locale.ROOT, "%s,%s,%s,%s,%d,%d,%d,bench%n", job[2], job[3], g, f, v[0], v[1], v[2]));
                        String[] measures = {"STOCK", "INFLOW", "MOVES"};
                        for (int i = 0; i < 3; i++) {
                            copyData.append(String.join("\t", "1", job[1], job[2], g, f, measures[i], String.valueOf(v[i]),
                                    "bench", "bench")).append('\n');
                        }
                        rows++;
                    }
                }
                files.add(csv.toString().getBytes(StandardCharsets.UTF_8));
            }

            // timed: every file through POST /import?dryRun=false, `clients` at a time
            long start = System.nanoTime();
            List<Future<String>> done = new ArrayList<>();
            for (int i = 0; i < jobs.size(); i++) {
                String[] job = jobs.get(i);
                byte[] file = files.get(i);
                done.add(pool.submit(() -> upload(http, base + "/api/v1/demand/analyses/" + job[1] + "/import?dryRun=false",
                        job[0], file)));
            }
            for (Future<String> f : done) {
                f.get();
            }
            double appSeconds = (System.nanoTime() - start) / 1e9;

            // baseline, same run, same server: COPY of the same figure rows into a plain table
            double copySeconds;
            try (Connection c = TestDatabase.ownerRole().getConnection(); Statement s = c.createStatement()) {
                s.execute("create table bench_copy (region_id integer, analysis_id bigint, municipality_code text, "
                        + "target_group_code text, housing_form_code text, measure text, value integer, source text, "
                        + "updated_by text, primary key (region_id, analysis_id, target_group_code, housing_form_code, measure))");
                long copyStart = System.nanoTime();
                ((PGConnection) c.unwrap(PGConnection.class)).getCopyAPI().copyIn(
                        "copy bench_copy (region_id, analysis_id, municipality_code, target_group_code, housing_form_code, "
                                + "measure, value, source, updated_by) from stdin", new java.io.StringReader(copyData.toString()));
                copySeconds = (System.nanoTime() - copyStart) / 1e9;
            }
            int figures = rows * 3;
            System.out.printf(Locale.ROOT, "%nDemand import benchmark: %d municipalities x %d groups x %d forms x %d years = "
                            + "%d import rows (%d figures), %d files, %d concurrent clients%n", municipalities.size(),
                    groups.size(), forms.size(), years, rows, figures, files.size(), clients);
            System.out.printf(Locale.ROOT, "  application import : %8.2f s  %9.0f rows/s  %9.0f figures/s%n", appSeconds,
                    rows / appSeconds, figures / appSeconds);
            System.out.printf(Locale.ROOT, "  plain COPY         : %8.2f s  %9.0f rows/s  %9.0f figures/s%n", copySeconds,
                    rows / copySeconds, figures / copySeconds);
            System.out.printf(Locale.ROOT, "  ratio              : the application takes %.1fx the time of COPY%n",
                    appSeconds / copySeconds);
            pool.shutdownNow();
            System.exit(0);
        }
    }

    private static String token(HttpClient http, String base, String user) throws Exception {
        String body = send(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"" + PASSWORD + "\"}"))
                .build(), 200);
        return field(body, "access_token");
    }

    private static String upload(HttpClient http, String url, String token, byte[] file) throws Exception {
        String boundary = "bench" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"b.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + file.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(file, 0, body, head.length, file.length);
        System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
        return send(http, HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), 200);
    }

    private static String send(HttpClient http, HttpRequest request, int expected) throws Exception {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(request.uri() + " -> " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException(name + " not in " + json);
        }
        return m.group(1);
    }
}
