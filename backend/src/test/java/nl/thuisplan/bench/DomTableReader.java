package nl.thuisplan.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.thuisplan.spreadsheet.TableReader.RawCell;
import nl.thuisplan.spreadsheet.TableReader.RawRow;
import nl.thuisplan.spreadsheet.TableReader.Table;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The XLSX reader as it was before issue 14 (the whole XSSFWorkbook DOM, then the rows), kept only
 * so {@link XlsxImportBench} can compare it with the streaming reader in the same run.
 */
final class DomTableReader {

    private DomTableReader() {
    }

    static Table read(byte[] bytes) throws IOException {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
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
            return new Table(header, rows);
        }
    }
}
