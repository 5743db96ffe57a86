package nl.thuisplan.demand;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import org.junit.jupiter.api.Test;

/** The summary the confirmation of indienen shows (issue 15): cells filled of all, every warning listed, nothing blocked. */
@MicronautTest(transactional = false)
class DemandSubmitSummaryTest extends ApiTest {

    private static final String DIEMEN = "gemeente.diemen";

    @Inject
    Api api;
    @Inject
    DemandApi demand;

    @Test
    void theSummaryCountsFilledCellsAndListsPlausibilityWarningsWithoutBlockingTheSubmit() {
        long id = demand.start(DIEMEN, "GM0384", 2039);
        assertThat(demand.put(DIEMEN, id, "dakloos/zelfstandig/STOCK", "{\"value\":10,\"version\":null}").status()).isEqualTo(200);
        assertThat(demand.put(DIEMEN, id, "dakloos/zelfstandig/INFLOW", "{\"value\":30,\"version\":null}").status()).isEqualTo(200);
        assertThat(demand.put(DIEMEN, id, "dakloos/zelfstandig/MOVES", "{\"value\":50,\"version\":null}").status()).isEqualTo(200);

        JsonNode view = demand.get(DIEMEN, id).json();
        int cells = view.get("targetGroups").size() * view.get("housingForms").size() * 3;
        Response r = api.getAs(DIEMEN, "/api/v1/demand/analyses/" + id + "/submit-summary");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode summary = r.json();
        assertThat(summary.get("analysisId").getLongValue()).isEqualTo(id);
        assertThat(summary.get("cells").getIntValue()).isEqualTo(cells).isGreaterThan(100);
        assertThat(summary.get("filled").getIntValue()).isEqualTo(3);
        List<String> codes = new ArrayList<>();
        summary.get("warnings").values().forEach(w -> codes.add(w.get("code").getStringValue()));
        assertThat(codes).containsExactly("INFLOW_FAR_ABOVE_STOCK", "MOVES_ABOVE_DEMAND");
        JsonNode first = summary.get("warnings").get(0);
        assertThat(first.get("targetGroup").get("code").getStringValue()).isEqualTo("dakloos");
        assertThat(first.get("housingForm").get("code").getStringValue()).isEqualTo("zelfstandig");
        assertThat(first.get("measure").getStringValue()).isEqualTo("INFLOW");
        assertThat(first.get("message").getStringValue()).contains("30").contains("10");

        // the region reads it too; a neighbour and a province (a concept) do not
        assertThat(api.getAs("regio.mra", "/api/v1/demand/analyses/" + id + "/submit-summary").status()).isEqualTo(200);
        assertThat(api.getAs("gemeente.amsterdam", "/api/v1/demand/analyses/" + id + "/submit-summary").status()).isEqualTo(404);
        assertThat(api.getAs("provincie.noord-holland", "/api/v1/demand/analyses/" + id + "/submit-summary").status()).isEqualTo(404);

        // warnings never block: the analysis is submitted as it is
        Response submitted = demand.act(DIEMEN, id, "submit", null);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().get("status").getStringValue()).isEqualTo("SUBMITTED");
    }

    @Test
    void aPlausibleRowHasNoWarning() {
        long id = demand.start(DIEMEN, "GM0384", 2040);
        demand.put(DIEMEN, id, "dakloos/zelfstandig/STOCK", "{\"value\":10,\"version\":null}");
        demand.put(DIEMEN, id, "dakloos/zelfstandig/INFLOW", "{\"value\":20,\"version\":null}");
        demand.put(DIEMEN, id, "dakloos/zelfstandig/MOVES", "{\"value\":30,\"version\":null}");
        JsonNode summary = api.getAs(DIEMEN, "/api/v1/demand/analyses/" + id + "/submit-summary").json();
        assertThat(summary.get("filled").getIntValue()).isEqualTo(3);
        assertThat(summary.get("warnings").size()).isZero();
    }
}
