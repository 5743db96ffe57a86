package nl.thuisplan.woonzorgvisie.export;

import java.util.ArrayList;
import java.util.List;
import nl.thuisplan.woonzorgvisie.content.DataBlock;
import nl.thuisplan.woonzorgvisie.export.FlowElement.Kind;

/**
 * Table rows for the template, which has a row layout for each column count up to
 * {@link #MAX_COLUMNS} (a JasperReports layout cannot vary its column count at run time).
 */
final class TableRows {

    /** Keep in step with the TABLE bands of reports/woonzorgvisie.jrxml. */
    static final int MAX_COLUMNS = 8;

    private TableRows() {
    }

    /** A data block's table: header, rows, and the totals row (printed bold) when there is one. */
    static List<FlowElement> of(DataBlock block) {
        List<Boolean> right = block.columns().stream().map(DataBlock.Column::numeric).toList();
        List<FlowElement> rows = new ArrayList<>();
        rows.add(row(Kind.TABLE_HEAD, block.columns().stream().map(c -> StyledMarkup.escape(c.label())).toList(), right));
        for (List<String> cells : block.rows()) {
            rows.add(row(Kind.TABLE_ROW, escaped(cells), right));
        }
        if (block.totals() != null) {
            rows.add(row(Kind.TABLE_TOTAL, escaped(block.totals()), right));
        }
        return rows;
    }

    /**
     * A row of styled cells. Cells beyond the last column layout are joined into the last cell
     * rather than lost; a GFM table that wide is rare and unreadable on A4 anyway.
     */
    static FlowElement row(Kind kind, List<String> cells, List<Boolean> right) {
        List<String> fitted = new ArrayList<>(cells.subList(0, Math.min(cells.size(), MAX_COLUMNS)));
        if (cells.size() > MAX_COLUMNS) {
            fitted.set(MAX_COLUMNS - 1, String.join(" | ", cells.subList(MAX_COLUMNS - 1, cells.size())));
        }
        List<Boolean> align = new ArrayList<>();
        for (int i = 0; i < fitted.size(); i++) {
            boolean merged = cells.size() > MAX_COLUMNS && i == MAX_COLUMNS - 1;
            align.add(!merged && i < right.size() && Boolean.TRUE.equals(right.get(i)));
        }
        return FlowElement.row(kind, fitted, align);
    }

    private static List<String> escaped(List<String> cells) {
        return cells.stream().map(StyledMarkup::escape).toList();
    }
}
