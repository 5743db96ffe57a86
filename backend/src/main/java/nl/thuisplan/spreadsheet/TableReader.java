package nl.thuisplan.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the first sheet of an XLSX or a CSV (UTF-8, comma or semicolon, as Dutch Excel writes it)
 * into rows of raw cells. The format is told by the bytes, not the file name. Anything that is
 * neither gives a {@link TableReadException} with a message for the user, never a stack trace.
 */
public final class TableReader {

    /** One cell as the file holds it; {@code formula} marks an XLSX formula, which imports refuse. */
    public record RawCell(String text, boolean formula) {
        public boolean blank() {
            return text.isBlank() && !formula;
        }
    }

    /** A data row; {@code number} is as a spreadsheet shows it (the header is row 1). */
    public record RawRow(int number, List<RawCell> cells) {
        public RawCell cell(int column) {
            return column < cells.size() ? cells.get(column) : new RawCell("", false);
        }
    }

    public record Table(List<String> header, List<RawRow> rows) {
    }

    public static class TableReadException extends Exception {
        public TableReadException(String message) {
            super(message);
        }
    }

    private TableReader() {
    }

    public static Table read(byte[] bytes) throws TableReadException {
        if (bytes.length == 0) {
            throw new TableReadException("Het bestand is leeg.");
        }
        boolean zip = bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        return zip ? xlsx(bytes) : csv(bytes);
    }

    private static Table csv(byte[] bytes) throws TableReadException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new TableReadException("Het bestand is geen CSV in UTF-8 en geen XLSX. Sla het op als 'CSV UTF-8' of als Excel-werkmap.");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            throw new TableReadException("Het bestand bevat binaire gegevens; het is geen CSV of XLSX.");
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        try {
            List<CSVRecord> records = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get()
                    .parse(new StringReader(text)).getRecords();
            if (records.isEmpty()) {
                throw new TableReadException("Het bestand is leeg.");
            }
            List<String> header = records.get(0).toList().stream().map(String::trim).toList();
            List<RawRow> rows = new ArrayList<>();
            for (int i = 1; i < records.size(); i++) {
                List<RawCell> cells = records.get(i).toList().stream().map(v -> new RawCell(v.trim(), false)).toList();
                if (cells.stream().anyMatch(c -> !c.blank())) {
                    rows.add(new RawRow(i + 1, cells));
                }
            }
            return new Table(header, rows);
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new TableReadException("De CSV kon niet worden gelezen: " + e.getMessage());
        }
    }

    private static Table xlsx(byte[] bytes) throws TableReadException {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            if (wb.getNumberOfSheets() == 0) {
                throw new TableReadException("De werkmap heeft geen werkblad.");
            }
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
            List<String> header = new ArrayList<>();
            List<RawRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<RawCell> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    if (cell == null) {
                        cells.add(new RawCell("", false));
                    } else if (cell.getCellType() == CellType.FORMULA) {
                        cells.add(new RawCell(cell.getCellFormula(), true));
                    } else {
                        cells.add(new RawCell(formatter.formatCellValue(cell).trim(), false));
                    }
                }
                if (header.isEmpty() && row.getRowNum() == sheet.getFirstRowNum()) {
                    cells.forEach(c -> header.add(c.text()));
                } else if (cells.stream().anyMatch(c -> !c.blank())) {
                    rows.add(new RawRow(row.getRowNum() + 1, cells));
                }
            }
            if (header.isEmpty()) {
                throw new TableReadException("Het werkblad is leeg.");
            }
            return new Table(header, rows);
        } catch (IOException | RuntimeException e) {
            throw new TableReadException("De XLSX kon niet worden gelezen (" + e.getClass().getSimpleName() + ").");
        }
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(ch -> ch == c).count();
    }
}
