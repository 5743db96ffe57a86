package nl.thuisplan.demand;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import nl.thuisplan.spreadsheet.TableReader;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Imports are all-or-nothing; every bad file is refused with its row and column and changes nothing. */
@MicronautTest(transactional = false)
class DemandImportTest extends ApiTest {

    private static final String HEADER = "gemeente,jaar,aandachtsgroep,woonvorm,huidige_vraag,nieuwe_vraag_per_jaar,"
            + "benodigde_woningen_per_jaar,bron\n";

    @Inject
    Api api;
    @Inject
    DemandApi demand;
    @Inject
    DemandAnalysisRepository analyses;
    @Inject
    DemandCellRepository cells;
    @Inject
    nl.thuisplan.common.TenantTransactions tx;

    @Test
    void theTemplateListsEveryActiveGroupAndFormForTheMunicipality() throws Exception {
        long id = demand.start("gemeente.diemen", "GM0384", 2050);
        Api.Download csv = api.download("/api/v1/demand/analyses/" + id + "/template.csv", api.token("gemeente.diemen"));
        assertThat(csv.status()).isEqualTo(200);
        TableReader.Table table = TableReader.read(csv.bytes());
        assertThat(table.header()).containsExactlyElementsOf(DemandSheet.dutchHeader());
        assertThat(table.rows()).hasSize(17 * 6);
        assertThat(table.rows().get(0).cell(0).text()).isEqualTo("Diemen");

        Api.Download xlsx = api.download("/api/v1/demand/analyses/" + id + "/template.xlsx", api.token("gemeente.diemen"));
        assertThat(xlsx.contentType()).contains("spreadsheetml");
        // the workbook adds a subtotal row per group and a total (see DemandSpreadsheetTest)
        assertThat(TableReader.read(xlsx.bytes()).rows()).hasSize(17 * 7 + 1);
    }

