package nl.thuisplan.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import nl.thuisplan.spreadsheet.TableReader.RawCell;
import nl.thuisplan.spreadsheet.TableReader.RawRow;
import nl.thuisplan.spreadsheet.TableReader.Table;
import nl.thuisplan.spreadsheet.TableReader.TableReadException;
import org.apache.poi.ss.util.CellReference;

/**
 * Gathers the cells a streaming parser reports into a {@link Table}, checking every {@link TableLimits}
 * as each cell arrives: the first row is the header, blank rows are dropped, and the first cell or row
 * over a limit stops the parse by throwing {@link Refused} (unchecked, so it can leave a SAX or CSV
 * callback), which the reader turns back into the {@link TableReadException} it carries.
 */
final class TableCollector {

    /** Carries a refusal out of a parser callback. */
    static final class Refused extends RuntimeException {
        final transient TableReadException reason;

        Refused(TableReadException reason) {
            super(reason.getMessage(), null, false, false);
            this.reason = reason;
        }
    }

    private final TableLimits limits;
    private List<String> header;
    private final List<RawRow> rows = new ArrayList<>();
    private int rowNumber;
    private ArrayList<RawCell> current;
    private boolean currentHasContent;
    private int cells;
    private long chars;
    /** Short texts repeat (codes, names, dates): one String each instead of one per cell. */
    private final java.util.Map<String, String> shortTexts = new java.util.HashMap<>();

    TableCollector(TableLimits limits) {
        this.limits = limits;
    }

    /** {@code number} as a spreadsheet shows it (1 for the first row). */
    void startRow(int number) {
        rowNumber = number;
        current = new ArrayList<>();
        currentHasContent = false;
    }

    void cell(int column, String value, boolean formula) {
        String text = value == null ? "" : value.trim();
        boolean blank = text.isEmpty() && !formula;
        if (blank) {
            return; // an empty (perhaps only formatted) cell costs nothing, wherever it is
        }
        if (column >= limits.maxColumns()) {
            throw refused("TOO_MANY_COLUMNS", columnName(column), "Rij " + rowNumber + " heeft gegevens in kolom "
                    + letter(column) + "; ten hoogste " + limits.maxColumns() + " kolommen worden ingelezen.");
        }
        if (text.length() > limits.maxCellChars()) {
            throw refused("CELL_TOO_LONG", columnName(column), "Deze cel bevat meer dan "
                    + limits.maxCellChars() + " tekens.");
        }
        if (text.indexOf('\0') >= 0) {
            // POI turns an escaped _x0000_ into a NUL character; PostgreSQL refuses it in text
            throw refused("NUL_CHARACTER", columnName(column), "Deze cel bevat een ongeldig teken (NUL).");
        }
        if (++cells > limits.maxCells() || (chars += text.length()) > limits.maxChars()) {
            throw refused("TABLE_TOO_LARGE", columnName(column), "Het bestand bevat meer gegevens dan in één keer "
                    + "worden ingelezen (ten hoogste " + limits.maxCells() + " gevulde cellen). Splits het bestand.");
        }
        while (current.size() < column) {
            current.add(RawCell.EMPTY);
        }
        if (text.length() <= 16 && shortTexts.size() < 50_000) {
            text = shortTexts.computeIfAbsent(text, t -> t);
        }
        RawCell cell = new RawCell(text, formula);
        if (column < current.size()) {
            current.set(column, cell); // a cell named twice: the last one counts, as in Excel's own reading
        } else {
            current.add(cell);
        }
        currentHasContent = true;
    }

    void endRow() {
        if (header == null) {
            header = current.stream().map(RawCell::text).toList();
        } else if (currentHasContent) {
            if (rows.size() == limits.maxRows()) {
                throw refused("TOO_MANY_ROWS", "", "Het bestand heeft meer dan " + limits.maxRows()
                        + " rijen met gegevens; rij " + rowNumber + " is er één te veel.");
            }
            current.trimToSize();
            rows.add(new RawRow(rowNumber, current));
        }
        current = null;
    }

    /** The table read, or why there is none. */
    Table table(String emptyMessage) throws TableReadException {
        if (header == null) {
            throw new TableReadException(emptyMessage);
        }
        return new Table(header, rows);
    }

    private Refused refused(String code, String column, String message) {
        return new Refused(new TableReadException(code, rowNumber, column, message));
    }

    /** The header's name of a column where it has one, else its letter, so an import can point at it. */
    private String columnName(int column) {
        if (header != null && column < header.size() && !header.get(column).isBlank()) {
            return header.get(column);
        }
        return letter(column);
    }

    static String letter(int column) {
        return CellReference.convertNumToColString(column);
    }
}
