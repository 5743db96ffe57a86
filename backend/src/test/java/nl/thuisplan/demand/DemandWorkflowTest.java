package nl.thuisplan.demand;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import org.junit.jupiter.api.Test;

/** The life of one analysis through the API: concept → ingediend → teruggestuurd → vastgesteld → heropend. */
@MicronautTest(transactional = false)
class DemandWorkflowTest extends ApiTest {

    @Inject
    Api api;
    @Inject
    DemandApi demand;

    @Test
    void everyViewListsWhatThisCallerMayDoNowAndEveryStepIsOneAuditEvent() {
        long id = demand.start("gemeente.diemen", "GM0384", 2038);
        assertThat(actions(demand.get("gemeente.diemen", id))).containsExactly("SUBMIT");
        assertThat(actions(demand.get("regio.mra", id))).isEmpty();
        // a body without the version is refused with the field named, after the role and state checks
        Response noVersion = api.send("POST", "/api/v1/demand/analyses/" + id + "/submit", api.token("gemeente.diemen"), "{}");
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.json().get("fields").get(0).get("field").getStringValue()).isEqualTo("lockVersion");

        Response submitted = demand.act("gemeente.diemen", id, "submit", null);
        assertThat(actions(submitted)).isEmpty();
        assertThat(actions(demand.get("regio.mra", id))).containsExactly("RETURN", "ADOPT");
        Response adopted = demand.act("regio.mra", id, "adopt", null);
        assertThat(actions(adopted)).containsExactly("REOPEN");
        assertThat(actions(demand.get("gemeente.diemen", id))).isEmpty();

