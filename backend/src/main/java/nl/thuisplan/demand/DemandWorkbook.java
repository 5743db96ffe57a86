package nl.thuisplan.demand;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import nl.thuisplan.spreadsheet.XlsxTableWriter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The demand template and export as an Excel workbook made for filling in: one row per aandachtsgroep ×
 * woonvorm, the group's rows followed by a subtotal row of formulas and a grand total at the end, the key
 * columns (gemeente, jaar, aandachtsgroep, woonvorm) locked by sheet protection while the figures, source
 * and note stay open, a dropdown of the valid groups and forms on the key columns and a whole-number check
 * on the figures. The protection has no password: it keeps the keys from being overwritten by accident, and
 * whoever really needs to change the sheet may lift it. The import skips the subtotal and total rows.
 */
final class DemandWorkbook {

    static final String SHEET = "Vraaganalyse";
    static final String LISTS = "Lijsten";
    static final String NOTES = "Toelichting";
    /** The key columns: gemeente, jaar, aandachtsgroep, woonvorm. */
    static final int KEYS = 4;
    static final int GROUP_COLUMN = 2;
    static final int FORM_COLUMN = 3;

    /** One group's rows, in the order of its housing forms; each row holds the values after the key columns. */
    record Group(String name, List<List<Object>> rows) {
    }

    private DemandWorkbook() {
    }

