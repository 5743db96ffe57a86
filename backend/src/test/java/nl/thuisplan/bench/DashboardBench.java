package nl.thuisplan.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.thuisplan.region.Memberships;
import nl.thuisplan.support.TestDatabase;

/**
 * Dashboards at national scale (issue 7): starts the application in-process on an embedded
 * PostgreSQL, generates {@link DashboardDataset} (342 municipalities in 26 regions, 20 groups, 10
 * years, two adopted versions), then per endpoint runs a warm-up and N requests from C concurrent
 * clients with varying years, target groups, provinces and regions, and, in the same run with the
 * same concurrency and the same parameters, the bare SQL behind it: the queries of
 * {@code DashboardRepository} over JDBC as the application role with the dashboard's scope. Reports
 * p50/p95/p99 and req/s, the SQL's p50/p95, and the ratio endpoint / SQL (the overhead the
 * application adds). Goal: p95 under 100 ms. Run with bench/dashboard.sh.
 */
public final class DashboardBench {

    private static final double GOAL_MS = 100;

    /** One request's parameters. */
    private record Params(int year, String group, String province, String region) {
    }

    private interface Task {
        void run(int i) throws Exception;
    }

    private record Endpoint(String name, String user, java.util.function.IntFunction<Params> params,
                            java.util.function.Function<Params, String> path) {
    }

