package nl.thuisplan.allocation;

import static nl.thuisplan.allocation.AllocationApi.PM;
import static nl.thuisplan.allocation.AllocationApi.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Models and scenarios through the API (issue 4): configure, compute, compare, adopt, freeze; who may do what. */
@MicronautTest(transactional = false)
class AllocationModelTest extends ApiTest {

    private static final String KEY = "[{\"indicator\":\"inhabitants\",\"weight\":\"0.5\"},{\"indicator\":\"households\",\"weight\":\"0.5\"}]";

    @Inject
    Api api;
    AllocationApi alloc;

    @BeforeAll
    void setUp() {
        alloc = new AllocationApi(api);
    }

    @Test
    void aProgrammeManagerConfiguresComparesAndAdopts() {
        JsonNode model = alloc.model("Dakloos 2041", "2041", "dakloos");
        assertThat(model.get("status").getStringValue()).isEqualTo("CONCEPT");
        assertThat(model.get("allowedActions").values()).extracting(JsonNode::getStringValue).containsExactly("EDIT", "ADOPT");
        JsonNode a = AllocationApi.firstScenario(model);
        assertThat(a.get("name").getStringValue()).isEqualTo("Scenario A");
        assertThat(a.get("criteria").get(0).get("indicator").getStringValue()).isEqualTo("inhabitants");

        a = alloc.saved(a, 100, KEY, "");
        Response result = alloc.as(PM, "GET", "/api/v1/allocation/scenarios/" + id(a) + "/result", null);
        assertThat(result.status()).as(result.body()).isEqualTo(200);
        Map<String, Integer> targets = AllocationApi.targets(result.json());
        assertThat(targets).hasSize(8).containsKey("GM0153");
        assertThat(targets.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
        JsonNode enschede = AllocationApi.row(result.json(), "GM0153");
        assertThat(enschede.get("contributions").get("households").getStringValue()).isEqualTo("20.37");
        assertThat(enschede.get("perThousand").getStringValue()).matches("\\d+\\.\\d{3}");
        assertThat(result.json().get("steps").size()).isGreaterThan(8);
        // steps read with names and Dutch labels; the structured unitId keeps the code
        JsonNode step = result.json().get("steps").get(0);
        assertThat(step.get("unitId").getStringValue()).matches("GM\\d{4}");
        assertThat(step.get("text").getStringValue()).doesNotContain("GM0").doesNotContain("inhabitants").contains("inwoners");
        assertThat(result.json().get("frozen").getBooleanValue()).isFalse();

        // a second scenario, copied, with another method and a cap on Enschede
        Response b = alloc.as(PM, "POST", "/api/v1/allocation/models/" + id(model) + "/scenarios",
                "{\"name\":\"Met plafond\",\"copyOf\":" + id(a) + "}");
        assertThat(b.status()).as(b.body()).isEqualTo(201);
        JsonNode bSaved = alloc.saved(b.json(), 100, KEY, ",\"method\":\"SAINTE_LAGUE\",\"bounds\":[{\"municipality\":\"GM0153\",\"max\":30}]");
        assertThat(bSaved.get("versionNo").getIntValue()).isEqualTo(2);
        Response compare = alloc.as(PM, "GET", "/api/v1/allocation/models/" + id(model) + "/compare?a=" + id(a) + "&b=" + id(bSaved), null);
        assertThat(compare.status()).as(compare.body()).isEqualTo(200);
        int differences = 0;
        for (JsonNode row : compare.json().get("rows").values()) {
            assertThat(row.get("difference").getIntValue())
                    .isEqualTo(row.get("targetB").getIntValue() - row.get("targetA").getIntValue());
            differences += row.get("difference").getIntValue();
        }
        assertThat(differences).isZero();
        assertThat(AllocationApi.row(compare.json(), "GM0153").get("targetB").getIntValue()).isEqualTo(30);

        // adopt A: frozen, and the other scenario can no longer change either
        JsonNode adopted = alloc.adopt(a);
        assertThat(adopted.get("status").getStringValue()).isEqualTo("ADOPTED");
        assertThat(adopted.get("adoptedBy").getStringValue()).isEqualTo(PM);
        assertThat(adopted.get("adoptedScenarioId").getLongValue()).isEqualTo(id(a));
        assertThat(adopted.get("allowedActions").size()).isZero();
        Response again = alloc.save(PM, a, 90, KEY, "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").getStringValue()).isEqualTo("MODEL_ADOPTED");
        assertThat(alloc.save(PM, bSaved, 90, KEY, "").json().get("code").getStringValue()).isEqualTo("MODEL_ADOPTED");
        Response frozen = alloc.as(PM, "GET", "/api/v1/allocation/scenarios/" + id(a) + "/result", null);
        assertThat(frozen.json().get("frozen").getBooleanValue()).isTrue();
        assertThat(AllocationApi.targets(frozen.json())).isEqualTo(targets);

        // every role in scope reads the adopted result; only the adopted scenario
        for (String reader : new String[] {"gemeente.enschede", "provincie.overijssel"}) {
            Response list = alloc.as(reader, "GET", "/api/v1/allocation/regions/ENS/models", null);
            assertThat(list.body()).contains("Dakloos 2041");
            Response view = alloc.as(reader, "GET", "/api/v1/allocation/models/" + id(model), null);
            assertThat(view.status()).isEqualTo(200);
            assertThat(view.json().get("scenarios").size()).isEqualTo(1);
            assertThat(alloc.as(reader, "GET", "/api/v1/allocation/scenarios/" + id(a) + "/result", null).status()).isEqualTo(200);
            assertThat(alloc.as(reader, "GET", "/api/v1/allocation/scenarios/" + id(bSaved) + "/result", null).status()).isEqualTo(404);
            Response results = alloc.as(reader, "GET", "/api/v1/allocation/models/" + id(model) + "/results", null);
            assertThat(results.status()).as(results.body()).isEqualTo(200);
            assertThat(AllocationApi.targets(results.json())).isEqualTo(targets);
        }
        Response audit = alloc.as(PM, "GET", "/api/v1/allocation/models/" + id(model), null);
        assertThat(audit.json().get("adoptedAt").getStringValue()).isEqualTo(adopted.get("adoptedAt").getStringValue());
    }

