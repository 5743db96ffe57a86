package nl.thuisplan.allocation;

import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicInteger;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.matrix.MatrixDeclarations;
import nl.thuisplan.support.matrix.RoleMatrix;
import nl.thuisplan.support.matrix.RoleMatrix.Call;
import nl.thuisplan.support.matrix.RoleMatrix.Scope;

/**
 * The fair-share rows: models made by the region's programme manager, each in a period of its own, with a scenario
 * saved (and adopted where the call needs adopted targets).
 */
@Singleton
class AllocationMatrix implements MatrixDeclarations {

    private static final String KEY = "[{\"indicator\":\"inhabitants\",\"weight\":\"1\"}]";
    private static final AtomicInteger PERIOD = new AtomicInteger();

    private final Api api;

    AllocationMatrix(Api api) {
        this.api = api;
    }

    @Override
    public void declare(RoleMatrix m) {
        String a = "/api/v1/allocation";
        String readers = "200 200 | 200 404 | 200 404 | 200 404 | 200 404 | 404 404 | 404 404";
        String managers = "200 200 | 200 404 | 200 404 | 403 404 | 403 404 | 404 404 | 404 404";
        m.route("GET /api/v1/allocation/regions/{region}", "200 200 | 200 404 | 200 404 | 200 404 | 200 404 | 200 404 | 200 404", s -> Call.get(a + "/regions/" + s.region()));
        m.route("GET /api/v1/allocation/regions/{region}/models", "200 200 | 200 404 | 200 404 | 200 404 | 200 404 | 200 404 | 200 404", s -> Call.get(a + "/regions/" + s.region() + "/models"));
        m.route("POST /api/v1/allocation/regions/{region}/models", "201 201 | 201 404 | 201 404 | 403 404 | 403 404 | 403 404 | 403 404",
                s -> Call.of("POST", a + "/regions/" + s.region() + "/models", "{\"name\":\"Matrixmodel\",\"period\":\""
                        + period() + "\",\"targetGroups\":[\"mensenhandel\"]}").probe(a + "/regions/" + s.region() + "/models"));
        m.route("GET /api/v1/allocation/models/{id}", "200 200 | 200 404 | 200 404 | 404 404 | 404 404 | 404 404 | 404 404", s -> Call.get(model(s, false)));
        m.route("POST /api/v1/allocation/models/{id}/scenarios", "201 201 | 201 404 | 201 404 | 404 404 | 404 404 | 404 404 | 404 404",
                s -> Call.of("POST", model(s, false) + "/scenarios", "{\"name\":\"Scenario matrix\"}").probe(model(s, false)));
        m.route("GET /api/v1/allocation/models/{id}/inputs{?referenceDate}", "200 200 | 200 404 | 200 404 | 404 404 | 404 404 | 404 404 | 404 404", s -> Call.get(model(s, false) + "/inputs"));
        m.route("GET /api/v1/allocation/models/{id}/compare{?a,b}", "200 200 | 200 404 | 200 404 | 404 404 | 404 404 | 404 404 | 404 404", s -> {
            long sc = scenario(s, false).get("id").getLongValue();
            return Call.get(model(s, false) + "/compare?a=" + sc + "&b=" + sc);
        });
        m.route("GET /api/v1/allocation/models/{id}/results", "200 200 | 200 404 | 200 404 | 200 404 | 200 404 | 200 404 | 200 404", s -> Call.get(model(s, true) + "/results"));
        m.route("GET /api/v1/allocation/models/{id}/results.{ext:csv|xlsx}", "200 200 | 200 404 | 200 404 | 200 404 | 200 404 | 200 404 | 200 404", s -> Call.get(model(s, true) + "/results.csv"));
        m.route("PUT /api/v1/allocation/models/{id}/realisation/{municipality}", "403 403 | 403 404 | 403 404 | 200 404 | 403 404 | 403 404 | 403 404",
                s -> Call.of("PUT", model(s, true) + "/realisation/" + s.municipality(), "{\"realised\":1,\"note\":\"opgeleverd\",\"version\":null}")
                        .probe(model(s, true) + "/results"));
        m.route("POST /api/v1/allocation/models/{id}/swaps", "403 403 | 403 404 | 403 404 | 201 404 | 403 404 | 403 404 | 403 404",
                s -> Call.of("POST", model(s, true) + "/swaps", "{\"from\":\"" + partner(s) + "\",\"to\":\"" + s.municipality()
                        + "\",\"amount\":1,\"reason\":\"matrix\"}").probe(model(s, true) + "/results"));
        m.route("POST /api/v1/allocation/swaps/{id}/{action:confirm|reject|withdraw}", "403 403 | 403 404 | 403 404 | 200 404 | 403 404 | 404 404 | 404 404",
                s -> Call.of("POST", a + "/swaps/" + swap(s) + "/withdraw", null).probe(model(s, true) + "/results"));
        String scenario = a + "/scenarios/";
        m.route("GET /api/v1/allocation/scenarios/{id}/result", "200 200 | 200 404 | 200 404 | 404 404 | 404 404 | 404 404 | 404 404", s -> Call.get(scenario + scenario(s, false).get("id").getLongValue() + "/result"));
        m.route("GET /api/v1/allocation/scenarios/{id}/export.{ext:csv|xlsx}", "200 200 | 200 404 | 200 404 | 404 404 | 404 404 | 404 404 | 404 404",
                s -> Call.get(scenario + scenario(s, false).get("id").getLongValue() + "/export.csv"));
        m.route("GET /api/v1/allocation/scenarios/{id}/export.pdf", "200 200 | 200 404 | 200 404 | 404 404 | 404 404 | 404 404 | 404 404", s -> Call.get(scenario + scenario(s, false).get("id").getLongValue() + "/export.pdf"));
        m.route("PUT /api/v1/allocation/scenarios/{id}", "200 200 | 200 404 | 200 404 | 404 404 | 404 404 | 404 404 | 404 404", s -> {
            JsonNode sc = scenario(s, false);
            return Call.of("PUT", scenario + sc.get("id").getLongValue(), body(sc, 13)).probe(model(s, false));
        });
        m.route("DELETE /api/v1/allocation/scenarios/{id}{?lockVersion}", "204 204 | 204 404 | 204 404 | 404 404 | 404 404 | 404 404 | 404 404", s -> {
            JsonNode sc = s.once("extra", () -> api.send("POST", model(s, false) + "/scenarios", api.token(s.manager()),
                    "{\"name\":\"Weg\"}").json());
            return Call.of("DELETE", scenario + sc.get("id").getLongValue() + "?lockVersion=" + sc.get("lockVersion").getIntValue(), null).probe(model(s, false));
        });
        m.route("POST /api/v1/allocation/scenarios/{id}/adopt", "200 200 | 200 404 | 200 404 | 404 404 | 404 404 | 404 404 | 404 404", s -> {
            JsonNode sc = scenario(s, false);
            return Call.of("POST", scenario + sc.get("id").getLongValue() + "/adopt", "{\"lockVersion\":" + sc.get("lockVersion").getIntValue()
                    + "," + AllocationApi.DECISION + "}").probe(model(s, false));
        });
        m.route("POST /api/v1/allocation/preview", "200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200 200", s -> Call.of("POST",
                a + "/preview", "{\"total\":10,\"method\":\"LARGEST_REMAINDER\",\"criteria\":[{\"indicator\":\"inhabitants\",\"weight\":1}],"
                        + "\"units\":[{\"id\":\"A\",\"indicators\":{\"inhabitants\":100}},{\"id\":\"B\",\"indicators\":{\"inhabitants\":50}}]}")
                .probe("/api/v1/regions"));
    }

