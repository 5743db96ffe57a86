package nl.thuisplan.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads an export back as Dutch Excel would, checking the shape every export shares on the way. */
public final class ExportFiles {

    private ExportFiles() {
    }

    /** The records of a CSV export, after asserting its byte order mark, UTF-8 and semicolons. */
    public static List<CSVRecord> csv(byte[] bytes) {
        assertThat(bytes.length).isGreaterThan(3);
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).as("UTF-8 byte order mark")
                .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String header = text.lines().findFirst().orElseThrow();
        assertThat(header).as("semicolons between the headers").contains(";").doesNotContain(",");
        try {
            return CSVFormat.RFC4180.builder().setDelimiter(';').get().parse(new StringReader(text)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CSV's data lines as maps by header. */
    public static List<java.util.Map<String, String>> csvRows(byte[] bytes) {
        List<CSVRecord> records = csv(bytes);
        List<String> header = records.get(0).toList();
        return records.subList(1, records.size()).stream().map(r -> {
            java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
            for (int i = 0; i < header.size() && i < r.size(); i++) {
                m.put(header.get(i), r.get(i));
            }
            return m;
        }).toList();
    }

    public static XSSFWorkbook xlsx(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts the first row is frozen (the header stays in view while scrolling). */
    public static void assertHeaderFrozen(XSSFSheet sheet) {
        PaneInformation pane = sheet.getPaneInformation();
        assertThat(pane).as("a frozen pane").isNotNull();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitPosition()).as("rows frozen").isEqualTo((short) 1);
    }

    /** The column of a header in the first row. */
    public static int column(XSSFSheet sheet, String header) {
        for (Cell c : sheet.getRow(0)) {
            if (c.getStringCellValue().equals(header)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column '" + header + "' in " + sheet.getRow(0));
    }
}