    @Test
    void aDryRunShowsTheChangesAndTheImportAppliesThem() {
        long id = demand.start("gemeente.diemen", "GM0384", 2051);
        String file = HEADER + "GM0384,2051,dakloos,zelfstandig,12,3,2,GGD\n"
                + "GM0384,2051,Uitstroom beschermd wonen,Geclusterd wonen,7,,,\n";
        Response dry = upload(id, true, "cijfers.csv", file.getBytes(StandardCharsets.UTF_8));
        assertThat(dry.status()).as(dry.body()).isEqualTo(200);
        assertThat(dry.json().get("applied").getBooleanValue()).isFalse();
        assertThat(dry.json().get("changes").size()).isEqualTo(4);
        assertThat(DemandApi.written(demand.get("gemeente.diemen", id))).isZero();

        Response applied = upload(id, false, "cijfers.csv", file.getBytes(StandardCharsets.UTF_8));
        assertThat(applied.json().get("applied").getBooleanValue()).isTrue();
        Response after = demand.get("gemeente.diemen", id);
        assertThat(DemandApi.value(after, "dakloos/zelfstandig/STOCK")).isEqualTo(12);
        assertThat(DemandApi.value(after, "uitstroom_bw/geclusterd/STOCK")).isEqualTo(7);
        assertThat(api.getAs("gemeente.diemen", "/api/v1/demand/analyses/" + id + "/history").body()).contains("IMPORTED");

        // the export of what was imported imports again without a single change
        Api.Download export = api.download("/api/v1/demand/analyses/" + id + "/export.xlsx", api.token("gemeente.diemen"));
        Response again = upload(id, true, "export.xlsx", export.bytes());
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("changes").size()).isZero();
    }

    @Test
    void aSecondImportUpdatesStoredFiguresAndAddsNewOnesInOneGo() {
        long id = demand.start("gemeente.diemen", "GM0384", 2052);
        String first = HEADER + "GM0384,2052,dakloos,zelfstandig,12,3,2,GGD\n";
        assertThat(upload(id, false, "cijfers.csv", first.getBytes(StandardCharsets.UTF_8)).json().get("applied")
                .getBooleanValue()).isTrue();
        String second = HEADER + "GM0384,2052,dakloos,zelfstandig,15,3,,GGD 2\n"
                + "GM0384,2052,Uitstroom beschermd wonen,Geclusterd wonen,7,,,\n";
        Response applied = upload(id, false, "cijfers.csv", second.getBytes(StandardCharsets.UTF_8));
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        assertThat(applied.json().get("applied").getBooleanValue()).isTrue();
        Response after = demand.get("gemeente.diemen", id);
        assertThat(DemandApi.value(after, "dakloos/zelfstandig/STOCK")).isEqualTo(15);
        assertThat(DemandApi.value(after, "dakloos/zelfstandig/INFLOW")).isEqualTo(3);
        assertThat(DemandApi.value(after, "uitstroom_bw/geclusterd/STOCK")).isEqualTo(7);
        assertThat(DemandApi.written(after)).isEqualTo(4);
    }

    @Test
    void theBulkWriteSkipsCellsWrittenMeanwhileSoTheImportCanRollBack() {
        long id = demand.start("gemeente.diemen", "GM0384", 2063);
        String first = HEADER + "GM0384,2063,dakloos,zelfstandig,12,3,2,GGD\n";
        assertThat(upload(id, false, "cijfers.csv", first.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(200);
        tx.write(nl.thuisplan.common.Scope.SYSTEM, () -> {
            Analysis a = analyses.byId(id).orElseThrow();
            Cell stock = cells.cell(a, "dakloos", "zelfstandig", Measure.STOCK).orElseThrow();
            Cell fresh = new Cell("uitstroom_bw", "geclusterd", Measure.STOCK, 7, null, 9, null, "n", 0);
            Cell taken = new Cell("dakloos", "zelfstandig", Measure.INFLOW, 5, null, null, null, null, 0);
            Cell changed = new Cell("dakloos", "zelfstandig", Measure.STOCK, 20, 1, null, "x", null, 0);
            // an insert of a cell that exists and an update at a stale version are both left out (new figures start at version 0)
            assertThat(cells.writeAll(a.regionId(), a.id(), a.municipalityCode(), List.of(fresh, taken), List.of(changed),
                    List.of(stock.version() + 1), "tester")).containsExactly(
                    new Cell("uitstroom_bw", "geclusterd", Measure.STOCK, 7, null, 9, null, "n", 0));
            assertThat(cells.writeAll(a.regionId(), a.id(), a.municipalityCode(), List.of(), List.of(changed),
                    List.of(stock.version()), "tester")).containsExactly(
                    new Cell("dakloos", "zelfstandig", Measure.STOCK, 20, 1, null, "x", null, stock.version() + 1));
            return null;
        });
    }

    @Test
    void wrongColumnsAreRefused() {
        assertRefused("gemeente,jaar,groep,vorm,aantal\nGM0384,2052,dakloos,zelfstandig,1\n", 1, "groep", "UNKNOWN_COLUMN");
    }

    @Test
    void textInANumberCellIsRefusedWithRowAndColumn() {
        assertRefused(HEADER + "GM0384,2052,dakloos,zelfstandig,12,3,2,\nGM0384,2052,studenten,zelfstandig,veel,1,1,\n",
                3, "huidige_vraag", "NOT_A_NUMBER");
    }

    @Test
    void decimalsAndNegativesAreRefused() {
        assertRefused(HEADER + "GM0384,2052,dakloos,zelfstandig,\"12,5\",3,2,\n", 2, "huidige_vraag", "NOT_INTEGER");
        assertRefused(HEADER + "GM0384,2052,dakloos,zelfstandig,-4,3,2,\n", 2, "huidige_vraag", "NEGATIVE");
    }

    @Test
    void anUnknownTargetGroupIsRefused() {
        assertRefused(HEADER + "GM0384,2052,marsbewoners,zelfstandig,1,1,1,\n", 2, "aandachtsgroep", "UNKNOWN_TARGET_GROUP");
    }

    @Test
    void duplicateRowsAreRefused() {
        assertRefused(HEADER + "GM0384,2052,dakloos,zelfstandig,1,1,1,\nGM0384,2052,dakloos,zelfstandig,2,2,2,\n",
                3, "aandachtsgroep", "DUPLICATE_ROW");
    }

    @Test
    void anotherMunicipalitysFileIsRefused() {
        assertRefused(HEADER + "GM0363,2052,dakloos,zelfstandig,1,1,1,\n", 2, "gemeente", "WRONG_MUNICIPALITY");
    }

    @Test
    void formulasAreRefused() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet();
            Row head = sheet.createRow(0);
            String[] cols = {"aandachtsgroep", "woonvorm", "huidige_vraag"};
            for (int i = 0; i < cols.length; i++) {
                head.createCell(i).setCellValue(cols[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("dakloos");
            row.createCell(1).setCellValue("zelfstandig");
            row.createCell(2).setCellFormula("2+3");
            wb.write(out);
            assertRefused(out.toByteArray(), "formule.xlsx", 2, "huidige_vraag", "FORMULA");
        }
        assertRefused(HEADER + "GM0384,2052,dakloos,zelfstandig,1,1,1,=HYPERLINK(\"x\")\n", 2, "bron", "FORMULA");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefused(new byte[0], "leeg.csv", 1, "", "UNREADABLE");
        assertRefused(HEADER, 1, "", "EMPTY");
    }

    @Test
    void tenMegabytesOfRandomBytesAreRefusedWithoutAServerError() {
        byte[] noise = new byte[10 * 1024 * 1024];
        new Random(42).nextBytes(noise);
        assertRefused(noise, "ruis.xlsx", 1, "", "UNREADABLE");
        byte[] zipNoise = noise.clone();
        zipNoise[0] = 'P';
        zipNoise[1] = 'K';
        zipNoise[2] = 3;
        zipNoise[3] = 4;
        assertRefused(zipNoise, "kapot.xlsx", 1, "", "UNREADABLE");
        long id = demand.start("gemeente.diemen", "GM0384", 2053);
        Response tooBig = upload(id, false, "groot.csv", new byte[11 * 1024 * 1024]);
        assertThat(tooBig.status()).isEqualTo(413);
        assertThat(tooBig.text("code")).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void oneBadRowMeansNothingIsImported() {
        long id = demand.start("gemeente.diemen", "GM0384", 2054);
        String file = HEADER + "GM0384,2054,dakloos,zelfstandig,12,3,2,\nGM0384,2054,studenten,zelfstandig,x,1,1,\n";
        assertThat(upload(id, false, "half.csv", file.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(422);
        assertThat(DemandApi.written(demand.get("gemeente.diemen", id))).isZero();
    }

    @Test
    void onlyWhoMayEditMayImport() {
        long id = demand.start("gemeente.diemen", "GM0384", 2055);
        byte[] file = (HEADER + "GM0384,2055,dakloos,zelfstandig,1,1,1,\n").getBytes(StandardCharsets.UTF_8);
        assertThat(api.upload("/api/v1/demand/analyses/" + id + "/import?dryRun=false", api.token("regio.mra"), "a.csv", file)
                .status()).isEqualTo(403);
        assertThat(api.upload("/api/v1/demand/analyses/" + id + "/import?dryRun=false", api.token("gemeente.amsterdam"), "a.csv",
                file).status()).isEqualTo(404);
        assertThat(DemandApi.written(demand.get("gemeente.diemen", id))).isZero();
    }

    private int nextYear = 2080;

    /** Each refusal gets an analysis of its own; the file's year 2052 becomes that analysis' year. */
    private void assertRefused(String csv, int row, String column, String code) {
        int year = nextYear++;
        assertRefused(csv.replace(",2052,", "," + year + ",").getBytes(StandardCharsets.UTF_8), "bestand.csv", year, row,
                column, code);
    }

    private void assertRefused(byte[] file, String name, int row, String column, String code) {
        assertRefused(file, name, nextYear++, row, column, code);
    }

    private void assertRefused(byte[] file, String name, int year, int row, String column, String code) {
        long id = demand.start("gemeente.diemen", "GM0384", year);
        Response r = upload(id, false, name, file);
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.text("code")).isEqualTo("DEMAND_IMPORT_INVALID");
        JsonNode error = r.json().get("errors").get(0);
        assertThat(error.get("row").getIntValue()).isEqualTo(row);
        assertThat(error.get("column").getStringValue()).isEqualTo(column);
        assertThat(error.get("code").getStringValue()).isEqualTo(code);
        assertThat(DemandApi.written(demand.get("gemeente.diemen", id))).isZero();
    }

    private Response upload(long id, boolean dryRun, String name, byte[] bytes) {
        return api.upload("/api/v1/demand/analyses/" + id + "/import?dryRun=" + dryRun, api.token("gemeente.diemen"), name, bytes);
    }
}