    /**
     * @param area       the municipality's (or region's) name
     * @param formNames  every housing form, for the dropdown
     */
    static byte[] write(String area, int year, List<Group> groups, List<String> formNames) {
        List<String> header = DemandSheet.dutchHeader();
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XlsxTableWriter.Styles styles = new XlsxTableWriter.Styles(wb);
            CellStyle key = wb.createCellStyle();
            key.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            key.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle input = wb.createCellStyle();
            input.setLocked(false);
            CellStyle inputNumber = wb.createCellStyle();
            inputNumber.cloneStyleFrom(styles.number(0));
            inputNumber.setLocked(false);
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle sumText = wb.createCellStyle();
            sumText.cloneStyleFrom(key);
            sumText.setFont(bold);
            CellStyle sumNumber = wb.createCellStyle();
            sumNumber.cloneStyleFrom(styles.number(0));
            sumNumber.setFont(bold);
            sumNumber.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            sumNumber.setFillPattern(FillPatternType.SOLID_FOREGROUND);

            XSSFSheet sheet = wb.createSheet(SHEET);
            Row head = sheet.createRow(0);
            head.setHeightInPoints(45);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(styles.header);
            }
            int figures = Measure.values().length * 3;
            int r = 1;
            List<Integer> subtotalRows = new ArrayList<>();
            CellRangeAddressList keyCells = new CellRangeAddressList();
            CellRangeAddressList figureCells = new CellRangeAddressList();
            int longestGroup = 14;
            for (Group g : groups) {
                int first = r;
                longestGroup = Math.max(longestGroup, DemandSheet.SUBTOTAL.length() + 1 + g.name().length());
                for (List<Object> values : g.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < header.size(); c++) {
                        Cell cell = row.createCell(c);
                        Object v = c < values.size() ? values.get(c) : null;
                        styles.set(cell, v);
                        boolean figure = c >= KEYS && c < KEYS + figures;
                        cell.setCellStyle(c < KEYS ? key : figure ? inputNumber : input);
                    }
                }
                int last = r - 1;
                if (last >= first) {
                    keyCells.addCellRangeAddress(first, GROUP_COLUMN, last, FORM_COLUMN);
                    figureCells.addCellRangeAddress(first, KEYS, last, KEYS + figures - 1);
                }
                Row sum = sheet.createRow(r++);
                subtotalRows.add(sum.getRowNum());
                sumRow(sum, header.size(), figures, DemandSheet.SUBTOTAL + " " + g.name(), sumText, sumNumber,
                        c -> last >= first ? "SUM(" + range(c, first, last) + ")" : "0");
            }
            Row total = sheet.createRow(r);
            sumRow(total, header.size(), figures, DemandSheet.TOTAL, sumText, sumNumber, c -> subtotalRows.isEmpty() ? "0"
                    : "SUM(" + String.join(",", subtotalRows.stream().map(s -> cellRef(c, s)).toList()) + ")");

            lists(wb, groups.stream().map(Group::name).toList(), formNames);
            validations(sheet, keyCells, figureCells, groups.size(), formNames.size());
            notes(wb, styles, area, year);

            sheet.createFreezePane(KEYS, 1);
            sheet.setColumnWidth(0, 20 * 256);
            sheet.setColumnWidth(1, 8 * 256);
            sheet.setColumnWidth(GROUP_COLUMN, Math.min(50, longestGroup + 2) * 256);
            sheet.setColumnWidth(FORM_COLUMN, 24 * 256);
            for (int c = KEYS; c < KEYS + figures; c++) {
                sheet.setColumnWidth(c, 14 * 256);
            }
            sheet.setColumnWidth(KEYS + figures, 30 * 256);
            sheet.setColumnWidth(KEYS + figures + 1, 40 * 256);
            // locked cells can be selected, unlocked ones edited; columns may be widened, no password (see above)
            sheet.lockFormatColumns(false);
            sheet.lockFormatRows(false);
            sheet.lockSelectLockedCells(false);
            sheet.lockSelectUnlockedCells(false);
            sheet.enableLocking();
            wb.setActiveSheet(0);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sumRow(Row row, int columns, int figures, String label, CellStyle text, CellStyle number,
                               java.util.function.IntFunction<String> formula) {
        for (int c = 0; c < columns; c++) {
            Cell cell = row.createCell(c);
            if (c == GROUP_COLUMN) {
                cell.setCellValue(label);
            }
            if (c >= KEYS && c < KEYS + figures) {
                cell.setCellFormula(formula.apply(c));
                cell.setCellStyle(number);
            } else {
                cell.setCellStyle(text);
            }
        }
    }

    private static String range(int column, int first, int last) {
        return cellRef(column, first) + ":" + cellRef(column, last);
    }

    private static String cellRef(int column, int row) {
        return new CellReference(row, column).formatAsString();
    }

    /** The dropdowns' values on a hidden sheet: a list in a formula would be limited to 255 characters. */
    private static void lists(XSSFWorkbook wb, List<String> groupNames, List<String> formNames) {
        XSSFSheet lists = wb.createSheet(LISTS);
        for (int i = 0; i < Math.max(groupNames.size(), formNames.size()); i++) {
            Row row = lists.createRow(i);
            if (i < groupNames.size()) {
                row.createCell(0).setCellValue(groupNames.get(i));
            }
            if (i < formNames.size()) {
                row.createCell(1).setCellValue(formNames.get(i));
            }
        }
        wb.setSheetHidden(wb.getSheetIndex(lists), true);
    }

    private static void validations(XSSFSheet sheet, CellRangeAddressList keyCells, CellRangeAddressList figureCells, int groups,
                                    int forms) {
        if (keyCells.countRanges() == 0) {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        CellRangeAddressList groupCells = new CellRangeAddressList();
        CellRangeAddressList formCells = new CellRangeAddressList();
        for (CellRangeAddress a : keyCells.getCellRangeAddresses()) {
            groupCells.addCellRangeAddress(a.getFirstRow(), GROUP_COLUMN, a.getLastRow(), GROUP_COLUMN);
            formCells.addCellRangeAddress(a.getFirstRow(), FORM_COLUMN, a.getLastRow(), FORM_COLUMN);
        }
        sheet.addValidationData(list(helper, groupCells, LISTS + "!$A$1:$A$" + Math.max(1, groups), "Kies een aandachtsgroep uit de lijst."));
        sheet.addValidationData(list(helper, formCells, LISTS + "!$B$1:$B$" + Math.max(1, forms), "Kies een woonvorm uit de lijst."));
        DataValidationConstraint whole = helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0",
                String.valueOf(CellInput.MAX_VALUE));
        DataValidation counts = helper.createValidation(whole, figureCells);
        counts.setShowErrorBox(true);
        counts.createErrorBox("Geen geldig aantal", "Vul een geheel aantal huishoudens in, 0 of meer.");
        sheet.addValidationData(counts);
    }

    private static DataValidation list(DataValidationHelper helper, CellRangeAddressList cells, String range, String message) {
        DataValidation v = helper.createValidation(helper.createFormulaListConstraint(range), cells);
        v.setSuppressDropDownArrow(true); // in XSSF "true" shows the arrow
        v.setShowErrorBox(true);
        v.createErrorBox("Onbekende waarde", message);
        return v;
    }

    private static void notes(XSSFWorkbook wb, XlsxTableWriter.Styles styles, String area, int year) {
        XSSFSheet sheet = wb.createSheet(NOTES);
        sheet.setColumnWidth(0, 100 * 256);
        List<String> lines = List.of(
                "Vraaganalyse " + year + " – " + area,
                "Vul op het blad '" + SHEET + "' per aandachtsgroep en woonvorm het aantal huishoudens in: de huidige vraag, de nieuwe "
                        + "vraag per jaar en de benodigde woningen per jaar. Een onder- en bovengrens en een bron zijn niet verplicht.",
                "Gemeente, jaar, aandachtsgroep en woonvorm zijn grijs en beveiligd, zodat het bestand weer kan worden ingelezen. "
                        + "De subtotalen per aandachtsgroep en het totaal rekent Excel zelf uit; ze worden bij het inlezen overgeslagen.",
                "Een lege cel laat het opgeslagen cijfer staan. Vul hele aantallen in, zonder punt of komma.",
                "Lees het bestand in met de knop 'Importeren…' bij de vraaganalyse. U ziet eerst wat er verandert; er wordt pas iets "
                        + "gewijzigd als u op Toepassen klikt. Bevat het bestand een fout, dan wordt er niets ingelezen.");
        for (int i = 0; i < lines.size(); i++) {
            Cell cell = sheet.createRow(i).createCell(0);
            cell.setCellValue(lines.get(i));
            cell.setCellStyle(i == 0 ? styles.header : styles.wrapped);
        }
    }
}
