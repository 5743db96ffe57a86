package nl.thuisplan.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV export, written as Dutch Excel opens it with a double click: UTF-8 with a byte order mark
 * (without it Excel reads Windows-1252 and garbles ë and €), semicolons between the fields (the list
 * separator of the Dutch locale; with commas every line lands in one column) and a decimal comma without
 * thousands separators ("1234,5": Excel reads it as a number, and no reader mistakes it for 1,2345).
 * Dates are ISO (2026-12-07, 2026-12-07 14:30): Excel recognises them as dates in every locale, they sort
 * as text, and the imports read them back unchanged, which dd-mm-jjjj would make ambiguous with mm-dd.
 */
public final class CsvTableWriter {

    /** The content type of every CSV answer. */
    public static final String CONTENT_TYPE = "text/csv; charset=utf-8";
    static final char SEPARATOR = ';';
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setDelimiter(SEPARATOR).get();
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private CsvTableWriter() {
    }

    public static byte[] write(List<String> header, List<? extends List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            write(w, header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Streams the table into {@code out} (flushed, not closed), for exports too long to hold as bytes. */
    public static void write(Writer out, List<String> header, Iterable<? extends List<?>> rows) throws IOException {
        out.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        printer.printRecord(header);
        for (List<?> row : rows) {
            List<String> cells = new ArrayList<>(row.size());
            for (Object v : row) {
                cells.add(cell(v));
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }

    /** One value as text: numbers with a decimal comma, dates ISO, text a spreadsheet would run as a formula behind an apostrophe. */
    public static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Number n) {
            return decimal(n);
        }
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        if (v instanceof LocalDateTime t) {
            return TIMESTAMP.format(t);
        }
        String s = v.toString();
        // CSV injection: =, +, -, @ (and a tab or return before them) start a formula in Excel
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

    static String decimal(Number n) {
        BigDecimal d = XlsxTableWriter.decimal(n);
        return d.toPlainString().replace('.', ',');
    }
}