        JsonNode history = api.getAs("regio.mra", "/api/v1/demand/analyses/" + id + "/history").json().get("items");
        java.util.List<String> steps = new java.util.ArrayList<>();
        history.values().forEach(e -> steps.add(e.get("action").getStringValue()));
        assertThat(steps).containsExactly("ADOPTED", "SUBMITTED", "CREATED");
    }

    private static java.util.List<String> actions(Response view) {
        java.util.List<String> out = new java.util.ArrayList<>();
        view.json().get("allowedActions").values().forEach(a -> out.add(a.getStringValue()));
        return out;
    }

    @Test
    void theWholeWorkflowKeepsAdoptedVersionsIntact() {
        long id = demand.start("gemeente.diemen", "GM0384", 2031);
        demand.put("gemeente.diemen", id, "dakloos/zelfstandig/STOCK", "{\"value\":40,\"version\":null}");

        Response submitted = demand.act("gemeente.diemen", id, "submit", null);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.text("status")).isEqualTo("SUBMITTED");
        assertThat(demand.put("gemeente.diemen", id, "dakloos/zelfstandig/STOCK", "{\"value\":41,\"version\":0}").text("code"))
                .isEqualTo("DEMAND_LOCKED");

        // a gemeente cannot adopt, not even its own
        assertThat(demand.act("gemeente.diemen", id, "adopt", null).status()).isEqualTo(403);
        // returning needs a reason
        Response noReason = demand.act("regio.mra", id, "return", null);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("fields").get(0).get("field").getStringValue()).isEqualTo("reason");

        Response returned = demand.act("regio.mra", id, "return", "Graag de bron toevoegen");
        assertThat(returned.text("status")).isEqualTo("RETURNED");
        assertThat(demand.get("gemeente.diemen", id).text("returnedReason")).isEqualTo("Graag de bron toevoegen");
        assertThat(demand.put("gemeente.diemen", id, "dakloos/zelfstandig/STOCK", "{\"value\":42,\"source\":\"GGD\",\"version\":0}")
                .status()).isEqualTo(200);
        assertThat(demand.act("gemeente.diemen", id, "submit", null).text("status")).isEqualTo("SUBMITTED");

        Response adopted = demand.act("regio.mra", id, "adopt", null);
        assertThat(adopted.text("status")).isEqualTo("ADOPTED");
        assertThat(adopted.text("adoptedBy")).isEqualTo("regio.mra");
        assertThat(adopted.json().get("editable").getBooleanValue()).isFalse();
        assertThat(demand.put("gemeente.diemen", id, "dakloos/zelfstandig/STOCK", "{\"value\":43,\"version\":1}").text("code"))
                .isEqualTo("DEMAND_LOCKED");

        Response reopened = demand.act("regio.mra", id, "reopen", null);
        assertThat(reopened.status()).isEqualTo(201);
        long v2 = reopened.json().get("id").getLongValue();
        assertThat(reopened.json().get("versionNo").getIntValue()).isEqualTo(2);
        assertThat(reopened.text("status")).isEqualTo("CONCEPT");
        assertThat(demand.value(reopened, "dakloos/zelfstandig/STOCK")).isEqualTo(42);
        assertThat(demand.put("gemeente.diemen", v2, "dakloos/zelfstandig/STOCK", "{\"value\":50,\"version\":0}").status())
                .isEqualTo(200);

        Response v1 = demand.get("regio.mra", id);
        assertThat(v1.text("status")).isEqualTo("ADOPTED");
        assertThat(demand.value(v1, "dakloos/zelfstandig/STOCK")).isEqualTo(42);
        assertThat(demand.put("gemeente.diemen", id, "dakloos/zelfstandig/STOCK", "{\"value\":43,\"version\":1}").text("code"))
                .isEqualTo("DEMAND_LOCKED");
        Response current = api.getAs("gemeente.diemen", "/api/v1/demand/municipalities/GM0384/years/2031");
        assertThat(current.json().get("id").getLongValue()).isEqualTo(v2);
        assertThat(current.json().get("versions").size()).isEqualTo(2);
    }

    @Test
    void aStaleLockVersionIsAConflict() {
        long id = demand.start("gemeente.diemen", "GM0384", 2032);
        Response r = api.send("POST", "/api/v1/demand/analyses/" + id + "/submit", api.token("gemeente.diemen"),
                "{\"lockVersion\":99}");
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.text("code")).isEqualTo("VERSION_CONFLICT");
    }

    @Test
    void startingTwiceIsRefused() {
        demand.start("gemeente.diemen", "GM0384", 2033);
        Response again = api.send("POST", "/api/v1/demand/municipalities/GM0384/years/2033", api.token("gemeente.diemen"), null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("DEMAND_EXISTS");
    }

    @Test
    void theHistoryShowsEveryChangeWithOldAndNewValue() {
        long id = demand.start("gemeente.diemen", "GM0384", 2034);
        demand.put("gemeente.diemen", id, "studenten/zelfstandig/INFLOW", "{\"value\":5,\"version\":null}");
        demand.put("gemeente.diemen", id, "studenten/zelfstandig/INFLOW", "{\"value\":7,\"note\":\"raming\",\"version\":0}");
        demand.act("gemeente.diemen", id, "submit", null);

        Response cell = api.getAs("gemeente.diemen", "/api/v1/demand/analyses/" + id + "/history?cell=studenten/zelfstandig/INFLOW");
        JsonNode items = cell.json().get("items");
        assertThat(items.size()).isEqualTo(3); // 7 <- 5, note, 5 <- empty
        assertThat(cell.json().get("total").getLongValue()).isEqualTo(3);
        JsonNode newest = items.get(0);
        assertThat(newest.get("actor").getStringValue()).isEqualTo("gemeente.diemen");
        JsonNode valueChange = items.get(1).get("field").getStringValue().endsWith(":note") ? items.get(0) : items.get(1);
        assertThat(valueChange.get("oldValue").getStringValue()).isEqualTo("5");
        assertThat(valueChange.get("newValue").getStringValue()).isEqualTo("7");

        Response all = api.getAs("regio.mra", "/api/v1/demand/analyses/" + id + "/history");
        assertThat(all.body()).contains("\"action\":\"SUBMITTED\"").contains("\"action\":\"CREATED\"");
    }
}
