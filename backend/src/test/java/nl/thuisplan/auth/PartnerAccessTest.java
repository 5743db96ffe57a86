package nl.thuisplan.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a partner reads (issue 13): a corporatie medewerker of MRA ({@code corporatie.mra}) reads the
 * region's adopted allocation models with their results and its adopted urgentieregelingen, with their
 * exports; a concept, another region's documents, every write, the demand analyses and the dashboards
 * are refused. Periods 2071–2073 and validity in 2170–2179 belong to this test.
 */
@MicronautTest(transactional = false)
class PartnerAccessTest extends ApiTest {

    private static final String DECISION = "\"decisionDate\":\"2026-03-12\",\"decisionReference\":\"PHO-2026-04\",\"decisionBody\":\"Portefeuillehoudersoverleg Wonen\"";

    private static final String PARTNER = "corporatie.mra";
    private static final String KEY = "[{\"indicator\":\"inhabitants\",\"weight\":\"1\"}]";

    @Inject
    Api api;

    private long adoptedModel;
    private long adoptedScenario;
    private long conceptScenarioOfAdoptedModel;
    private long conceptModel;
    private long otherRegionModel;
    private long adoptedScheme;
    private long conceptScheme;
    private long otherRegionScheme;

    private Response as(String user, String method, String path, String body) {
        return api.send(method, path, api.token(user), body);
    }

    private Response ok(Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        return r;
    }

    private JsonNode model(String pm, String region, String period) {
        return ok(as(pm, "POST", "/api/v1/allocation/regions/" + region + "/models", "{\"name\":\"Mensenhandel " + period
                + "\",\"period\":\"" + period + "\",\"targetGroups\":[\"mensenhandel\"]}"), 201).json();
    }

    private JsonNode saved(String pm, JsonNode scenario, int total) {
        return ok(as(pm, "PUT", "/api/v1/allocation/scenarios/" + scenario.get("id").getLongValue(), "{\"name\":\""
                + scenario.get("name").getStringValue() + "\",\"totalSource\":\"ENTERED\",\"total\":" + total
                + ",\"referenceDate\":\"" + scenario.get("referenceDate").getStringValue() + "\",\"criteria\":" + KEY
                + ",\"lockVersion\":" + scenario.get("lockVersion").getIntValue() + "}"), 200).json();
    }

    private long adopted(String pm, String region, String period) {
        JsonNode scenario = saved(pm, model(pm, region, period).get("scenarios").get(0), 60);
        ok(as(pm, "POST", "/api/v1/allocation/scenarios/" + scenario.get("id").getLongValue() + "/adopt",
                "{\"lockVersion\":" + scenario.get("lockVersion").getIntValue() + "," + DECISION + "}"), 200);
        return scenario.get("modelId").getLongValue();
    }

    private JsonNode scheme(String pm, String region, int year) {
        return ok(as(pm, "POST", "/api/v1/urgency/regions/" + region + "/schemes", "{\"name\":\"Urgentieregeling " + year
                + "\",\"validFrom\":\"" + year + "-01-01\",\"validTo\":\"" + (year + 1) + "-12-31\"}"), 201).json();
    }

