package nl.thuisplan.allocation;

import static nl.thuisplan.allocation.AllocationApi.PM;
import static nl.thuisplan.allocation.AllocationApi.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import nl.thuisplan.support.TestDatabase;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Adopting a verdeling records its besluit (issue 15): date, reference and body, required, stored, shown and audited. */
@MicronautTest(transactional = false)
class AdoptionDecisionTest extends ApiTest {

    private static final String KEY = "[{\"indicator\":\"inhabitants\",\"weight\":\"1\"}]";

    @Inject
    Api api;

    @Test
    void anAdoptionWithoutItsBesluitIsRefusedNamingEachMissingField() {
        AllocationApi alloc = new AllocationApi(api);
        JsonNode model = alloc.model("Besluit 2056", "2056", "mensenhandel");
        JsonNode scenario = alloc.saved(AllocationApi.firstScenario(model), 30, KEY, "");
        String path = "/api/v1/allocation/scenarios/" + id(scenario) + "/adopt";
        int lock = scenario.get("lockVersion").getIntValue();

        Response none = alloc.as(PM, "POST", path, "{\"lockVersion\":" + lock + "}");
        assertThat(none.status()).as(none.body()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        none.json().get("fields").values().forEach(f -> fields.add(f.get("field").getStringValue()));
        assertThat(fields).containsExactly("decisionDate", "decisionReference", "decisionBody");

        Response future = alloc.as(PM, "POST", path, "{\"lockVersion\":" + lock + ",\"decisionDate\":\"" + LocalDate.now().plusDays(3)
                + "\",\"decisionReference\":\"PHO-1\",\"decisionBody\":\"  \"}");
        assertThat(future.status()).isEqualTo(400);
        fields.clear();
        future.json().get("fields").values().forEach(f -> fields.add(f.get("field").getStringValue()));
        assertThat(fields).containsExactly("decisionDate", "decisionBody");

        // nothing was adopted or audited by the refused attempts
        assertThat(alloc.as(PM, "GET", "/api/v1/allocation/models/" + id(model), null).json().get("status").getStringValue()).isEqualTo("CONCEPT");
        assertThat(auditReasons(id(model))).isEmpty();
        // someone without the role is told so before the besluit is looked at
        assertThat(alloc.as("gemeente.enschede", "POST", path, "{\"lockVersion\":" + lock + "}").status()).isIn(403, 404);
    }

    @Test
    void theBesluitIsStoredShownOnTheResultsAndInThePdfAndAudited() throws IOException {
        AllocationApi alloc = new AllocationApi(api);
        JsonNode model = alloc.model("Besluit 2057", "2057", "mensenhandel");
        JsonNode scenario = alloc.saved(AllocationApi.firstScenario(model), 30, KEY, "");
        Response adopted = alloc.as(PM, "POST", "/api/v1/allocation/scenarios/" + id(scenario) + "/adopt",
                "{\"lockVersion\":" + scenario.get("lockVersion").getIntValue() + ",\"decisionDate\":\"2026-03-12\","
                        + "\"decisionReference\":\"PHO-2026-04\",\"decisionBody\":\"Portefeuillehoudersoverleg Wonen\"}");
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
        JsonNode decision = adopted.json().get("decision");
        assertThat(decision.get("date").getStringValue()).isEqualTo("2026-03-12");
        assertThat(decision.get("reference").getStringValue()).isEqualTo("PHO-2026-04");
        assertThat(decision.get("body").getStringValue()).isEqualTo("Portefeuillehoudersoverleg Wonen");

        // every reader of the results sees it, a gemeente too
        JsonNode results = alloc.as("gemeente.enschede", "GET", "/api/v1/allocation/models/" + id(model) + "/results", null).json();
        assertThat(results.get("scenario").get("decision").get("reference").getStringValue()).isEqualTo("PHO-2026-04");
        JsonNode result = alloc.as(PM, "GET", "/api/v1/allocation/scenarios/" + id(scenario) + "/result", null).json();
        assertThat(result.get("decision").get("body").getStringValue()).isEqualTo("Portefeuillehoudersoverleg Wonen");

        Api.Download pdf = api.download("/api/v1/allocation/scenarios/" + id(scenario) + "/export.pdf", api.token(PM));
        assertThat(pdf.status()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("besluit van Portefeuillehoudersoverleg Wonen van 12-03-2026, kenmerk PHO-2026-04");
        }
        assertThat(auditReasons(id(model))).singleElement().asString()
                .contains("besluit Portefeuillehoudersoverleg Wonen 2026-03-12, PHO-2026-04");

        // the stored besluit is frozen with the model, whoever connects
        try (Connection c = TestDatabase.ownerRole().getConnection()) {
            c.createStatement().execute("select set_config('thuisplan.regions', '*', false)");
            try (PreparedStatement ps = c.prepareStatement("update allocation_model set decision_reference = 'x' where model_id = ?")) {
                ps.setLong(1, id(model));
                org.assertj.core.api.Assertions.assertThatThrownBy(ps::executeUpdate).hasMessageContaining("adopted");
            } finally {
                c.createStatement().execute("select set_config('thuisplan.regions', '', false)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The details of the model's ADOPTED audit events (read as the owner with every region in scope). */
    private static List<String> auditReasons(long modelId) {
        try (Connection c = TestDatabase.ownerRole().getConnection()) {
            c.createStatement().execute("select set_config('thuisplan.regions', '*', false)");
            try (PreparedStatement ps = c.prepareStatement("select detail from audit_event where entity_type = 'allocation_model' "
                    + "and entity_id = ? and action = 'ADOPTED' order by event_id")) {
                ps.setString(1, String.valueOf(modelId));
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
}
