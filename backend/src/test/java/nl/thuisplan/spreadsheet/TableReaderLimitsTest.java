package nl.thuisplan.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import nl.thuisplan.spreadsheet.TableReader.Table;
import nl.thuisplan.spreadsheet.TableReader.TableReadException;
import org.junit.jupiter.api.Test;

/**
 * The streaming reader refuses what would make the server hold too much, with a stable code and,
 * where one applies, the row and column; each refusal is checked on the first thing over the limit.
 */
class TableReaderLimitsTest {

    private static final List<String> HEADER = List.of("gemeentecode", "indicator", "waarde");

    @Test
    void aWorkbookWithinTheLimitsIsReadCellByCell() throws Exception {
        byte[] xlsx = Workbooks.xlsx(HEADER, 3, i -> List.of("GM036" + i, "households", 100 + i));
        Table table = TableReader.read(xlsx, TableLimits.rows(3));
        assertThat(table.header()).containsExactlyElementsOf(HEADER);
        assertThat(table.rows()).hasSize(3);
        assertThat(table.rows().get(2).number()).isEqualTo(4);
        assertThat(table.rows().get(2).cell(0).text()).isEqualTo("GM0362");
        assertThat(table.rows().get(2).cell(2).text()).isEqualTo("102");
        assertThat(table.rows().get(2).cell(7).blank()).isTrue();
    }

    @Test
    void tooManyRowsAreRefusedAtTheFirstRowOverTheLimit() {
        byte[] xlsx = Workbooks.xlsx(HEADER, 4, i -> List.of("GM0363", "households", i));
        assertRefused(xlsx, TableLimits.rows(3), "TOO_MANY_ROWS", 5, "");
        String csv = "gemeentecode,indicator,waarde\n" + "GM0363,households,1\n".repeat(4);
        assertRefused(csv.getBytes(StandardCharsets.UTF_8), TableLimits.rows(3), "TOO_MANY_ROWS", 5, "");
    }

    @Test
    void blankRowsDoNotCountTowardsTheRowLimit() throws Exception {
        String csv = "a,b\n1,2\n,\n  ,  \n3,4\n";
        assertThat(TableReader.read(csv.getBytes(StandardCharsets.UTF_8), TableLimits.rows(2)).rows()).hasSize(2);
    }

    @Test
    void aCellBeyondTheColumnLimitIsRefusedWithItsRowAndColumn() {
        byte[] xlsx = Workbooks.xlsx(HEADER, 2, i -> i == 0 ? List.of("GM0363") : cellAt(100, "te ver"));
        assertRefused(xlsx, TableLimits.DEFAULT, "TOO_MANY_COLUMNS", 3, "CW");
        String csv = "a\n" + ",".repeat(100) + "x\n";
        assertRefused(csv.getBytes(StandardCharsets.UTF_8), TableLimits.DEFAULT, "TOO_MANY_COLUMNS", 2, "CW");
    }

    @Test
    void emptyFormattedCellsFarToTheRightAreNoReasonToRefuse() throws Exception {
        byte[] xlsx = Workbooks.xlsx(HEADER, 1, i -> cellAt(500, " "));
        assertThat(TableReader.read(xlsx, TableLimits.DEFAULT).rows()).isEmpty();
    }

    @Test
    void aTooLongCellIsRefusedNamingItsColumn() {
        String long10001 = "x".repeat(10_001);
        byte[] xlsx = Workbooks.xlsx(HEADER, 2, i -> List.of("GM0363", i == 1 ? long10001 : "households", 1));
        assertRefused(xlsx, TableLimits.DEFAULT, "CELL_TOO_LONG", 3, "indicator");
        String csv = "gemeentecode,indicator\nGM0363," + long10001 + "\n";
        assertRefused(csv.getBytes(StandardCharsets.UTF_8), TableLimits.DEFAULT, "CELL_TOO_LONG", 2, "indicator");
    }

    @Test
    void aNulCharacterInACellIsRefusedWithItsRowAndColumnBeforeItReachesTheDatabase() {
        // a CSV with a NUL byte is no text file at all (UNREADABLE); in a workbook POI unescapes _x0000_
        // into a NUL, which the one collector every reader fills refuses
        String csv = "gemeentecode,indicator,waarde\nGM0363,house\0holds,2\n";
        assertRefused(csv.getBytes(StandardCharsets.UTF_8), TableLimits.DEFAULT, "UNREADABLE", 1, "");
        TableCollector collector = new TableCollector(TableLimits.DEFAULT);
        collector.startRow(1);
        HEADER.forEach(h -> collector.cell(HEADER.indexOf(h), h, false));
        collector.startRow(2);
        collector.cell(0, "GM0363", false);
        TableCollector.Refused refused = org.junit.jupiter.api.Assertions.assertThrows(TableCollector.Refused.class,
                () -> collector.cell(1, "house\0holds", false));
        assertThat(refused.reason.code()).isEqualTo("NUL_CHARACTER");
        assertThat(refused.reason.row()).isEqualTo(2);
        assertThat(refused.reason.column()).as("the collector alone names the column by its letter").isEqualTo("B");
    }

