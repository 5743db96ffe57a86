package nl.thuisplan.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Every XLSX export: one sheet with a bold, frozen header row and a filter on it, numbers as real
 * numeric cells (a thousands separator, and as many decimals as the figure has, so Excel can add them
 * up), dates as date cells, columns as wide as their contents, and where an export needs words of
 * explanation a second sheet "Toelichting" (the first sheet stays a plain table, so it can be imported again).
 */
public final class XlsxTableWriter {

    /** Decimals shown at most: a quotum has six, more only hides the figure. */
    static final int MAX_DECIMALS = 6;
    static final String NOTES_SHEET = "Toelichting";
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 50;
    /** A header wraps onto at most about three lines of this many characters, so long headers do not make wide columns. */
    private static final int HEADER_LINE = 18;

    private XlsxTableWriter() {
    }

    public static byte[] write(String sheetName, List<String> header, List<? extends List<?>> rows, List<String> notes) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(wb);
            Sheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
            int[] widths = new int[header.size()];
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(styles.header);
                widths[c] = Math.min(header.get(c).length(), HEADER_LINE);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<?> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    int width = styles.set(row.createCell(c), values.get(c));
                    if (c < widths.length) {
                        widths[c] = Math.max(widths[c], width);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            if (!header.isEmpty()) {
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows.size()), 0, header.size() - 1));
            }
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c] + 2)) * 256);
            }
            if (!notes.isEmpty()) {
                notes(wb, styles, notes);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void notes(Workbook wb, Styles styles, List<String> notes) {
        Sheet sheet = wb.createSheet(NOTES_SHEET);
        sheet.setColumnWidth(0, 100 * 256);
        for (int i = 0; i < notes.size(); i++) {
            Cell cell = sheet.createRow(i).createCell(0);
            cell.setCellValue(notes.get(i));
            cell.setCellStyle(i == 0 ? styles.header : styles.wrapped);
        }
    }

    /** Any number as a decimal with its own scale (at most {@link #MAX_DECIMALS}), trailing zeros of a double dropped. */
    static BigDecimal decimal(Number n) {
        BigDecimal d = n instanceof BigDecimal b ? b
                : n instanceof Double || n instanceof Float ? BigDecimal.valueOf(n.doubleValue()).stripTrailingZeros()
                : BigDecimal.valueOf(n.longValue());
        if (d.scale() > MAX_DECIMALS) {
            d = d.setScale(MAX_DECIMALS, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        }
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /**
     * The cell styles of one workbook: a header, dates, text, and numbers by their count of decimals
     * ({@code #,##0}, {@code #,##0.0}, ...; Excel shows them with the reader's own separators).
     * Public so a feature that builds its own workbook (the demand template) looks the same.
     */
    public static final class Styles {
        public final CellStyle header;
        public final CellStyle text;
        public final CellStyle wrapped;
        public final CellStyle date;
        private final Workbook wb;
        private final Map<Integer, CellStyle> numbers = new HashMap<>();

        public Styles(Workbook wb) {
            this.wb = wb;
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            text = wb.createCellStyle();
            wrapped = wb.createCellStyle();
            wrapped.setWrapText(true);
            date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd-mm-yyyy"));
        }

        /** {@code #,##0} followed by as many zeros after the point as {@code decimals}. */
        public CellStyle number(int decimals) {
            return numbers.computeIfAbsent(decimals, d -> {
                CellStyle s = wb.createCellStyle();
                s.setDataFormat(wb.createDataFormat().getFormat(format(d)));
                return s;
            });
        }

        public static String format(int decimals) {
            return decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
        }

        /** Writes one value with its style; answers the characters it takes on screen, for the column width. */
        public int set(Cell cell, Object v) {
            if (v == null) {
                return 0;
            }
            if (v instanceof Number n) {
                BigDecimal d = decimal(n);
                cell.setCellValue(d.doubleValue());
                cell.setCellStyle(number(d.scale()));
                String plain = d.toPlainString();
                return plain.length() + plain.length() / 4; // room for the thousands separators
            }
            if (v instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(date);
                return 10;
            }
            if (v instanceof LocalDateTime t) {
                cell.setCellValue(t);
                cell.setCellStyle(date);
                return 10;
            }
            String s = v.toString();
            cell.setCellValue(s); // a string cell is never evaluated, so no formula can hide in an export
            cell.setCellStyle(text);
            return s.length();
        }
    }
}
