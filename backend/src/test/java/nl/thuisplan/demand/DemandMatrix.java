package nl.thuisplan.demand;

import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.matrix.MatrixDeclarations;
import nl.thuisplan.support.matrix.RoleMatrix;
import nl.thuisplan.support.matrix.RoleMatrix.Call;
import nl.thuisplan.support.matrix.RoleMatrix.Scope;

/**
 * The demand rows of the role matrix, on analyses of Amsterdam (MRA) and Enschede (ENS): each made by the municipality's
 * officer in a year of its own (2040 on), brought to the state the call needs by the officer and the programme manager.
 */
@Singleton
class DemandMatrix implements MatrixDeclarations {

    private final Api api;
    private final Map<String, AtomicInteger> years = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> shared = new ConcurrentHashMap<>();

    DemandMatrix(Api api) {
        this.api = api;
    }

    @Override
    public void declare(RoleMatrix m) {
        String base = "/api/v1/demand";
        m.route("GET /api/v1/demand/municipalities/{municipality}/years/{year}", "200 200 | 200 404 | 200 404 | 200 404 | 404 404 | 404 404 | 404 404",
                s -> Call.get(base + "/municipalities/" + s.municipality() + "/years/" + year(shared(s, null))));
        m.route("POST /api/v1/demand/municipalities/{municipality}/years/{year}", "403 403 | 403 404 | 403 404 | 201 404 | 403 404 | 404 404 | 404 404", s -> {
            String path = base + "/municipalities/" + s.municipality() + "/years/" + s.once("year", () -> nextYear(s.municipality()));
            return Call.of("POST", path, null).probe(path);
        });
        m.route("GET /api/v1/demand/analyses/{id}", "200 200 | 200 404 | 200 404 | 200 404 | 404 404 | 404 404 | 404 404",
                s -> Call.get("/api/v1/demand/analyses/" + shared(s, null).get("id").getLongValue()));
        // the same readers as the analysis itself
        m.route("GET /api/v1/demand/analyses/{id}/submit-summary", "200 200 | 200 404 | 200 404 | 200 404 | 404 404 | 404 404 | 404 404",
                s -> Call.get("/api/v1/demand/analyses/" + shared(s, null).get("id").getLongValue() + "/submit-summary"));
        m.route("PUT /api/v1/demand/analyses/{id}/cells/{targetGroup}/{housingForm}/{measure}", "403 403 | 403 404 | 403 404 | 200 404 | 404 404 | 404 404 | 404 404", s -> {
            String path = analysisPath(s, null);
            return Call.of("PUT", path + "/cells/dakloos/zelfstandig/STOCK", "{\"value\":40,\"version\":null}").probe(path);
        });
        m.route("POST /api/v1/demand/analyses/{id}/submit", "403 403 | 403 404 | 403 404 | 200 404 | 404 404 | 404 404 | 404 404",
                s -> transition(s, null, "submit", ""));
        m.route("POST /api/v1/demand/analyses/{id}/return", "403 403 | 200 404 | 200 404 | 403 404 | 403 404 | 404 404 | 404 404",
                s -> transition(s, "submit", "return", ",\"reason\":\"Graag aanvullen\""));
        m.route("POST /api/v1/demand/analyses/{id}/adopt", "403 403 | 200 404 | 200 404 | 403 404 | 403 404 | 404 404 | 404 404",
                s -> transition(s, "submit", "adopt", ""));
        m.route("POST /api/v1/demand/analyses/{id}/reopen", "403 403 | 201 404 | 201 404 | 403 404 | 403 404 | 404 404 | 404 404",
                s -> transition(s, "adopt", "reopen", ""));
        m.route("GET /api/v1/demand/analyses/{id}/history{?cell,limit,cursor}", "200 200 | 200 404 | 200 404 | 200 404 | 404 404 | 404 404 | 404 404",
                s -> Call.get("/api/v1/demand/analyses/" + shared(s, null).get("id").getLongValue() + "/history"));
        m.route("GET /api/v1/demand/analyses/{id}/{kind:template|export}.{ext:csv|xlsx}", "200 200 | 200 404 | 200 404 | 200 404 | 404 404 | 404 404 | 404 404",
                s -> Call.get("/api/v1/demand/analyses/" + shared(s, null).get("id").getLongValue() + "/export.csv"));
        m.route("POST /api/v1/demand/analyses/{id}/import{?dryRun}", "403 403 | 403 404 | 403 404 | 200 404 | 404 404 | 404 404 | 404 404", s -> {
            String path = analysisPath(s, null);
            return Call.upload(path + "/import?dryRun=false", s.once("template", () -> template(path))).probe(path);
        });
        String region = base + "/regions/";
        m.route("GET /api/v1/demand/regions/{region}/years/{year}", "200 200 | 200 404 | 200 404 | 200 404 | 200 404 | 403 404 | 403 404",
                s -> Call.get(region + s.region() + "/years/" + year(shared(s, null))));
        m.route("GET /api/v1/demand/regions/{region}/years/{year}/totals", "200 200 | 200 404 | 200 404 | 200 404 | 200 404 | 403 404 | 403 404",
                s -> Call.get(region + s.region() + "/years/" + year(shared(s, "adopt")) + "/totals"));
        m.route("GET /api/v1/demand/regions/{region}/years/{year}/export.{ext:csv|xlsx}", "200 200 | 200 404 | 200 404 | 200 404 | 200 404 | 403 404 | 403 404",
                s -> Call.get(region + s.region() + "/years/" + year(shared(s, null)) + "/export.csv"));
        m.route("GET /api/v1/demand/regions/{region}/years/{year}/totals.{ext:csv|xlsx}", "200 200 | 200 404 | 200 404 | 200 404 | 200 404 | 403 404 | 403 404",
                s -> Call.get(region + s.region() + "/years/" + year(shared(s, "adopt")) + "/totals.csv"));
        m.route("POST /api/v1/demand/regions/{region}/years/{year}/regional", "403 403 | 201 404 | 201 404 | 403 404 | 403 404 | 403 404 | 403 404", s -> {
            int year = s.once("year", () -> nextYear(s.region()));
            return Call.of("POST", region + s.region() + "/years/" + year + "/regional", null)
                    .probe(region + s.region() + "/years/" + year);
        });
        m.route("PUT /api/v1/regions/{region}/demand-deadlines/{year}", "403 403 | 200 404 | 200 404 | 403 404 | 403 404 | 403 404 | 403 404", s -> {
            int year = year(analysis(s, null));
            return Call.of("PUT", "/api/v1/regions/" + s.region() + "/demand-deadlines/" + year, "{\"deadline\":\"" + year + "-03-01\"}")
                    .probe(region + s.region() + "/years/" + year);
        });
    }

