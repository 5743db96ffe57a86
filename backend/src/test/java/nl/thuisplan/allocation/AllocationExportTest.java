package nl.thuisplan.allocation;

import static nl.thuisplan.allocation.AllocationApi.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.ApiTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Scenario exports through the API: CSV, XLSX and the PDF report, read back; same access as the result. */
@MicronautTest(transactional = false)
class AllocationExportTest extends ApiTest {

    @Inject
    Api api;

    @Test
    void aScenarioExportsAsCsvXlsxAndAReadablePdf() throws IOException {
        AllocationApi alloc = new AllocationApi(api);
        JsonNode model = alloc.model("Woonwagens 2052", "2052", "woonwagenbewoners");
        JsonNode a = alloc.saved(AllocationApi.firstScenario(model), 37,
                "[{\"indicator\":\"inhabitants\",\"weight\":\"0.7\"},{\"indicator\":\"social_rental_stock\",\"weight\":\"0.3\"}]",
                ",\"bounds\":[{\"municipality\":\"GM0168\",\"min\":4}],\"draagkracht\":{\"indicator\":\"existing_places\",\"strength\":\"1\"}");
        JsonNode result = alloc.as(AllocationApi.PM, "GET", "/api/allocation/scenarios/" + id(a) + "/result", null).json();
        int enschede = AllocationApi.row(result, "GM0153").get("target").getIntValue();
        String token = api.token(AllocationApi.PM);

        Api.Download csv = api.download("/api/allocation/scenarios/" + id(a) + "/export.csv", token);
        assertThat(csv.status()).isEqualTo(200);
        String text = new String(csv.bytes(), StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow()).contains("cbs_code", "bijdrage_inhabitants",
                "bijdrage_social_rental_stock", "draagkrachtfactor", "taakstelling");
        assertThat(text).contains("GM0153,Enschede").contains("GM0168,Losser");
        assertThat(api.download("/api/allocation/scenarios/" + id(a) + "/export.xlsx", token).bytes()[0]).isEqualTo((byte) 'P');

        Api.Download pdf = api.download("/api/allocation/scenarios/" + id(a) + "/export.pdf", token);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
            String content = new PDFTextStripper().getText(doc);
            assertThat(content).contains("Woonwagens 2052", "Regio Enschede", "Enschede", "GM0153", "Losser",
                    "Afrondingsstappen", "Sociale huurvoorraad", "70%", "30%", "Bestaande plekken", "minimaal 4");
            assertThat(content).containsPattern("Enschede\\s+GM0153\\s+[\\d,]+\\s+" + enschede);
        }

        // a concept scenario is the programme manager's: others get nothing
        assertThat(api.download("/api/allocation/scenarios/" + id(a) + "/export.pdf", api.token("gemeente.enschede")).status())
                .isEqualTo(404);
        assertThat(api.download("/api/allocation/scenarios/" + id(a) + "/export.csv", api.token("regio.mra")).status())
                .isEqualTo(404);
    }
}
