package nl.thuisplan.demand;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.thuisplan.spreadsheet.ExportFiles;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The demand template and export as Dutch Excel opens them, and the import reading both the new workbook
 * (subtotals and all) and every older layout: the comma CSV with snake-case headers and English headers.
 */
@MicronautTest(transactional = false)
class DemandSpreadsheetTest extends ApiTest {

    private static final int GROUPS = 17;
    private static final int FORMS = 6;

    @Inject
    Api api;
    @Inject
    DemandApi demand;

    @Test
    void theTemplateWorkbookHasOneRowPerGroupAndFormSubtotalsDropdownsAndProtectedKeys() throws Exception {
        long id = demand.start("gemeente.diemen", "GM0384", 2040);
        Api.Download xlsx = api.download("/api/v1/demand/analyses/" + id + "/template.xlsx", api.token("gemeente.diemen"));
        assertThat(xlsx.contentType()).contains("spreadsheetml");
        try (XSSFWorkbook wb = ExportFiles.xlsx(xlsx.bytes())) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Vraaganalyse");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Gemeente");
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Huidige vraag");
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Huidige vraag ondergrens");
            ExportFiles.assertHeaderFrozen(sheet);
            assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).as("the key columns stay in view").isEqualTo((short) 4);
            // each group: its six forms, then a subtotal of formulas; a grand total at the end
            assertThat(sheet.getLastRowNum()).isEqualTo(GROUPS * (FORMS + 1) + 1);
            XSSFRow first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Diemen");
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(2040);
            String group = first.getCell(2).getStringCellValue();
            assertThat(group).isEqualTo("Dakloze en thuisloze mensen (incl. dakloze gezinnen met kinderen)");
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo(group);
            XSSFRow subtotal = sheet.getRow(FORMS + 1);
            assertThat(subtotal.getCell(2).getStringCellValue()).isEqualTo("Subtotaal " + group);
            assertThat(subtotal.getCell(4).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(subtotal.getCell(4).getCellFormula()).isEqualTo("SUM(E2:E7)");
            XSSFRow total = sheet.getRow(sheet.getLastRowNum());
            assertThat(total.getCell(2).getStringCellValue()).isEqualTo("Totaal");
            assertThat(total.getCell(4).getCellFormula()).startsWith("SUM(E8,E15,");
            // protected without a password: keys and sums locked, figures, source and note open
            assertThat(sheet.getProtect()).isTrue();
            assertThat(first.getCell(2).getCellStyle().getLocked()).isTrue();
            assertThat(first.getCell(3).getCellStyle().getLocked()).isTrue();
            assertThat(subtotal.getCell(4).getCellStyle().getLocked()).isTrue();
            assertThat(first.getCell(4).getCellStyle().getLocked()).isFalse();
            assertThat(first.getCell(14).getCellStyle().getLocked()).as("Bron").isFalse();
            assertThat(first.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            // dropdowns on the code columns, from the hidden list sheet; whole numbers in the figures
            List<XSSFDataValidation> validations = sheet.getDataValidations();
            XSSFDataValidation groups = validations.stream().filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == 2)
                    .findFirst().orElseThrow();
            assertThat(groups.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
            assertThat(groups.getValidationConstraint().getFormula1()).isEqualTo("Lijsten!$A$1:$A$" + GROUPS);
            assertThat(groups.getRegions().countRanges()).as("one range per group, the subtotals left out").isEqualTo(GROUPS);
            XSSFDataValidation forms = validations.stream().filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == 3)
                    .findFirst().orElseThrow();
            assertThat(forms.getValidationConstraint().getFormula1()).isEqualTo("Lijsten!$B$1:$B$" + FORMS);
            assertThat(validations).anyMatch(v -> v.getValidationConstraint().getValidationType() == ValidationType.INTEGER
                    && v.getRegions().getCellRangeAddress(0).getFirstColumn() == 4);
            assertThat(wb.isSheetHidden(wb.getSheetIndex("Lijsten"))).isTrue();
            assertThat(wb.getSheet("Lijsten").getRow(0).getCell(0).getStringCellValue()).isEqualTo(group);
            assertThat(wb.getSheet("Toelichting").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Vraaganalyse 2040 – Diemen");
        }
    }

    @Test
    void aTemplateFilledInExcelImportsWithItsSubtotalsSkipped() throws Exception {
        long id = demand.start("gemeente.diemen", "GM0384", 2041);
        byte[] template = api.download("/api/v1/demand/analyses/" + id + "/template.xlsx", api.token("gemeente.diemen")).bytes();
        byte[] filled;
        try (XSSFWorkbook wb = ExportFiles.xlsx(template); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.getSheetAt(0);
            int stock = ExportFiles.column(sheet, "Huidige vraag");
            int inflow = ExportFiles.column(sheet, "Nieuwe vraag per jaar");
            sheet.getRow(1).getCell(stock).setCellValue(1234); // shown as 1.234 by its number format
            sheet.getRow(1).getCell(inflow).setCellValue(56);
            sheet.getRow(2).getCell(ExportFiles.column(sheet, "Huidige vraag bovengrens")).setCellValue(40);
            sheet.getRow(2).getCell(ExportFiles.column(sheet, "Bron")).setCellValue("GGD-monitor");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll(); // as Excel stores the subtotals' values
            assertThat(sheet.getRow(FORMS + 1).getCell(stock).getNumericCellValue()).isEqualTo(1234);
            wb.write(out);
            filled = out.toByteArray();
        }
        Response applied = api.upload("/api/v1/demand/analyses/" + id + "/import?dryRun=false", api.token("gemeente.diemen"),
                "vraaganalyse.xlsx", filled);
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        assertThat(applied.json().get("changes").size()).isEqualTo(3);
        Response after = demand.get("gemeente.diemen", id);
        assertThat(DemandApi.value(after, "dakloos/zelfstandig/STOCK")).isEqualTo(1234);
        assertThat(DemandApi.value(after, "dakloos/zelfstandig/INFLOW")).isEqualTo(56);
        assertThat(DemandApi.written(after)).isEqualTo(3);

        // the export of those figures imports again without a change, in both formats
        for (String ext : List.of("xlsx", "csv")) {
            byte[] export = api.download("/api/v1/demand/analyses/" + id + "/export." + ext, api.token("gemeente.diemen")).bytes();
            Response again = api.upload("/api/v1/demand/analyses/" + id + "/import?dryRun=true", api.token("gemeente.diemen"),
                    "export." + ext, export);
            assertThat(again.status()).as(ext + ": " + again.body()).isEqualTo(200);
            assertThat(again.json().get("changes").size()).as(ext).isZero();
        }
    }

    @Test
    void aFormulaInAFigureCellIsRefusedNamingTheColumnAsWritten() throws Exception {
        long id = demand.start("gemeente.diemen", "GM0384", 2042);
        byte[] template = api.download("/api/v1/demand/analyses/" + id + "/template.xlsx", api.token("gemeente.diemen")).bytes();
        byte[] filled;
        try (XSSFWorkbook wb = ExportFiles.xlsx(template); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.getSheetAt(0);
            sheet.getRow(1).getCell(4).setCellFormula("1+1");
            wb.write(out);
            filled = out.toByteArray();
        }
        Response refused = api.upload("/api/v1/demand/analyses/" + id + "/import?dryRun=false", api.token("gemeente.diemen"),
                "formule.xlsx", filled);
        assertThat(refused.status()).isEqualTo(422);
        JsonNode error = refused.json().get("errors").get(0);
        assertThat(error.get("row").getIntValue()).isEqualTo(2);
        assertThat(error.get("column").getStringValue()).as("the column as the file names it").isEqualTo("Huidige vraag");
        assertThat(error.get("code").getStringValue()).isEqualTo("FORMULA");
        assertThat(DemandApi.written(demand.get("gemeente.diemen", id))).isZero();
    }

    @Test
    void theCsvExportIsForDutchExcelWithNamesInsteadOfCodes() {
        long id = demand.start("gemeente.diemen", "GM0384", 2043);
        Api.Download csv = api.download("/api/v1/demand/analyses/" + id + "/template.csv", api.token("gemeente.diemen"));
        assertThat(csv.contentType()).isEqualTo("text/csv; charset=utf-8");
        List<Map<String, String>> rows = ExportFiles.csvRows(csv.bytes());
        assertThat(rows).hasSize(GROUPS * FORMS);
        assertThat(rows.get(0).keySet()).containsExactlyElementsOf(DemandSheet.dutchHeader());
        assertThat(rows.get(0)).containsEntry("Gemeente", "Diemen").containsEntry("Jaar", "2043")
                .containsEntry("Aandachtsgroep", "Dakloze en thuisloze mensen (incl. dakloze gezinnen met kinderen)");
        assertThat(rows).noneMatch(r -> r.get("Woonvorm").equals("zelfstandig") || r.get("Aandachtsgroep").equals("dakloos"));
    }

    @Test
    void aSemicolonCsvWithDutchHeadersImports() {
        long id = demand.start("gemeente.diemen", "GM0384", 2044);
        String file = "\uFEFFGemeente;Jaar;Aandachtsgroep;Woonvorm;Huidige vraag;Huidige vraag (ondergrens);Nieuwe vraag per jaar;Bron\r\n"
                + "Diemen;2044;Dakloze en thuisloze mensen (incl. dakloze gezinnen met kinderen);Zelfstandig wonen;12;10;3;GGD\r\n";
        assertApplied(id, file, Map.of("dakloos/zelfstandig/STOCK", 12, "dakloos/zelfstandig/INFLOW", 3));
    }

    @Test
    void anOldCommaCsvWithSnakeCaseHeadersStillImports() {
        long id = demand.start("gemeente.diemen", "GM0384", 2045);
        String file = "gemeente,jaar,aandachtsgroep,woonvorm,huidige_vraag,huidige_vraag_laag,nieuwe_vraag_per_jaar,bron\n"
                + "GM0384,2045,dakloos,zelfstandig,12,10,3,\"GGD, 2024\"\n";
        assertApplied(id, file, Map.of("dakloos/zelfstandig/STOCK", 12, "dakloos/zelfstandig/INFLOW", 3));
    }

    @Test
    void aFileWithEnglishHeadersStillImports() {
        long id = demand.start("gemeente.diemen", "GM0384", 2046);
        String file = "municipality,year,target_group,housing_form,stock,stock_low,inflow,moves,source,note\n"
                + "GM0384,2046,dakloos,zelfstandig,12,10,3,2,GGD,\n";
        assertApplied(id, file, Map.of("dakloos/zelfstandig/STOCK", 12, "dakloos/zelfstandig/MOVES", 2));
    }

    @Test
    void aLongListWithOneRowPerFigureImports() {
        long id = demand.start("gemeente.diemen", "GM0384", 2048);
        String file = "gemeente;jaar;aandachtsgroep;woonvorm;maat;waarde;ondergrens;bovengrens;bron\r\n"
                + "GM0384;2048;dakloos;zelfstandig;huidige_vraag;12;10;14;GGD\r\n"
                + "GM0384;2048;dakloos;zelfstandig;Nieuwe vraag per jaar;3;;;\r\n"
                + "GM0384;2048;studenten;zelfstandig;MOVES;5;;;\r\n";
        assertApplied(id, file, Map.of("dakloos/zelfstandig/STOCK", 12, "dakloos/zelfstandig/INFLOW", 3, "studenten/zelfstandig/MOVES", 5));
    }

    @Test
    void aLongListIsCheckedAsStrictlyAsTheTemplate() {
        long id = demand.start("gemeente.diemen", "GM0384", 2049);
        String file = "aandachtsgroep,woonvorm,maat,waarde\n"
                + "dakloos,zelfstandig,huidige_vraag,12\n"
                + "dakloos,zelfstandig,huidige_vraag,13\n"
                + "dakloos,zelfstandig,aantal bedden,1\n";
        Response r = api.upload("/api/v1/demand/analyses/" + id + "/import?dryRun=false", api.token("gemeente.diemen"), "lang.csv",
                file.getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        JsonNode errors = r.json().get("errors");
        assertThat(errors.get(0).get("row").getIntValue()).isEqualTo(3);
        assertThat(errors.get(0).get("column").getStringValue()).isEqualTo("maat");
        assertThat(errors.get(0).get("code").getStringValue()).isEqualTo("DUPLICATE_ROW");
        assertThat(errors.get(1).get("row").getIntValue()).isEqualTo(4);
        assertThat(errors.get(1).get("code").getStringValue()).isEqualTo("UNKNOWN_MEASURE");
        assertThat(DemandApi.written(demand.get("gemeente.diemen", id))).isZero();
        Response mixed = api.upload("/api/v1/demand/analyses/" + id + "/import?dryRun=true", api.token("gemeente.diemen"), "gemengd.csv",
                "aandachtsgroep,woonvorm,maat,waarde,huidige_vraag\ndakloos,zelfstandig,huidige_vraag,1,2\n".getBytes(StandardCharsets.UTF_8));
        assertThat(mixed.status()).isEqualTo(422);
        assertThat(mixed.json().get("errors").get(0).get("code").getStringValue()).isEqualTo("MIXED_LAYOUT");
    }

    @Test
    void errorsInTheNewLayoutNameTheRowAndTheColumnAsWritten() {
        long id = demand.start("gemeente.diemen", "GM0384", 2047);
        String file = "Gemeente;Jaar;Aandachtsgroep;Woonvorm;Huidige vraag;Nieuwe vraag per jaar\r\n"
                + "Diemen;2047;Dakloze en thuisloze mensen (incl. dakloze gezinnen met kinderen);Zelfstandig wonen;12;3\r\n"
                + "Diemen;2047;Dakloze en thuisloze mensen (incl. dakloze gezinnen met kinderen);Zelfstandig wonen;12;3\r\n"
                + "Diemen;2047;Studenten;Zelfstandig wonen;1;12,5\r\n";
        Response r = api.upload("/api/v1/demand/analyses/" + id + "/import?dryRun=false", api.token("gemeente.diemen"), "f.csv",
                file.getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        JsonNode errors = r.json().get("errors");
        assertThat(errors.get(0).get("row").getIntValue()).isEqualTo(3);
        assertThat(errors.get(0).get("column").getStringValue()).isEqualTo("Aandachtsgroep");
        assertThat(errors.get(0).get("code").getStringValue()).isEqualTo("DUPLICATE_ROW");
        assertThat(errors.get(1).get("row").getIntValue()).isEqualTo(4);
        assertThat(errors.get(1).get("column").getStringValue()).isEqualTo("Nieuwe vraag per jaar");
        assertThat(errors.get(1).get("code").getStringValue()).isEqualTo("NOT_INTEGER");
        assertThat(DemandApi.written(demand.get("gemeente.diemen", id))).isZero();
    }

    private void assertApplied(long id, String file, Map<String, Integer> expected) {
        Response applied = api.upload("/api/v1/demand/analyses/" + id + "/import?dryRun=false", api.token("gemeente.diemen"), "f.csv",
                file.getBytes(StandardCharsets.UTF_8));
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        Response after = demand.get("gemeente.diemen", id);
        expected.forEach((key, value) -> assertThat(DemandApi.value(after, key)).as(key).isEqualTo(value));
    }
}
