package nl.thuisplan.woonzorgvisie.content;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A data block as it is shown: a table of figures already formatted in Dutch (so the browser, the
 * PDF and the DOCX print the same characters), an optional bar chart of the same figures, and a
 * note on where they come from. The snapshot of an adopted document stores these as they were.
 *
 * @param kind    the block's key in the catalogue, e.g. {@code vraag-tabel}
 * @param totals  the total row, or null when the table has none
 * @param chart   the figures to draw, or null for a table only
 * @param note    source and status of the figures ("Vraaganalyse 2026, vastgesteld 3 maart 2026")
 */
@Serdeable
public record DataBlock(String kind, String title, List<Column> columns, List<List<String>> rows,
                        @Nullable List<String> totals, @Nullable Chart chart, @Nullable String note) {

    public DataBlock {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        totals = totals == null ? null : List.copyOf(totals);
    }

    /** A column heading; numeric columns are right-aligned. */
    @Serdeable
    public record Column(String label, boolean numeric) {
    }

    /** A bar chart, one bar per label, values in {@code unit}. */
    @Serdeable
    public record Chart(String title, String unit, List<String> labels, List<BigDecimal> values) {

        public Chart {
            labels = List.copyOf(labels);
            values = List.copyOf(values);
        }
    }
}