    private int nextYear(String key) {
        return years.computeIfAbsent(key, k -> new AtomicInteger(2029)).incrementAndGet();
    }

    /** For reads: one analysis per region and step, shared by every read row (reads change nothing). */
    private JsonNode shared(Scope s, String step) {
        return shared.computeIfAbsent(s.region() + "-" + step, k -> make(s, step));
    }

    /** An analysis of the scope's municipality in a fresh year, after the given step (null: concept; submit; adopt). */
    private JsonNode analysis(Scope s, String step) {
        return s.once("analysis-" + step, () -> make(s, step));
    }

    private JsonNode make(Scope s, String step) {
        Response started = api.send("POST", "/api/v1/demand/municipalities/" + s.municipality() + "/years/"
                + nextYear(s.municipality()), api.token(s.officer()), null);
        check(started, 201);
        JsonNode a = started.json();
        if (step != null) {
            a = step(s.officer(), a, "submit");
        }
        if ("adopt".equals(step)) {
            a = step(s.manager(), a, "adopt");
        }
        return a;
    }

    private JsonNode step(String user, JsonNode analysis, String action) {
        Response r = api.send("POST", "/api/v1/demand/analyses/" + analysis.get("id").getLongValue() + "/" + action, api.token(user),
                "{\"lockVersion\":" + analysis.get("lockVersion").getIntValue() + "}");
        check(r, 200);
        return r.json();
    }

    private String analysisPath(Scope s, String step) {
        return "/api/v1/demand/analyses/" + analysis(s, step).get("id").getLongValue();
    }

    private static int year(JsonNode analysis) {
        return analysis.get("year").getIntValue();
    }

    private Call transition(Scope s, String step, String action, String extra) {
        JsonNode a = analysis(s, step);
        String path = "/api/v1/demand/analyses/" + a.get("id").getLongValue();
        return Call.of("POST", path + "/" + action, "{\"lockVersion\":" + a.get("lockVersion").getIntValue() + extra + "}").probe(path);
    }

    /** The analysis' own import template, as its officer downloads it. */
    private String template(String path) {
        Api.Download d = api.download(path + "/template.csv", api.token("beheerder"));
        return new String(d.bytes(), StandardCharsets.UTF_8);
    }

    private static void check(Response r, int status) {
        if (r.status() != status) {
            throw new IllegalStateException("matrix fixture: expected " + status + ", got " + r.status() + " " + r.body());
        }
    }
}