    @Test
    void conceptModelsAreInvisibleOutsideTheProgrammeManagerAndWritesAreRefused() {
        JsonNode model = alloc.model("Uitstroom MO 2042", "2042", "uitstroom_mo");
        long id = id(model);
        JsonNode a = AllocationApi.firstScenario(model);
        // gemeente and provincie: concept models do not exist for them
        for (String user : new String[] {"gemeente.enschede", "provincie.overijssel"}) {
            assertThat(alloc.as(user, "GET", "/api/v1/allocation/models/" + id, null).status()).isEqualTo(404);
            assertThat(alloc.as(user, "GET", "/api/v1/allocation/scenarios/" + id(a) + "/result", null).status()).isEqualTo(404);
            assertThat(alloc.as(user, "GET", "/api/v1/allocation/regions/ENS/models", null).body()).doesNotContain("Uitstroom MO 2042");
            assertThat(alloc.save(user, a, 5, KEY, "").status()).isEqualTo(404);
            Response create = alloc.as(user, "POST", "/api/v1/allocation/regions/ENS/models",
                    "{\"name\":\"x\",\"period\":\"2042\",\"targetGroups\":[\"dakloos\"]}");
            assertThat(create.status()).isEqualTo(403);
        }
        // another region's programme manager and officers: nothing exists
        for (String user : new String[] {"regio.mra", "gemeente.amsterdam", "provincie.noord-holland"}) {
            assertThat(alloc.as(user, "GET", "/api/v1/allocation/models/" + id, null).status()).isEqualTo(404);
            assertThat(alloc.save(user, a, 5, KEY, "").status()).isEqualTo(404);
            assertThat(alloc.as(user, "GET", "/api/v1/allocation/regions/ENS/models", null).status()).isEqualTo(404);
            assertThat(alloc.as(user, "POST", "/api/v1/allocation/scenarios/" + id(a) + "/adopt", "{\"lockVersion\":0}").status())
                    .isEqualTo(404);
        }
        assertThat(alloc.as("regio.mra", "GET", "/api/v1/allocation/models/" + id + "/inputs", null).status()).isEqualTo(404);
        // adopt it, then readers see it but still may not write
        JsonNode saved = alloc.saved(a, 12, KEY, "");
        alloc.adopt(saved);
        assertThat(alloc.as("gemeente.enschede", "GET", "/api/v1/allocation/models/" + id, null).status()).isEqualTo(200);
        assertThat(alloc.as("gemeente.enschede", "GET", "/api/v1/allocation/models/" + id + "/inputs", null).status()).isEqualTo(403);
        assertThat(alloc.as("provincie.overijssel", "GET", "/api/v1/allocation/models/" + id + "/compare?a=" + id(a) + "&b=" + id(a), null)
                .status()).isEqualTo(403);
        assertThat(alloc.as("gemeente.amsterdam", "GET", "/api/v1/allocation/models/" + id + "/results", null).status()).isEqualTo(404);
    }

