package nl.thuisplan.allocation;

import static nl.thuisplan.allocation.AllocationApi.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.thuisplan.spreadsheet.ExportFiles;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.ApiTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
        JsonNode result = alloc.as(AllocationApi.PM, "GET", "/api/v1/allocation/scenarios/" + id(a) + "/result", null).json();
        int enschede = AllocationApi.row(result, "GM0153").get("target").getIntValue();
        String token = api.token(AllocationApi.PM);

        Api.Download csv = api.download("/api/v1/allocation/scenarios/" + id(a) + "/export.csv", token);
        assertThat(csv.status()).isEqualTo(200);
        String text = new String(csv.bytes(), StandardCharsets.UTF_8);
        // Dutch headers and labels instead of the indicator and bound codes, semicolons and decimal commas
        List<Map<String, String>> rows = ExportFiles.csvRows(csv.bytes());
        assertThat(rows.get(0).keySet()).contains("CBS-code", "Inwoners", "Bijdrage inwoners", "Bijdrage sociale huurvoorraad",
                "Draagkrachtfactor", "Taakstelling", "Begrenzing");
        assertThat(text).contains("GM0153;Enschede").contains("GM0168;Losser")
                .doesNotContain("inhabitants", "social_rental_stock", "NONE", "bijdrage_");
        Map<String, String> enschedeLine = rows.stream().filter(r -> r.get("CBS-code").equals("GM0153")).findFirst().orElseThrow();
        assertThat(enschedeLine.get("Quotum")).matches("\\d+,\\d+");
        assertThat(enschedeLine.get("Taakstelling")).isEqualTo(String.valueOf(enschede));
        assertThat(rows).allMatch(r -> List.of("", "ondergrens", "bovengrens").contains(r.get("Begrenzing")));

        Api.Download xlsx = api.download("/api/v1/allocation/scenarios/" + id(a) + "/export.xlsx", token);
        try (XSSFWorkbook book = ExportFiles.xlsx(xlsx.bytes())) {
            XSSFSheet sheet = book.getSheetAt(0);
            ExportFiles.assertHeaderFrozen(sheet);
            var quota = sheet.getRow(1).getCell(ExportFiles.column(sheet, "Quotum"));
            assertThat(quota.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(quota.getCellStyle().getDataFormatString()).startsWith("#,##0.");
            var inhabitants = sheet.getRow(1).getCell(ExportFiles.column(sheet, "Inwoners"));
            assertThat(inhabitants.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            String notes = book.getSheet("Toelichting").getRow(3).getCell(0).getStringCellValue();
            assertThat(notes).startsWith("Afrondingsmethode: ").doesNotContain("LARGEST_REMAINDER", "SAINTE_LAGUE", "HUNTINGTON_HILL");
        }

        Api.Download pdf = api.download("/api/v1/allocation/scenarios/" + id(a) + "/export.pdf", token);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
            String content = new PDFTextStripper().getText(doc);
            assertThat(content).contains("Woonwagens 2052", "Regio Enschede", "Enschede", "GM0153", "Losser",
                    "Afrondingsstappen", "Sociale huurvoorraad", "70%", "30%", "Bestaande plekken", "minimaal 4");
            assertThat(content).containsPattern("Enschede\\s+GM0153\\s+[\\d,]+\\s+" + enschede);
        }

        // a concept scenario is the programme manager's: others get nothing
        assertThat(api.download("/api/v1/allocation/scenarios/" + id(a) + "/export.pdf", api.token("gemeente.enschede")).status())
                .isEqualTo(404);
        assertThat(api.download("/api/v1/allocation/scenarios/" + id(a) + "/export.csv", api.token("regio.mra")).status())
                .isEqualTo(404);
    }
}