    @BeforeAll
    void setUp() {
        // MRA: one adopted model (with a second, concept scenario made before adoption) and one concept model
        JsonNode m = model("regio.mra", "MRA", "2071");
        JsonNode first = saved("regio.mra", m.get("scenarios").get(0), 60);
        JsonNode second = ok(as("regio.mra", "POST", "/api/v1/allocation/models/" + m.get("id").getLongValue() + "/scenarios",
                "{\"name\":\"Scenario B\"}"), 201).json();
        ok(as("regio.mra", "POST", "/api/v1/allocation/scenarios/" + first.get("id").getLongValue() + "/adopt",
                "{\"lockVersion\":" + first.get("lockVersion").getIntValue() + "," + DECISION + "}"), 200);
        adoptedModel = m.get("id").getLongValue();
        adoptedScenario = first.get("id").getLongValue();
        conceptScenarioOfAdoptedModel = second.get("id").getLongValue();
        conceptModel = model("regio.mra", "MRA", "2072").get("id").getLongValue();
        otherRegionModel = adopted("regio.ens", "ENS", "2071");
        // a confirmed and a proposed swap between Amsterdam and Diemen
        long confirmed = ok(as("gemeente.amsterdam", "POST", "/api/v1/allocation/models/" + adoptedModel + "/swaps",
                "{\"from\":\"GM0363\",\"to\":\"GM0384\",\"amount\":1,\"reason\":\"Diemen neemt er een over\"}"), 201)
                .json().get("id").getLongValue();
        ok(as("gemeente.diemen", "POST", "/api/v1/allocation/swaps/" + confirmed + "/confirm", null), 200);
        ok(as("gemeente.amsterdam", "POST", "/api/v1/allocation/models/" + adoptedModel + "/swaps",
                "{\"from\":\"GM0363\",\"to\":\"GM0384\",\"amount\":1,\"reason\":\"Nog een voorstel\"}"), 201);

        // MRA: an adopted urgentieregeling with a quota and a proposed local deviation, and a concept one
        JsonNode s = scheme("regio.mra", "MRA", 2170);
        JsonNode withQuota = ok(as("regio.mra", "PUT", "/api/v1/urgency/schemes/" + s.get("id").getLongValue(), "{\"name\":\""
                + s.get("name").getStringValue() + "\",\"validFrom\":\"2170-01-01\",\"validTo\":\"2171-12-31\",\"categories\":[],"
                + "\"quotas\":[{\"label\":\"Regulier\",\"appliesTo\":{\"regular\":true,\"categories\":[]},\"kind\":\"MIN_SHARE\","
                + "\"share\":\"0.45\"}],\"lockVersion\":" + s.get("lockVersion").getIntValue() + "}"), 200).json();
        ok(as("regio.mra", "POST", "/api/v1/urgency/schemes/" + s.get("id").getLongValue() + "/adopt",
                "{\"lockVersion\":" + withQuota.get("lockVersion").getIntValue() + "}"), 200);
        adoptedScheme = s.get("id").getLongValue();
        ok(as("gemeente.amsterdam", "POST", "/api/v1/urgency/schemes/" + adoptedScheme + "/deviations", "{\"quotaId\":"
                + withQuota.get("quotas").get(0).get("id").getLongValue() + ",\"share\":\"0.4\",\"reason\":\"Meer urgenten\"}"), 201);
        conceptScheme = scheme("regio.mra", "MRA", 2174).get("id").getLongValue();
        JsonNode ens = scheme("regio.ens", "ENS", 2170);
        ok(as("regio.ens", "POST", "/api/v1/urgency/schemes/" + ens.get("id").getLongValue() + "/adopt", "{\"lockVersion\":0}"), 200);
        otherRegionScheme = ens.get("id").getLongValue();
    }

    @Test
    void aPartnerReadsItsRegionsAdoptedModelAndItsResultsWithoutTheNegotiation() {
        List<Long> listed = new ArrayList<>();
        ok(as(PARTNER, "GET", "/api/v1/allocation/regions/MRA/models", null), 200).json().values()
                .forEach(n -> listed.add(n.get("id").getLongValue()));
        assertThat(listed).contains(adoptedModel).doesNotContain(conceptModel);

        JsonNode model = ok(as(PARTNER, "GET", "/api/v1/allocation/models/" + adoptedModel, null), 200).json();
        assertThat(Api.allowedActions(model)).isEmpty();
        assertThat(model.get("scenarios").size()).isEqualTo(1);
        assertThat(Api.allowedActions(model.get("scenarios").get(0))).isEmpty();
        assertThat(Api.allowedActions(ok(as(PARTNER, "GET", "/api/v1/allocation/regions/MRA", null), 200).json())).isEmpty();

        JsonNode results = ok(as(PARTNER, "GET", "/api/v1/allocation/models/" + adoptedModel + "/results", null), 200).json();
        JsonNode officers = ok(as("gemeente.amsterdam", "GET", "/api/v1/allocation/models/" + adoptedModel + "/results", null), 200).json();
        // the same figures as a gemeente reads; only the confirmed swap, which counts in them
        assertThat(results.get("rows").toString()).isEqualTo(officers.get("rows").toString());
        assertThat(results.get("totals").toString()).isEqualTo(officers.get("totals").toString());
        assertThat(officers.get("swaps").size()).isEqualTo(2);
        assertThat(results.get("swaps").size()).isEqualTo(1);
        assertThat(results.get("swaps").get(0).get("status").getStringValue()).isEqualTo("CONFIRMED");
        assertThat(Api.allowedActions(results.get("swaps").get(0))).isEmpty();
        assertThat(results.get("allowedActions").get("recordRealisation").size()).isZero();
        assertThat(results.get("allowedActions").get("proposeSwap").getBooleanValue()).isFalse();

        assertThat(ok(as(PARTNER, "GET", "/api/v1/allocation/scenarios/" + adoptedScenario + "/result", null), 200)
                .json().get("frozen").getBooleanValue()).isTrue();
    }