    private record Stats(double p50, double p95, double p99, double max, double perSecond) {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        Map<String, Object> props = new HashMap<>(TestDatabase.properties());
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, props)) {
            String base = server.getURL().toString();
            DashboardDataset.Summary data = DashboardDataset.generate(TestDatabase.ownerRole());
            System.out.printf(Locale.ROOT, "%nDashboard dataset: %d regions (%d synthetic), %d municipalities, years %d-%d, "
                            + "generated in %.1f s%n", data.regions(), data.syntheticRegions(), data.municipalities(), data.firstYear(),
                    data.lastYear(), data.seconds());
            StringBuilder counts = new StringBuilder();
            data.rows().forEach((table, n) -> counts.append(String.format(Locale.ROOT, "%s %,d; ", table, n)));
            System.out.println("  rows: " + counts.substring(0, counts.length() - 2));

            List<Integer> years = new ArrayList<>();
            for (int y = data.firstYear(); y <= data.lastYear(); y++) {
                years.add(y);
            }
            List<String> groups = list("select code from target_group order by sort_order");
            List<String> provinces = list("select code from province order by code");
            List<String> regions = list("select distinct r.code from region r join region_membership rm on rm.region_id = r.region_id "
                    + "where " + Memberships.CURRENT + " order by 1");
            List<String> overijssel = list("select distinct r.code from region r join region_membership rm on rm.region_id = r.region_id "
                    + "join municipality m on m.code = rm.municipality_code where m.province_code = 'PV23' and " + Memberships.CURRENT
                    + " order by 1");

            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .executor(Executors.newFixedThreadPool(clients)).build();
            String admin = "beheerder";
            String province = "provincie.overijssel";

            // varying parameters: year fastest, then group / province / region
            java.util.function.IntFunction<Params> all = i -> new Params(years.get(i % years.size()), "alle", null,
                    regions.get(i % regions.size()));
            java.util.function.IntFunction<Params> some = i -> new Params(years.get(i % years.size()),
                    groups.get(i / years.size() % groups.size()), provinces.get(i % provinces.size()), regions.get(i / 3 % regions.size()));
            java.util.function.IntFunction<Params> own = i -> new Params(years.get(i % years.size()),
                    i % 3 == 0 ? "alle" : groups.get(i / years.size() % groups.size()), null, overijssel.get(i % overijssel.size()));
            List<Endpoint> endpoints = List.of(
                    new Endpoint("regions, alle groepen (beheerder)", admin, all,
                            p -> "/api/v1/dashboard/regions?year=" + p.year() + "&targetGroup=alle"),
                    new Endpoint("regions, groep + provincie (beheerder)", admin, some,
                            p -> "/api/v1/dashboard/regions?year=" + p.year() + "&targetGroup=" + p.group() + "&province=" + p.province()),
                    new Endpoint("regions/{code}/municipalities (beheerder)", admin, some,
                            p -> "/api/v1/dashboard/regions/" + p.region() + "/municipalities?year=" + p.year() + "&targetGroup=" + p.group()),
                    new Endpoint("regions/{code}/municipalities (provincie)", province, own,
                            p -> "/api/v1/dashboard/regions/" + p.region() + "/municipalities?year=" + p.year() + "&targetGroup=" + p.group()),
                    new Endpoint("map (beheerder)", admin, some,
                            p -> "/api/v1/dashboard/map?year=" + p.year() + "&targetGroup=" + p.group()),
                    new Endpoint("map (provincie)", province, own,
                            p -> "/api/v1/dashboard/map?year=" + p.year() + "&targetGroup=" + p.group()));

            ExecutorService pool = Executors.newFixedThreadPool(clients);
            DataSource app = TestDatabase.appRole();
            ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
                try {
                    Connection c = app.getConnection();
                    c.setAutoCommit(false);
                    c.setReadOnly(true);
                    return c;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            // cold: the first request of each year computes every region's urgency figures (then kept per region and year)
            long[] cold = new long[years.size()];
            String coldToken = token(http, base, admin);
            for (int k = 0; k < years.size(); k++) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/dashboard/regions?year=" + years.get(k)
                        + "&targetGroup=alle")).header("Authorization", "Bearer " + coldToken).GET().build(), HttpResponse.BodyHandlers.ofString());
                cold[k] = System.nanoTime() - t0;
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("regions " + years.get(k) + " -> " + r.statusCode() + " " + r.body());
                }
            }
            Arrays.sort(cold);
            int warmUp = Math.max(50, requests / 4);
            List<String[]> table = new ArrayList<>();
            boolean met = true;
            for (Endpoint e : endpoints) {
                AtomicLong bytes = new AtomicLong();
                String token = token(http, base, e.user()); // a fresh one per endpoint: they last 15 minutes
                Task call = i -> {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + e.path().apply(e.params().apply(i))))
                            .header("Authorization", "Bearer " + token).GET().build();
                    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(request.uri() + " -> " + r.statusCode() + " " + r.body());
                    }
                    bytes.addAndGet(r.body().length());
                };
                Task bare = i -> {
                    Params p = e.params().apply(i);
                    bareSql(connections.get(), p.year(), p.group(), data.firstYear());
                };
                run(pool, clients, call, warmUp);
                bytes.set(0);
                Stats endpoint = run(pool, clients, call, requests);
                run(pool, clients, bare, warmUp);
                Stats sql = run(pool, clients, bare, requests);
                met &= endpoint.p95() < GOAL_MS;
                table.add(new String[] {e.name(), f(endpoint.p50()), f(endpoint.p95()), f(endpoint.p99()), f(endpoint.max()),
                        String.format(Locale.ROOT, "%.0f", endpoint.perSecond()), String.format(Locale.ROOT, "%.0f", bytes.get() / 1024.0 / requests),
                        f(sql.p50()), f(sql.p95()), String.format(Locale.ROOT, "%.0f", sql.perSecond()),
                        String.format(Locale.ROOT, "%.1fx", endpoint.p50() / sql.p50()), String.format(Locale.ROOT, "%.1fx", endpoint.p95() / sql.p95()),
                        endpoint.p95() < GOAL_MS ? "ja" : "NEE"});
            }

            System.out.printf(Locale.ROOT, "%nDashboard benchmark: %d requests per endpoint after %d warm-up, %d concurrent clients, "
                    + "%d cores; varying year (%d-%d), target group, province, region%n", requests, warmUp, clients,
                    Runtime.getRuntime().availableProcessors(), data.firstYear(), data.lastYear());
            System.out.println("  times in ms; SQL = the DashboardRepository queries for the same parameters, bare JDBC as the app role,");
            System.out.println("  same concurrency; ratio = endpoint / SQL");
            String[] head = {"endpoint", "p50", "p95", "p99", "max", "req/s", "KiB", "SQL p50", "SQL p95", "SQL/s", "ratio p50",
                    "ratio p95", "p95<100"};
            int[] width = new int[head.length];
            for (int k = 0; k < head.length; k++) {
                width[k] = head[k].length();
                for (String[] row : table) {
                    width[k] = Math.max(width[k], row[k].length());
                }
            }
            printRow(head, width);
            String[] rule = new String[head.length];
            for (int k = 0; k < head.length; k++) {
                rule[k] = "-".repeat(width[k]);
            }
            printRow(rule, width);
            table.forEach(row -> printRow(row, width));
            System.out.printf(Locale.ROOT, "  cold (first request of each year, one client, urgency figures computed for all regions): "
                    + "median %.1f ms, max %.1f ms%n", pct(cold, 50), cold[cold.length - 1] / 1e6);
            System.out.printf(Locale.ROOT, "%nGoal p95 < %.0f ms on every endpoint: %s%n", GOAL_MS, met ? "MET" : "NOT MET");
            pool.shutdownNow();
            System.exit(0);
        }
    }

    /** The queries of DashboardRepository (and the group check of DashboardService) for one request, in one read-only transaction. */
    private static void bareSql(Connection c, int year, String group, int firstYear) throws SQLException {
        String dbGroup = "alle".equals(group) ? "*" : group;
        try (Statement s = c.createStatement()) {
            s.execute("select set_config('thuisplan.regions', '*', true), set_config('thuisplan.municipalities', '*', true), "
                    + "set_config('thuisplan.drafts', 'on', true)");
        }
        if (!"alle".equals(group)) {
            query(c, "select 1 from target_group where code = ?", group);
        }
        query(c, "select distinct year from demand_analysis where status = 'ADOPTED' order by year desc");
        query(c, "select r.region_id, r.code, r.name, m.code, m.name, m.province_code from region_membership rm "
                + "join region r on r.region_id = rm.region_id join municipality m on m.code = rm.municipality_code "
                + "where " + Memberships.CURRENT + " order by r.code, m.name");
        query(c, "select distinct on (municipality_code) municipality_code, value from municipal_indicator "
                + "where indicator = 'inhabitants' and reference_date <= ? order by municipality_code, reference_date desc",
                java.sql.Date.valueOf(LocalDate.of(year, 1, 1)));
        query(c, "select region_id, municipality_code, year, stock, inflow, moves from demand_total "
                + "where year between ? and ? and target_group_code = ?", Math.max(firstYear, year - 9), year, dbGroup);
        String allocationGroup = "alle".equals(group) ? null : group;
        query(c, "select t.region_id, t.municipality_code, sum(t.target), coalesce(sum(r.realised), 0) "
                + "from allocation_model m join allocation_target t on t.region_id = m.region_id and t.model_id = m.model_id "
                + "left join allocation_realisation r on r.region_id = t.region_id and r.model_id = t.model_id "
                + "and r.municipality_code = t.municipality_code "
                + "where m.status = 'ADOPTED' and m.period_year = ? and (cast(? as text) is null or ? = any(m.target_groups)) "
                + "group by 1, 2", year, allocationGroup, allocationGroup);
        query(c, "select distinct region_id, municipality_code from demand_analysis where status = 'ADOPTED' and year = ? "
                + "and municipality_code is not null", year);
        query(c, "select distinct on (region_id, municipality_code) region_id, municipality_code, status from wzv_document "
                + "where municipality_code is not null and from_year <= ? and to_year >= ? "
                + "order by region_id, municipality_code, from_year desc", year, year);
        // the fingerprint of the urgency inputs (the urgency figures themselves come from UrgencyFigures, cached per region and year)
        query(c, "select r.region_id, md5(concat_ws('|', "
                + "(select string_agg(s.scheme_id || ':' || s.valid_from || ':' || s.valid_to, ',' order by s.scheme_id) "
                + "from urgency_scheme s where s.region_id = r.region_id and s.status = 'ADOPTED'), "
                + "(select string_agg(d.deviation_id || ':' || d.scheme_id || ':' || d.quota_id || ':' || d.municipality_code || ':' "
                + "|| coalesce(d.share::text, '-') || ':' || coalesce(d.per_year::text, '-'), ',' order by d.deviation_id) "
                + "from urgency_deviation d where d.region_id = r.region_id and d.status = 'ACCEPTED'), "
                + "(select string_agg(rm.municipality_code, ',' order by rm.municipality_code) from region_membership rm "
                + "where rm.region_id = r.region_id and " + Memberships.CURRENT + "), "
                + "(select string_agg(coalesce(t.municipality_code, '-') || ':' || t.analysis_id, ',' order by t.municipality_code) "
                + "from demand_total t where t.region_id = r.region_id and t.year = ? and t.target_group_code = '*'), "
                + "(select count(*) || ':' || coalesce(max(i.loaded_at)::text, '-') || ':' || coalesce(sum(i.value)::text, '-') "
                + "from municipal_indicator i where i.indicator = 'lettings'))) from region r", year);
        c.commit();
    }

    private static void query(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] == null) {
                    ps.setNull(i + 1, java.sql.Types.VARCHAR);
                } else {
                    ps.setObject(i + 1, parameters[i]);
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int k = 1; k <= columns; k++) {
                        rs.getObject(k); // read every value, as the application does
                    }
                }
            }
        }
    }

    /** Runs {@code count} tasks from {@code clients} threads; latencies per task. */
    private static Stats run(ExecutorService pool, int clients, Task task, int count) throws Exception {
        long[] latencies = new long[count];
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    task.run(i);
                    latencies[i] = System.nanoTime() - t0;
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        return new Stats(pct(latencies, 50), pct(latencies, 95), pct(latencies, 99), latencies[count - 1] / 1e6, count / seconds);
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static String f(double ms) {
        return String.format(Locale.ROOT, "%.1f", ms);
    }

    private static void printRow(String[] row, int[] width) {
        StringBuilder b = new StringBuilder("  ");
        for (int k = 0; k < row.length; k++) {
            b.append(k == 0 ? String.format("%-" + width[k] + "s", row[k]) : String.format("%" + width[k] + "s", row[k]));
            b.append(k == row.length - 1 ? "" : "  ");
        }
        System.out.println(b);
    }

    private static List<String> list(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = TestDatabase.appRole().getConnection()) {
            c.setAutoCommit(false);
            DashboardDataset.scope(c);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            c.commit();
        }
        return out;
    }

    private static String token(HttpClient http, String base, String user) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"thuisplan-demo\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("login " + user + " -> " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }
}