    @Test
    void badInputGetsFieldErrorsAndNothingChanges() {
        JsonNode model = alloc.model("Uitstroom BW 2043", "2043", "uitstroom_bw");
        JsonNode a = AllocationApi.firstScenario(model);
        Response weights = alloc.save(PM, a, 10, "[{\"indicator\":\"inhabitants\",\"weight\":\"0.5\"},{\"indicator\":\"lettings\",\"weight\":\"0.4\"}]", "");
        assertThat(weights.status()).isEqualTo(400);
        assertThat(weights.body()).contains("WEIGHTS_NOT_ONE", "90");
        Response many = alloc.save(PM, a, -1, "[{\"indicator\":\"nonsense\",\"weight\":\"x\"}]",
                ",\"method\":\"COIN_TOSS\",\"bounds\":[{\"municipality\":\"GM0363\",\"max\":3},{\"municipality\":\"GM0153\",\"maxShare\":{\"indicator\":\"lettings\",\"share\":\"1.5\"}}]");
        assertThat(many.status()).isEqualTo(400);
        assertThat(many.json().get("code").getStringValue()).isEqualTo("VALIDATION_FAILED");
        assertThat(many.body()).contains("\"total\"", "criteria[0].indicator", "\"method\"", "bounds[0].municipality",
                "bounds[1].maxShare.share");
        // nothing was stored: the scenario still has its lock version 0 and its default criteria
        Response view = alloc.as(PM, "GET", "/api/v1/allocation/models/" + id(model), null);
        JsonNode stored = AllocationApi.firstScenario(view.json());
        assertThat(stored.get("lockVersion").getIntValue()).isZero();
        assertThat(stored.get("criteria").size()).isEqualTo(1);

        alloc.saved(a, 10, KEY, "");
        Response stale = alloc.save(PM, a, 11, KEY, "");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("code").getStringValue()).isEqualTo("VERSION_CONFLICT");
        assertThat(stale.json().get("current").get("total").getIntValue()).isEqualTo(10);

        Response exists = alloc.as(PM, "POST", "/api/v1/allocation/regions/ENS/models",
                "{\"name\":\"Nog een\",\"period\":\"2043\",\"targetGroups\":[\"uitstroom_bw\"]}");
        assertThat(exists.status()).isEqualTo(409);
        assertThat(exists.json().get("code").getStringValue()).isEqualTo("MODEL_EXISTS");
        Response badModel = alloc.as(PM, "POST", "/api/v1/allocation/regions/ENS/models",
                "{\"name\":\"\",\"period\":\"2043-H3\",\"targetGroups\":[\"geen_groep\"]}");
        assertThat(badModel.status()).isEqualTo(400);
        assertThat(badModel.body()).contains("\"name\"", "\"period\"", "UNKNOWN_TARGET_GROUP");
        Response noBody = alloc.as(PM, "POST", "/api/v1/allocation/regions/ENS/models", "{");
        assertThat(noBody.status()).isEqualTo(400);
        assertThat(alloc.as(PM, "GET", "/api/v1/allocation/models/" + id(model) + "/compare?a=1", null).status()).isEqualTo(400);