    @Test
    void aPartnerDownloadsWhatAnOfficerDownloadsOfAnAdoptedModel() {
        String token = api.token(PARTNER);
        for (String path : List.of("/api/v1/allocation/models/" + adoptedModel + "/results.csv",
                "/api/v1/allocation/models/" + adoptedModel + "/results.xlsx",
                "/api/v1/allocation/scenarios/" + adoptedScenario + "/export.csv",
                "/api/v1/allocation/scenarios/" + adoptedScenario + "/export.pdf",
                "/api/v1/urgency/schemes/" + adoptedScheme + "/document.pdf")) {
            assertThat(api.download(path, token).status()).as(path).isEqualTo(200);
            assertThat(api.download(path, api.token("gemeente.amsterdam")).status()).as(path).isEqualTo(200);
        }
        assertThat(api.download("/api/v1/allocation/scenarios/" + conceptScenarioOfAdoptedModel + "/export.csv", token).status())
                .isEqualTo(404);
        assertThat(api.download("/api/v1/urgency/schemes/" + conceptScheme + "/document.pdf", token).status()).isEqualTo(404);
        assertThat(api.download("/api/v1/allocation/models/" + otherRegionModel + "/results.csv", token).status()).isEqualTo(404);
    }

    @Test
    void conceptsAndOtherRegionsDoNotExistForAPartner() {
        for (String path : List.of("/api/v1/allocation/models/" + conceptModel,
                "/api/v1/allocation/models/" + conceptModel + "/results",
                "/api/v1/allocation/scenarios/" + conceptScenarioOfAdoptedModel + "/result",
                "/api/v1/allocation/models/" + otherRegionModel,
                "/api/v1/allocation/models/" + otherRegionModel + "/results",
                "/api/v1/allocation/regions/ENS/models",
                "/api/v1/urgency/schemes/" + conceptScheme,
                "/api/v1/urgency/schemes/" + otherRegionScheme,
                "/api/v1/urgency/schemes/compare?a=" + adoptedScheme + "&b=" + conceptScheme,
                "/api/v1/urgency/regions/ENS/schemes")) {
            Response r = as(PARTNER, "GET", path, null);
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.text("code")).as(path).isEqualTo("NOT_FOUND");
        }
    }

    @Test
    void aPartnerReadsTheAdoptedUrgentieregelingWithItsAcceptedDeviationsOnly() {
        List<Long> listed = new ArrayList<>();
        ok(as(PARTNER, "GET", "/api/v1/urgency/regions/MRA/schemes", null), 200).json().values()
                .forEach(n -> listed.add(n.get("id").getLongValue()));
        assertThat(listed).containsExactly(adoptedScheme);
        assertThat(Api.allowedActions(ok(as(PARTNER, "GET", "/api/v1/urgency/regions/MRA", null), 200).json())).isEmpty();

        JsonNode scheme = ok(as(PARTNER, "GET", "/api/v1/urgency/schemes/" + adoptedScheme, null), 200).json();
        assertThat(scheme.get("status").getStringValue()).isEqualTo("ADOPTED");
        assertThat(scheme.get("quotas").size()).isEqualTo(1);
        assertThat(Api.allowedActions(scheme)).isEmpty();
        // the gemeente's proposal is its own wish until the region accepts it
        assertThat(ok(as("gemeente.amsterdam", "GET", "/api/v1/urgency/schemes/" + adoptedScheme, null), 200).json()
                .get("deviations").size()).isEqualTo(1);
        assertThat(scheme.get("deviations").size()).isZero();
        // a province still reads the region's concepts, as before
        assertThat(as("provincie.noord-holland", "GET", "/api/v1/urgency/schemes/" + conceptScheme, null).status()).isEqualTo(200);
    }

    @Test
    void everyWriteIsRefused() {
        String lock = "{\"lockVersion\":0}";
        List<String[]> writes = List.of(
                new String[] {"POST", "/api/v1/allocation/regions/MRA/models", "{\"name\":\"x\",\"period\":\"2073\",\"targetGroups\":[\"mensenhandel\"]}"},
                new String[] {"POST", "/api/v1/allocation/models/" + adoptedModel + "/scenarios", "{\"name\":\"x\"}"},
                new String[] {"PUT", "/api/v1/allocation/models/" + adoptedModel + "/realisation/GM0363", "{\"realised\":1,\"note\":\"x\"}"},
                new String[] {"POST", "/api/v1/allocation/models/" + adoptedModel + "/swaps",
                        "{\"from\":\"GM0363\",\"to\":\"GM0384\",\"amount\":1,\"reason\":\"x\"}"},
                new String[] {"POST", "/api/v1/allocation/scenarios/" + adoptedScenario + "/adopt", lock},
                new String[] {"POST", "/api/v1/urgency/regions/MRA/schemes", "{\"validFrom\":\"2178-01-01\",\"validTo\":\"2178-12-31\"}"},
                new String[] {"PUT", "/api/v1/urgency/schemes/" + adoptedScheme, "{\"name\":\"x\",\"validFrom\":\"2170-01-01\","
                        + "\"validTo\":\"2171-12-31\",\"categories\":[],\"quotas\":[],\"lockVersion\":1}"},
                new String[] {"POST", "/api/v1/urgency/schemes/" + adoptedScheme + "/adopt", lock},
                new String[] {"POST", "/api/v1/urgency/schemes/" + adoptedScheme + "/deviations", "{\"quotaId\":1,\"share\":\"0.3\",\"reason\":\"x\"}"},
                new String[] {"DELETE", "/api/v1/urgency/schemes/" + adoptedScheme + "?lockVersion=1", null},
                new String[] {"PUT", "/api/v1/regions/MRA/demand-deadlines/2071", "{\"deadline\":\"2071-06-01\"}"},
                new String[] {"POST", "/api/v1/demand/regions/MRA/years/2071/regional", null},
                new String[] {"POST", "/api/v1/regions/MRA/target-groups", "{\"name\":\"x\"}"},
                new String[] {"POST", "/api/v1/woonzorgvisie/regions/MRA/templates", "{\"name\":\"x\"}"});
        for (String[] w : writes) {
            Response r = as(PARTNER, w[0], w[1], w[2]);
            assertThat(r.status()).as(w[0] + " " + w[1] + " " + r.body()).isIn(403, 404);
        }
        Response upload = api.upload("/api/v1/allocation/regions/MRA/indicators/import?dryRun=true", api.token(PARTNER), "i.csv",
                "gemeentecode,indicator,peildatum,waarde,bron\nGM0363,lettings,2071-01-01,1,x\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(upload.status()).as(upload.body()).isEqualTo(403);
    }

    @Test
    void demandAnalysesIndicatorsAndDashboardsAreRefused() {
        for (String path : List.of("/api/v1/demand/regions/MRA/years/2071", "/api/v1/demand/regions/MRA/years/2071/totals",
                "/api/v1/demand/regions/MRA/years/2071/export.csv", "/api/v1/demand/regions/MRA/years/2071/totals.csv",
                "/api/v1/allocation/regions/MRA/indicators", "/api/v1/allocation/models/" + adoptedModel + "/inputs",
                "/api/v1/allocation/models/" + adoptedModel + "/compare?a=" + adoptedScenario + "&b=" + adoptedScenario,
                "/api/v1/urgency/schemes/" + adoptedScheme + "/capacity?year=2070",
                "/api/v1/dashboard/filters", "/api/v1/dashboard/regions", "/api/v1/dashboard/regions/MRA/municipalities",
                "/api/v1/dashboard/map", "/api/v1/dashboard/regions.csv", "/api/v1/dashboard/report.pdf")) {
            Response r = as(PARTNER, "GET", path, null);
            assertThat(r.status()).as(path + " " + r.body()).isEqualTo(403);
        }
        for (String path : List.of("/api/v1/demand/municipalities/GM0363/years/2071", "/api/v1/municipalities/GM0363")) {
            assertThat(as(PARTNER, "GET", path, null).status()).as(path).isEqualTo(404);
        }
    }
}