    /** A half year of its own per model: 2040-H1, 2040-H2, 2041-H1, ... */
    private static String period() {
        int n = PERIOD.getAndIncrement();
        return (2040 + n / 2) + "-H" + (1 + n % 2);
    }

    /** A model of the region in a period of its own, its first scenario saved, and adopted when asked. */
    private JsonNode modelNode(Scope s, boolean adopted) {
        return s.once("model-" + adopted, () -> {
            Response r = api.send("POST", "/api/v1/allocation/regions/" + s.region() + "/models", api.token(s.manager()),
                    "{\"name\":\"Matrix\",\"period\":\"" + period() + "\",\"targetGroups\":[\"mensenhandel\"]}");
            check(r, 201);
            JsonNode sc = r.json().get("scenarios").get(0);
            Response saved = api.send("PUT", "/api/v1/allocation/scenarios/" + sc.get("id").getLongValue(), api.token(s.manager()), body(sc, 12));
            check(saved, 200);
            if (adopted) {
                check(api.send("POST", "/api/v1/allocation/scenarios/" + sc.get("id").getLongValue() + "/adopt", api.token(s.manager()),
                        "{\"lockVersion\":" + saved.json().get("lockVersion").getIntValue() + "," + AllocationApi.DECISION + "}"), 200);
            }
            return api.send("GET", "/api/v1/allocation/models/" + r.json().get("id").getLongValue(), api.token(s.manager()), null).json();
        });
    }

    private String model(Scope s, boolean adopted) {
        return "/api/v1/allocation/models/" + modelNode(s, adopted).get("id").getLongValue();
    }

    private JsonNode scenario(Scope s, boolean adopted) {
        return modelNode(s, adopted).get("scenarios").get(0);
    }

    private static String body(JsonNode sc, int total) {
        return "{\"name\":\"" + sc.get("name").getStringValue() + "\",\"totalSource\":\"ENTERED\",\"total\":" + total
                + ",\"referenceDate\":\"" + sc.get("referenceDate").getStringValue() + "\",\"criteria\":" + KEY
                + ",\"lockVersion\":" + sc.get("lockVersion").getIntValue() + "}";
    }

    /** Another municipality of the region with a target. */
    private String partner(Scope s) {
        for (JsonNode row : api.send("GET", model(s, true) + "/results", api.token("beheerder"), null).json().get("rows").values()) {
            String code = row.get("municipality").get("code").getStringValue();
            if (!code.equals(s.municipality()) && row.get("target").getIntValue() > 0) {
                return code;
            }
        }
        throw new IllegalStateException("no partner municipality with a target");
    }

    /** A swap proposed by the scope's officer. */
    private long swap(Scope s) {
        return s.once("swap", () -> {
            Response r = api.send("POST", model(s, true) + "/swaps", api.token(s.officer()), "{\"from\":\"" + partner(s) + "\",\"to\":\""
                    + s.municipality() + "\",\"amount\":1,\"reason\":\"matrix\"}");
            check(r, 201);
            return r.json().get("id").getLongValue();
        });
    }

    private static void check(Response r, int status) {
        if (r.status() != status) {
            throw new IllegalStateException("matrix fixture: expected " + status + ", got " + r.status() + " " + r.body());
        }
    }
}
