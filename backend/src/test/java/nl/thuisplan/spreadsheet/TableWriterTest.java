package nl.thuisplan.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The one CSV and the one XLSX writer every export uses, read back as Dutch Excel reads them. */
class TableWriterTest {

    private static final List<String> HEADER = List.of("Gemeente", "Inwoners", "Quotum", "Peildatum", "Toelichting");
    private static final List<List<Object>> ROWS = List.of(
            Arrays.asList("Enschede", 160_000, new BigDecimal("12.345"), LocalDate.of(2026, 1, 1), "=HYPERLINK(\"x\")"),
            Arrays.asList("Losser", 22_750L, 0.5, null, "ë €"));

    @Test
    void csvHasAByteOrderMarkSemicolonsAndDecimalCommas() {
        byte[] bytes = TableWriter.write(TableFormat.CSV, "Blad", HEADER, ROWS);
        List<CSVRecord> records = ExportFiles.csv(bytes);
        assertThat(records.get(0).toList()).containsExactlyElementsOf(HEADER);
        assertThat(records.get(1).toList()).containsExactly("Enschede", "160000", "12,345", "2026-01-01", "'=HYPERLINK(\"x\")");
        assertThat(records.get(2).toList()).containsExactly("Losser", "22750", "0,5", "", "ë €");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\r\n");
        assertThat(TableFormat.CSV.contentType).isEqualTo("text/csv; charset=utf-8");
    }

    @Test
    void csvReadsBackThroughTheImportReader() throws Exception {
        TableReader.Table table = TableReader.read(TableWriter.write(TableFormat.CSV, "Blad", HEADER, ROWS));
        assertThat(table.header()).containsExactlyElementsOf(HEADER);
        assertThat(table.rows().get(0).cell(2).text()).isEqualTo("12,345");
    }

    @Test
    void xlsxHasNumericCellsWithNumberFormatsAFrozenHeaderAndWidths() throws Exception {
        byte[] bytes = TableWriter.write(TableFormat.XLSX, "Verdeling 2026", HEADER, ROWS, List.of("Titel", "Uitleg"));
        try (XSSFWorkbook wb = ExportFiles.xlsx(bytes)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Verdeling 2026");
            ExportFiles.assertHeaderFrozen(sheet);
            assertThat(wb.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            var inhabitants = sheet.getRow(1).getCell(1);
            assertThat(inhabitants.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(inhabitants.getNumericCellValue()).isEqualTo(160_000);
            assertThat(inhabitants.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(sheet.getRow(1).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.000");
            assertThat(sheet.getRow(2).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
            assertThat(sheet.getRow(1).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("dd-mm-yyyy");
            assertThat(sheet.getRow(1).getCell(4).getCellType()).as("text is never a formula").isEqualTo(CellType.STRING);
            assertThat(sheet.getColumnWidth(0)).isGreaterThanOrEqualTo(8 * 256);
            assertThat(sheet.getColumnWidth(4)).as("as wide as its longest text").isGreaterThan(sheet.getColumnWidth(0));
            assertThat(wb.getSheet("Toelichting").getRow(1).getCell(0).getStringCellValue()).isEqualTo("Uitleg");
        }
        // the reader gives a formatted count back without its thousands separator, so an export imports again
        TableReader.Table table = TableReader.read(bytes);
        assertThat(table.rows().get(0).cell(1).text()).isEqualTo("160000");
        assertThat(table.rows().get(0).cell(2).text()).isEqualTo("12.345");
    }
}
