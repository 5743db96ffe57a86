package nl.thuisplan.allocation;

import static nl.thuisplan.allocation.AllocationApi.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import nl.thuisplan.support.TestDatabase;
import org.junit.jupiter.api.Test;

/** An adopted scenario is frozen: later indicator changes do not move it, and the database refuses edits. */
@MicronautTest(transactional = false)
class AdoptionFreezeTest extends ApiTest {

    private static final String LETTINGS = "[{\"indicator\":\"lettings\",\"weight\":\"1\"}]";

    @Inject
    Api api;

    @Test
    void laterIndicatorChangesLeaveTheAdoptedResultAlone() throws SQLException {
        AllocationApi alloc = new AllocationApi(api);
        JsonNode model = alloc.model("Detentie 2050", "2050", "uitstroom_detentie");
        JsonNode a = AllocationApi.firstScenario(model);
        String scenario = "{\"name\":\"Op verhuringen\",\"totalSource\":\"ENTERED\",\"total\":50,\"referenceDate\":\"2036-01-01\","
                + "\"criteria\":" + LETTINGS + ",\"lockVersion\":0}";
        Response saved = alloc.as(AllocationApi.PM, "PUT", "/api/v1/allocation/scenarios/" + id(a), scenario);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        Response copy = alloc.as(AllocationApi.PM, "POST", "/api/v1/allocation/models/" + id(model) + "/scenarios",
                "{\"copyOf\":" + id(a) + "}");
        JsonNode before = alloc.as(AllocationApi.PM, "GET", "/api/v1/allocation/scenarios/" + id(a) + "/result", null).json();
        alloc.adopt(saved.json());

        // Enschede's lettings multiply after adoption (a dated figure inside the scenario's reference date)
        Response imported = api.upload("/api/v1/allocation/regions/ENS/indicators/import?dryRun=false", api.token(AllocationApi.PM),
                "k.csv", "gemeentecode,indicator,peildatum,waarde\nGM0153,lettings,2035-06-01,50000\n".getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);

        JsonNode after = alloc.as("gemeente.enschede", "GET", "/api/v1/allocation/scenarios/" + id(a) + "/result", null).json();
        assertThat(AllocationApi.targets(after)).isEqualTo(AllocationApi.targets(before));
        assertThat(AllocationApi.row(after, "GM0153").get("indicators").get("lettings").getStringValue())
                .isEqualTo(AllocationApi.row(before, "GM0153").get("indicators").get("lettings").getStringValue());
        assertThat(after.get("adoptedBy").getStringValue()).isEqualTo(AllocationApi.PM);
        // the concept copy, computed live, does move
        JsonNode live = alloc.as(AllocationApi.PM, "GET", "/api/v1/allocation/scenarios/" + id(copy.json()) + "/result", null).json();
        assertThat(AllocationApi.row(live, "GM0153").get("target").getIntValue())
                .isGreaterThan(AllocationApi.row(before, "GM0153").get("target").getIntValue());

        // underneath, the database refuses to change what was adopted, whatever the application does
        try (Connection c = TestDatabase.appRole().getConnection()) {
            c.setAutoCommit(false);
            exec(c, "select set_config('thuisplan.regions', '*', true), set_config('thuisplan.municipalities', '*', true)");
            assertThatThrownBy(() -> exec(c, "update allocation_scenario set total = 1 where scenario_id = " + id(a)))
                    .hasMessageContaining("adopted");
            c.rollback();
            exec(c, "select set_config('thuisplan.regions', '*', true), set_config('thuisplan.municipalities', '*', true)");
            assertThatThrownBy(() -> exec(c, "update allocation_target set target = 0 where model_id = " + id(model)))
                    .hasMessageContaining("permission denied");
            c.rollback();
            exec(c, "select set_config('thuisplan.regions', '*', true), set_config('thuisplan.municipalities', '*', true)");
            assertThatThrownBy(() -> exec(c, "delete from allocation_model where model_id = " + id(model)))
                    .hasMessageContaining("adopted");
            c.rollback();
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