        // infeasible floors are saved (a half-finished scenario) but computing says which bounds clash
        JsonNode current = AllocationApi.firstScenario(alloc.as(PM, "GET", "/api/v1/allocation/models/" + id(model), null).json());
        JsonNode infeasible = alloc.saved(current, 10, KEY, ",\"bounds\":[{\"municipality\":\"GM0153\",\"min\":8},{\"municipality\":\"GM0164\",\"min\":5}]");
        Response r = alloc.as(PM, "GET", "/api/v1/allocation/scenarios/" + id(infeasible) + "/result", null);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("code").getStringValue()).isEqualTo("ALLOCATION_INFEASIBLE");
        assertThat(r.body()).contains("GM0153", "GM0164");
        Response adopt = alloc.as(PM, "POST", "/api/v1/allocation/scenarios/" + id(infeasible) + "/adopt",
                "{\"lockVersion\":" + infeasible.get("lockVersion").getIntValue() + "," + AllocationApi.DECISION + "}");
        assertThat(adopt.status()).isEqualTo(422);
        assertThat(alloc.as(PM, "GET", "/api/v1/allocation/models/" + id(model), null).json().get("status").getStringValue())
                .isEqualTo("CONCEPT");
    }

    @Test
    void scenariosCanBeAddedAndDeletedButNotTheLastOne() {
        JsonNode model = alloc.model("Jeugd 2044", "2044", "uitstroom_jeugd");
        JsonNode a = AllocationApi.firstScenario(model);
        Response b = alloc.as(PM, "POST", "/api/v1/allocation/models/" + id(model) + "/scenarios", "{}");
        assertThat(b.status()).isEqualTo(201);
        assertThat(b.json().get("name").getStringValue()).isEqualTo("Scenario B");
        Response deleteStale = alloc.as(PM, "DELETE", "/api/v1/allocation/scenarios/" + id(b.json()) + "?lockVersion=7", null);
        assertThat(deleteStale.status()).isEqualTo(409);
        assertThat(alloc.as(PM, "DELETE", "/api/v1/allocation/scenarios/" + id(b.json()) + "?lockVersion=0", null).status()).isEqualTo(204);
        Response last = alloc.as(PM, "DELETE", "/api/v1/allocation/scenarios/" + id(a) + "?lockVersion=0", null);
        assertThat(last.status()).isEqualTo(409);
        assertThat(last.json().get("code").getStringValue()).isEqualTo("LAST_SCENARIO");
        assertThat(alloc.as("gemeente.enschede", "POST", "/api/v1/allocation/models/" + id(model) + "/scenarios", "{}").status())
                .isEqualTo(404);
    }

    @Test
    void inputsCarryIndicatorsAndOwnDemandForTheEditor() {
        JsonNode model = alloc.model("Vrouwenopvang 2045", "2045", "uitstroom_vo");
        Response inputs = alloc.as(PM, "GET", "/api/v1/allocation/models/" + id(model) + "/inputs", null);
        assertThat(inputs.status()).as(inputs.body()).isEqualTo(200);
        JsonNode units = inputs.json().get("units");
        assertThat(units.size()).isEqualTo(8);
        JsonNode first = units.get(0);
        assertThat(first.get("indicators").get("inhabitants").getStringValue()).isEqualTo("24800"); // Borne, from the reference CSV
        assertThat(first.get("indicators").get("own_demand").getStringValue()).isEqualTo("0");
        assertThat(inputs.body()).contains("NO_ADOPTED_DEMAND");
        assertThat(inputs.json().get("availableDates").size()).isGreaterThan(0);
        Response bad = alloc.as(PM, "GET", "/api/v1/allocation/models/" + id(model) + "/inputs?referenceDate=gisteren", null);
        assertThat(bad.status()).isEqualTo(400);
    }
}
