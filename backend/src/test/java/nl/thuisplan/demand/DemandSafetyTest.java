package nl.thuisplan.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import nl.thuisplan.support.TestDatabase;
import org.junit.jupiter.api.Test;

/** Bad input, concurrent edits and the roles that must be refused; none of them changes anything. */
@MicronautTest(transactional = false)
class DemandSafetyTest extends ApiTest {

    private static final String CELL = "dakloos/zelfstandig/STOCK";

    @Inject
    Api api;
    @Inject
    DemandApi demand;

    @Test
    void hardErrorsNameTheFieldAndSaveNothing() {
        long id = demand.start("gemeente.diemen", "GM0384", 2040);
        assertField(demand.put("gemeente.diemen", id, CELL, "{\"value\":-1,\"version\":null}"), "value", "NEGATIVE");
        assertField(demand.put("gemeente.diemen", id, CELL, "{\"value\":12.5,\"version\":null}"), "value", "NOT_INTEGER");
        assertField(demand.put("gemeente.diemen", id, CELL, "{\"value\":10,\"low\":9,\"high\":3,\"version\":null}"), "low",
                "RANGE_INVERTED");
        assertField(demand.put("gemeente.diemen", id, "nietbestaand/zelfstandig/STOCK", "{\"value\":1,\"version\":null}"),
                "targetGroup", "UNKNOWN");
        assertThat(demand.put("gemeente.diemen", id, "dakloos/zelfstandig/NONSENSE", "{\"value\":1}").status()).isEqualTo(400);
        assertThat(demand.put("gemeente.diemen", id, CELL, "{\"value\":\"veel\"}").status()).isEqualTo(400);
        assertThat(DemandApi.written(demand.get("gemeente.diemen", id))).isZero();
    }

