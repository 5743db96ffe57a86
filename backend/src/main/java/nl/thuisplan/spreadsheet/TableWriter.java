package nl.thuisplan.spreadsheet;

import java.util.List;

/**
 * Writes a table (a header and rows of values) as CSV ({@link CsvTableWriter}) or XLSX
 * ({@link XlsxTableWriter}). A row is a list of values, one per header column: {@link Number}s
 * (written as numbers: a decimal comma in CSV, a number format in XLSX), {@link java.time.LocalDate}s,
 * text, or null for an empty cell. Adding a column is adding a header and a value to each row.
 */
public final class TableWriter {

    private TableWriter() {
    }

    public static byte[] write(TableFormat format, String sheetName, List<String> header, List<? extends List<?>> rows) {
        return write(format, sheetName, header, rows, List.of());
    }

    /**
     * @param notes what the table means, one paragraph a line (the first is the title): a sheet "Toelichting"
     *              in XLSX; a CSV has no room for it, so there it is left out
     */
    public static byte[] write(TableFormat format, String sheetName, List<String> header, List<? extends List<?>> rows,
                               List<String> notes) {
        return format == TableFormat.CSV ? CsvTableWriter.write(header, rows) : XlsxTableWriter.write(sheetName, header, rows, notes);
    }
}
