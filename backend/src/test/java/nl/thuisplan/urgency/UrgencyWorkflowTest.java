package nl.thuisplan.urgency;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.region.Regions;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import nl.thuisplan.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The urgency workflow as the views show it: allowedActions per role on the region's versions, a
 * version and a deviation, and every status change writing exactly one audit event. Region GRO,
 * validity in 2120–2129 belongs to this test.
 */
@MicronautTest(transactional = false)
class UrgencyWorkflowTest extends ApiTest {

    private static final String PM = "regio.gro";

    @Inject
    Api api;

    @Inject
    UrgencyFigures figures;

    @Inject
    TenantTransactions tx;

    @Inject
    Regions regions;

    private Response as(String user, String method, String path, String body) {
        return api.send(method, path, api.token(user), body);
    }

    private JsonNode concept(int year) {
        Response r = as(PM, "POST", "/api/v1/urgency/regions/GRO/schemes",
                "{\"name\":\"Urgentieregeling Groningen " + year + "\",\"validFrom\":\"" + year + "-01-01\",\"validTo\":\"" + year
                        + "-12-31\",\"fromTemplate\":true}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private static long auditEvents(long schemeId, String action) throws SQLException {
        // audit_event has forced row-level security: read it with the platform's scope
        try (Connection c = TestDatabase.ownerRole().getConnection();
             PreparedStatement scope = c.prepareStatement("select set_config('thuisplan.regions', ?, false)");
             PreparedStatement ps = c.prepareStatement("select count(*) from audit_event where entity_type = 'urgency_scheme' "
                     + "and entity_id = ? and action = ?")) {
            scope.setString(1, Scope.SYSTEM.regionsSetting());
            scope.execute();
            ps.setString(1, String.valueOf(schemeId));
            ps.setString(2, action);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void theRegionsVersionsOfferCreateToTheManagerOnly() {
        assertThat(Api.allowedActions(as(PM, "GET", "/api/v1/urgency/regions/GRO", null).json())).containsExactly("CREATE");
        assertThat(Api.allowedActions(as("beheerder", "GET", "/api/v1/urgency/regions/GRO", null).json())).containsExactly("CREATE");
        for (String reader : new String[] {"gemeente.groningen", "provincie.groningen"}) {
            Response r = as(reader, "GET", "/api/v1/urgency/regions/GRO", null);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertThat(r.json().get("region").get("code").getStringValue()).isEqualTo("GRO");
            assertThat(Api.allowedActions(r.json())).isEmpty();
        }
        assertThat(as("regio.mra", "GET", "/api/v1/urgency/regions/GRO", null).status()).isEqualTo(404);
    }

    @Test
    void everyViewListsWhatTheCallerMayDo() {
        JsonNode s = concept(2120);
        long id = s.get("id").getLongValue();
        assertThat(Api.allowedActions(s)).containsExactly("EDIT", "ADOPT", "DELETE");
        assertThat(Api.allowedActions(as("beheerder", "GET", "/api/v1/urgency/schemes/" + id, null).json())).containsExactly("EDIT", "ADOPT", "DELETE");
        assertThat(Api.allowedActions(as("gemeente.groningen", "GET", "/api/v1/urgency/schemes/" + id, null).json()))
                .containsExactly("PROPOSE_DEVIATION");
        assertThat(Api.allowedActions(as("provincie.groningen", "GET", "/api/v1/urgency/schemes/" + id, null).json())).isEmpty();

        // the list of versions carries the same per version
        for (JsonNode summary : as("gemeente.groningen", "GET", "/api/v1/urgency/regions/GRO/schemes", null).json().values()) {
            if (summary.get("id").getLongValue() == id) {
                assertThat(Api.allowedActions(summary)).containsExactly("PROPOSE_DEVIATION");
            }
        }
        boolean listed = false;
        for (JsonNode summary : as(PM, "GET", "/api/v1/urgency/regions/GRO/schemes", null).json().values()) {
            if (summary.get("id").getLongValue() == id) {
                listed = true;
                assertThat(Api.allowedActions(summary)).containsExactly("EDIT", "ADOPT", "DELETE");
            }
        }
        assertThat(listed).isTrue();
    }

    @Test
    void adoptionWritesOneAuditEventAndLeavesOnlyProposing() throws SQLException {
        JsonNode s = concept(2122);
        long id = s.get("id").getLongValue();
        Response stale = as(PM, "POST", "/api/v1/urgency/schemes/" + id + "/adopt", "{\"lockVersion\":7}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("code").getStringValue()).isEqualTo("VERSION_CONFLICT");
        assertThat(stale.json().get("current").get("lockVersion").getIntValue()).isZero();
        assertThat(auditEvents(id, "ADOPTED")).isZero();

        Response adopted = as(PM, "POST", "/api/v1/urgency/schemes/" + id + "/adopt", "{\"lockVersion\":0}");
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
        assertThat(adopted.json().get("status").getStringValue()).isEqualTo("ADOPTED");
        assertThat(Api.allowedActions(adopted.json())).isEmpty();
        assertThat(auditEvents(id, "ADOPTED")).isEqualTo(1);
        assertThat(Api.allowedActions(as("gemeente.groningen", "GET", "/api/v1/urgency/schemes/" + id, null).json()))
                .containsExactly("PROPOSE_DEVIATION");
        // other features (a woonzorgvisie) find it as the version in force that year, and not the year after
        int gro = tx.read(Scope.SYSTEM, () -> regions.find("GRO").orElseThrow().id());
        assertThat(tx.read(Scope.SYSTEM, () -> figures.inForce(gro, 2122, List.of("GM0014"))).orElseThrow().id()).isEqualTo(id);
        assertThat(tx.read(Scope.SYSTEM, () -> figures.inForce(gro, 2123, List.of("GM0014")))).isEmpty();
        Response missing = as(PM, "POST", "/api/v1/urgency/schemes/" + id + "/adopt", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("lockVersion");
    }

    @Test
    void aDeviationIsDecidedOnceWithOneAuditEvent() throws SQLException {
        JsonNode s = concept(2124);
        long id = s.get("id").getLongValue();
        String quotas = "[{\"label\":\"Alle urgenten\",\"appliesTo\":{\"regular\":false,\"categories\":[\"mantelzorg\"]},"
                + "\"kind\":\"PER_YEAR\",\"perYear\":20}]";
        String put = "{\"name\":\"" + s.get("name").getStringValue() + "\",\"validFrom\":\"2124-01-01\",\"validTo\":\"2124-12-31\","
                + "\"categories\":[{\"code\":\"mantelzorg\",\"name\":\"Mantelzorg\",\"mandatory\":\"mantelzorg\",\"targetGroups\":[],"
                + "\"decisionDays\":56,\"waitNormDays\":90,\"priority\":1}],\"quotas\":" + quotas + ",\"lockVersion\":0}";
        Response saved = as(PM, "PUT", "/api/v1/urgency/schemes/" + id, put);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(auditEvents(id, "UPDATED")).isEqualTo(1);
        long quota = saved.json().get("quotas").get(0).get("id").getLongValue();

        Response proposed = as("gemeente.groningen", "POST", "/api/v1/urgency/schemes/" + id + "/deviations",
                "{\"quotaId\":" + quota + ",\"perYear\":25,\"reason\":\"Meer uitstroom\"}");
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        assertThat(proposed.json().get("status").getStringValue()).isEqualTo("PROPOSED");
        assertThat(Api.allowedActions(proposed.json())).isEmpty();
        long deviation = proposed.json().get("id").getLongValue();
        JsonNode seen = as(PM, "GET", "/api/v1/urgency/schemes/" + id, null).json().get("deviations").get(0);
        assertThat(Api.allowedActions(seen)).containsExactly("ACCEPT", "REJECT");

        Response rejected = as(PM, "POST", "/api/v1/urgency/deviations/" + deviation + "/reject", null);
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.json().get("status").getStringValue()).isEqualTo("REJECTED");
        assertThat(Api.allowedActions(rejected.json())).isEmpty();
        Response again = as(PM, "POST", "/api/v1/urgency/deviations/" + deviation + "/accept", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").getStringValue()).isEqualTo("DEVIATION_DECIDED");
        assertThat(auditEvents(id, "DEVIATION_REJECTED")).isEqualTo(1);
        assertThat(auditEvents(id, "DEVIATION_ACCEPTED")).isZero();

        // deleting goes the same way: the manager's step, one event, and the version is gone
        JsonNode current = as(PM, "GET", "/api/v1/urgency/schemes/" + id, null).json();
        Response deleted = as(PM, "DELETE", "/api/v1/urgency/schemes/" + id + "?lockVersion=" + current.get("lockVersion").getIntValue(), null);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(auditEvents(id, "DELETED")).isEqualTo(1);
    }
}
