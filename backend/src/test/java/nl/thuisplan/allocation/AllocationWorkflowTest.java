package nl.thuisplan.allocation;

import static nl.thuisplan.allocation.AllocationApi.PM;
import static nl.thuisplan.allocation.AllocationApi.REGION;
import static nl.thuisplan.allocation.AllocationApi.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import nl.thuisplan.support.TestDatabase;
import nl.thuisplan.support.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The workflows of fair share (issue 12): allowedActions per role and state, one audit event per step. */
@MicronautTest(transactional = false)
class AllocationWorkflowTest extends ApiTest {

    private static final String KEY = "[{\"indicator\":\"inhabitants\",\"weight\":\"1\"}]";

    @Inject
    Api api;
    @Inject
    TestUsers users;
    AllocationApi alloc;
    String hengelo;

    @BeforeAll
    void setUp() {
        alloc = new AllocationApi(api);
        hengelo = users.officer("GM0164");
    }

    private List<String> regionActions(String user) {
        Response r = alloc.as(user, "GET", "/api/v1/allocation/regions/" + REGION, null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("region").get("code").getStringValue()).isEqualTo(REGION);
        return Api.allowedActions(r.json());
    }

    /** The audit actions recorded for one entity, oldest first (read as the owner with every region in scope). */
    private static List<String> audit(String entityType, long entityId) {
        try (Connection c = TestDatabase.ownerRole().getConnection()) {
            c.createStatement().execute("select set_config('thuisplan.regions', '*', false)");
            try (PreparedStatement ps = c.prepareStatement(
                    "select action from audit_event where entity_type = ? and entity_id = ? order by event_id")) {
                ps.setString(1, entityType);
                ps.setString(2, String.valueOf(entityId));
                List<String> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            } finally {
                c.createStatement().execute("select set_config('thuisplan.regions', '', false)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theRegionViewSaysWhoCreatesModelsAndWhoReadsOrImportsIndicators() {
        assertThat(regionActions(PM)).containsExactly("CREATE_MODEL", "READ_INDICATORS", "IMPORT_INDICATORS");
        assertThat(regionActions("beheerder")).containsExactly("CREATE_MODEL", "READ_INDICATORS", "IMPORT_INDICATORS");
        assertThat(regionActions("provincie.overijssel")).containsExactly("READ_INDICATORS");
        assertThat(regionActions("gemeente.enschede")).isEmpty();
        assertThat(alloc.as("gemeente.amsterdam", "GET", "/api/v1/allocation/regions/" + REGION, null).status()).isEqualTo(404);
    }

    @Test
    void scenarioActionsFollowTheRoleTheStateAndTheNumberOfScenarios() {
        JsonNode model = alloc.model("Workflow 2053", "2053", "mensenhandel");
        assertThat(Api.allowedActions(model)).containsExactly("EDIT", "ADOPT");
        // the only scenario cannot be deleted
        assertThat(Api.allowedActions(AllocationApi.firstScenario(model))).containsExactly("EDIT", "ADOPT", "COMPARE");

        Response added = alloc.as(PM, "POST", "/api/v1/allocation/models/" + id(model) + "/scenarios", "{\"name\":\"Scenario B\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(Api.allowedActions(added.json())).containsExactly("EDIT", "DELETE", "ADOPT", "COMPARE");
        JsonNode both = alloc.as(PM, "GET", "/api/v1/allocation/models/" + id(model), null).json();
        both.get("scenarios").values().forEach(s -> assertThat(Api.allowedActions(s)).containsExactly("EDIT", "DELETE", "ADOPT", "COMPARE"));

        JsonNode adopted = alloc.adopt(alloc.saved(both.get("scenarios").get(0), 30, KEY, ""));
        assertThat(Api.allowedActions(adopted)).isEmpty();
        adopted.get("scenarios").values().forEach(s -> assertThat(Api.allowedActions(s)).containsExactly("COMPARE"));

        // a reader sees the adopted scenario only, and may do nothing with it
        JsonNode read = alloc.as("gemeente.enschede", "GET", "/api/v1/allocation/models/" + id(model), null).json();
        assertThat(read.get("scenarios").size()).isEqualTo(1);
        assertThat(Api.allowedActions(read.get("scenarios").get(0))).isEmpty();
        assertThat(Api.allowedActions(read)).isEmpty();
    }

    @Test
    void everyStepWritesExactlyOneAuditEventAndARefusedStepNone() {
        JsonNode model = alloc.model("Workflow 2054", "2054", "mensenhandel");
        JsonNode scenario = alloc.saved(AllocationApi.firstScenario(model), 40, KEY, "");
        Response stale = alloc.as(PM, "POST", "/api/v1/allocation/scenarios/" + id(scenario) + "/adopt", "{\"lockVersion\":0," + AllocationApi.DECISION + "}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("code").getStringValue()).isEqualTo("VERSION_CONFLICT");
        assertThat(stale.json().get("current").get("lockVersion").getIntValue()).isEqualTo(scenario.get("lockVersion").getIntValue());
        assertThat(audit("allocation_model", id(model))).containsExactly("CREATED");

        alloc.adopt(scenario);
        assertThat(alloc.as(PM, "POST", "/api/v1/allocation/scenarios/" + id(scenario) + "/adopt",
                "{\"lockVersion\":" + (scenario.get("lockVersion").getIntValue() + 1) + "," + AllocationApi.DECISION + "}").status()).isEqualTo(409);
        assertThat(audit("allocation_model", id(model))).containsExactly("CREATED", "ADOPTED");

        Response proposed = alloc.as("gemeente.enschede", "POST", "/api/v1/allocation/models/" + id(model) + "/swaps",
                "{\"from\":\"GM0164\",\"to\":\"GM0153\",\"amount\":1,\"reason\":\"Enschede neemt een plek over\"}");
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        long swap = id(proposed.json());
        assertThat(Api.allowedActions(proposed.json())).containsExactly("WITHDRAW");
        JsonNode other = alloc.as(hengelo, "GET", "/api/v1/allocation/models/" + id(model) + "/results", null).json();
        assertThat(Api.allowedActions(other.get("swaps").get(0))).containsExactly("CONFIRM", "REJECT");
        assertThat(Api.allowedActions(alloc.as(PM, "GET", "/api/v1/allocation/models/" + id(model) + "/results", null).json()
                .get("swaps").get(0))).isEmpty();

        Response confirmed = alloc.as(hengelo, "POST", "/api/v1/allocation/swaps/" + swap + "/confirm", null);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(Api.allowedActions(confirmed.json())).isEmpty();
        Response again = alloc.as(hengelo, "POST", "/api/v1/allocation/swaps/" + swap + "/reject", null);
        assertThat(again.json().get("code").getStringValue()).isEqualTo("SWAP_NOT_PROPOSED");
        assertThat(audit("allocation_swap", swap)).containsExactly("SWAP_PROPOSED", "SWAP_CONFIRMED");
    }
}