    @Test
    void tooManyCellsInAllAreRefusedWhereTheyRunOver() {
        byte[] xlsx = Workbooks.xlsx(HEADER, 100, i -> List.of("GM0363", "households", i));
        TableLimits fewCells = new TableLimits(1000, 100, 10_000, 30, 1_000_000);
        // 3 header cells + 3 per row: the 31st cell is the first of row 11
        assertRefused(xlsx, fewCells, "TABLE_TOO_LARGE", 11, "gemeentecode");
    }

    @Test
    void aZipBombIsRefusedBeforeItIsUnpackedIntoMemory() {
        byte[] bomb = Workbooks.bomb(64);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertRefused(bomb, TableLimits.DEFAULT, "ZIP_BOMB", 1, "");
    }

    @Test
    void hugeSharedStringsAreRefused() {
        byte[] base = Workbooks.xlsx(HEADER, 1, i -> List.of("GM0363", "households", 1));
        Random random = new Random(7);
        byte[] xlsx = Workbooks.withPart(base, "xl/sharedStrings.xml", out -> {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\">").getBytes(StandardCharsets.UTF_8));
            byte[] item = "<si><t>0000000000</t></si>".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 9 * 1024 * 1024 / item.length; i++) {
                for (int k = 7; k < 17; k++) {
                    item[k] = (byte) ('a' + random.nextInt(26)); // unique-ish strings, so the ratio stays that of text
                }
                out.write(item);
            }
            out.write("</sst>".getBytes(StandardCharsets.UTF_8));
        });
        assertRefused(xlsx, TableLimits.DEFAULT, "SHARED_STRINGS_TOO_LARGE", 1, "");
    }

    @Test
    void aHugeStylesPartIsRefusedBeforePoiParsesItWhole() {
        byte[] base = Workbooks.xlsx(HEADER, 1, i -> List.of("GM0363", "households", 1));
        Random random = new Random(11);
        byte[] xlsx = Workbooks.withPart(base, "xl/styles.xml", out -> {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\"><!-- ").getBytes(StandardCharsets.UTF_8));
            byte[] noise = new byte[3 * 1024 * 1024];
            for (int i = 0; i < noise.length; i++) {
                noise[i] = (byte) ('a' + random.nextInt(26));
            }
            out.write(noise);
            out.write(" --></styleSheet>".getBytes(StandardCharsets.UTF_8));
        });
        assertRefused(xlsx, TableLimits.DEFAULT, "UNPACKED_TOO_LARGE", 1, "");
    }

    @Test
    void aBrokenWorkbookIsUnreadableInDutchWithoutJavaClassNames() {
        byte[] xlsx = Workbooks.withPart(Workbooks.xlsx(HEADER, 1, i -> List.of("a")), "xl/workbook.xml",
                out -> out.write("<niet-af".getBytes(StandardCharsets.UTF_8)));
        TableReadException e = assertRefused(xlsx, TableLimits.DEFAULT, "UNREADABLE", 1, "");
        assertThat(e.getMessage()).contains("XLSX").doesNotContain("Exception", "POI", "java.", "org.");
        TableReadException csv = assertRefused("a,b\n\"open,1\n".getBytes(StandardCharsets.UTF_8), TableLimits.DEFAULT,
                "UNREADABLE", 2, "");
        assertThat(csv.getMessage()).doesNotContain("Exception", "java.", "org.");
    }

    private static List<Object> cellAt(int column, String value) {
        List<Object> cells = new ArrayList<>(Collections.nCopies(column, null));
        cells.add(value);
        return cells;
    }

    private static TableReadException assertRefused(byte[] bytes, TableLimits limits, String code, int row, String column) {
        TableReadException e = catchThrowableOfType(TableReadException.class, () -> TableReader.read(bytes, limits));
        assertThat(e).as("refused with " + code).isNotNull();
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.row()).isEqualTo(row);
        assertThat(e.column()).isEqualTo(column);
        assertThat(e.getMessage()).isNotBlank();
        return e;
    }
}