    @Test
    void aStaleCellVersionIsAConflictThatShowsTheOtherValue() {
        long id = demand.start("gemeente.diemen", "GM0384", 2041);
        assertThat(demand.put("gemeente.diemen", id, CELL, "{\"value\":10,\"version\":null}").status()).isEqualTo(200);
        assertThat(demand.put("gemeente.diemen", id, CELL, "{\"value\":11,\"version\":0}").status()).isEqualTo(200);
        Response late = demand.put("gemeente.diemen", id, CELL, "{\"value\":12,\"version\":0}");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text("code")).isEqualTo("DEMAND_CELL_CONFLICT");
        assertThat(late.json().get("current").get("value").getIntValue()).isEqualTo(11);
        assertThat(late.json().get("current").get("version").getIntValue()).isEqualTo(1);
        // a second first write of the same cell is a conflict too, not an overwrite
        Response doubleInsert = demand.put("gemeente.diemen", id, CELL, "{\"value\":99,\"version\":null}");
        assertThat(doubleInsert.status()).isEqualTo(409);
        assertThat(DemandApi.value(demand.get("gemeente.diemen", id), CELL)).isEqualTo(11);
    }

    @Test
    void twoPeopleSavingTheSameCellAtOnceNeverBothWin() {
        long id = demand.start("gemeente.diemen", "GM0384", 2042);
        demand.put("gemeente.diemen", id, CELL, "{\"value\":1,\"version\":null}");
        for (int round = 0; round < 5; round++) {
            int version = demand.get("gemeente.diemen", id).json().get("cells").get(0).get("version").getIntValue();
            String body1 = "{\"value\":" + (100 + round) + ",\"version\":" + version + "}";
            String body2 = "{\"value\":" + (200 + round) + ",\"version\":" + version + "}";
            var a = CompletableFuture.supplyAsync(() -> demand.put("gemeente.diemen", id, CELL, body1));
            var b = CompletableFuture.supplyAsync(() -> demand.put("gemeente.diemen", id, CELL, body2));
            List<Integer> statuses = List.of(a.join().status(), b.join().status());
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        }
    }

    @Test
    void othersCannotEditAMunicipalitysAnalysis() {
        long id = demand.start("gemeente.diemen", "GM0384", 2043);
        String body = "{\"value\":5,\"version\":null}";
        assertThat(demand.put("gemeente.amsterdam", id, CELL, body).status()).isEqualTo(404); // neighbour: invisible
        assertThat(demand.put("gemeente.enschede", id, CELL, body).status()).isEqualTo(404); // other region
        assertThat(demand.put("regio.ens", id, CELL, body).status()).isEqualTo(404);
        assertThat(demand.put("regio.mra", id, CELL, body).status()).isEqualTo(403); // reviews, does not enter
        assertThat(demand.put("provincie.noord-holland", id, CELL, body).status()).isEqualTo(404); // a concept: not for provinces
        assertThat(demand.put("beheerder", id, CELL, body).status()).isEqualTo(403);
        assertThat(demand.get("gemeente.amsterdam", id).status()).isEqualTo(404);
        assertThat(demand.act("regio.ens", id, "submit", null).status()).isEqualTo(404);
        assertThat(api.send("POST", "/api/v1/demand/municipalities/GM0384/years/2044", api.token("gemeente.amsterdam"), null)
                .status()).isEqualTo(404);
        assertThat(api.send("POST", "/api/v1/demand/municipalities/GM0384/years/2044", api.token("regio.mra"), null)
                .status()).isEqualTo(403);
        assertThat(DemandApi.written(demand.get("regio.mra", id))).isZero();
    }

    @Test
    void aProgrammeManagerCannotTouchAnotherRegion() {
        long id = demand.start("gemeente.diemen", "GM0384", 2045);
        demand.act("gemeente.diemen", id, "submit", null);
        assertThat(demand.act("regio.ens", id, "adopt", null).status()).isEqualTo(404);
        assertThat(demand.act("regio.ens", id, "return", "nee").status()).isEqualTo(404);
        assertThat(api.send("PUT", "/api/v1/regions/MRA/demand-deadlines/2045", api.token("regio.ens"),
                "{\"deadline\":\"2045-03-01\"}").status()).isEqualTo(404);
        assertThat(api.send("PUT", "/api/v1/regions/MRA/demand-deadlines/2045", api.token("gemeente.diemen"),
                "{\"deadline\":\"2045-03-01\"}").status()).isEqualTo(403);
        assertThat(demand.get("regio.mra", id).text("status")).isEqualTo("SUBMITTED");
    }

    @Test
    void theDatabaseItselfRefusesChangesToAnAdoptedVersion() throws Exception {
        long id = demand.start("gemeente.diemen", "GM0384", 2046);
        demand.put("gemeente.diemen", id, CELL, "{\"value\":8,\"version\":null}");
        demand.act("gemeente.diemen", id, "submit", null);
        demand.act("regio.mra", id, "adopt", null);
        try (Connection c = TestDatabase.appRole().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("select set_config('thuisplan.regions', '*', true), set_config('thuisplan.municipalities', '*', true)");
            assertThatThrownBy(() -> s.executeUpdate("update demand_figure set value = 9 where analysis_id = " + id))
                    .hasMessageContaining("cannot change");
            c.rollback();
            s.execute("select set_config('thuisplan.regions', '*', true), set_config('thuisplan.municipalities', '*', true)");
            assertThatThrownBy(() -> s.executeUpdate("update demand_analysis set status = 'CONCEPT' where analysis_id = " + id))
                    .hasMessageContaining("adopted");
            c.rollback();
        }
    }

    @Test
    void theAuditCanBeAppendedToButNeverRewritten() throws Exception {
        long id = demand.start("gemeente.diemen", "GM0384", 2047);
        demand.put("gemeente.diemen", id, CELL, "{\"value\":3,\"version\":null}");
        try (Connection c = TestDatabase.appRole().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("select set_config('thuisplan.regions', '*', true), set_config('thuisplan.municipalities', '*', true)");
            assertThatThrownBy(() -> s.executeUpdate("update audit_event set new_value = 'x'"))
                    .hasMessageContaining("permission denied");
            c.rollback();
            s.execute("select set_config('thuisplan.regions', '*', true), set_config('thuisplan.municipalities', '*', true)");
            assertThatThrownBy(() -> s.executeUpdate("delete from audit_event")).hasMessageContaining("permission denied");
            c.rollback();
        }
    }

    private static void assertField(Response r, String field, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.text("code")).isEqualTo("VALIDATION_FAILED");
        assertThat(r.json().get("fields").get(0).get("field").getStringValue()).isEqualTo(field);
        assertThat(r.json().get("fields").get(0).get("code").getStringValue()).isEqualTo(code);
    }
}
