package nl.thuisplan.demand;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.thuisplan.common.FieldProblem;

/**
 * One cell as a client sends it. Numbers arrive as JSON numbers and are checked here rather than
 * by the JSON binder, so "12.5" or "-3" get a field error with a clear message, not a 400 without one.
 * {@code regionMedianPerThousand} is the region's median for this cell as the analysis view gave it
 * ({@code regionMedians}); it only feeds the soft warning {@code FAR_FROM_REGION_MEDIAN} of the answer,
 * so a save needs no region-wide query. Without it the answer has no median warning.
 */
@Serdeable
record CellInput(@Nullable BigDecimal value, @Nullable BigDecimal low, @Nullable BigDecimal high,
                 @Nullable String source, @Nullable String note, @Nullable Integer version,
                 @Nullable Double regionMedianPerThousand) {

    static final int MAX_TEXT = 500;
    static final int MAX_VALUE = 10_000_000;

    /** The hard errors: they block saving. */
    List<FieldProblem> problems() {
        List<FieldProblem> p = new ArrayList<>();
        checkCount("value", value, p);
        checkCount("low", low, p);
        checkCount("high", high, p);
        if (low != null && high != null && low.compareTo(high) > 0) {
            p.add(new FieldProblem("low", "RANGE_INVERTED", "De ondergrens is groter dan de bovengrens."));
        }
        checkText("source", source, p);
        checkText("note", note, p);
        return p;
    }

    static void checkCount(String field, @Nullable BigDecimal v, List<FieldProblem> p) {
        if (v == null) {
            return;
        }
        if (v.signum() < 0) {
            p.add(new FieldProblem(field, "NEGATIVE", "Een aantal huishoudens kan niet negatief zijn."));
        } else if (v.stripTrailingZeros().scale() > 0) {
            p.add(new FieldProblem(field, "NOT_INTEGER", "Vul een geheel aantal huishoudens in."));
        } else if (v.compareTo(BigDecimal.valueOf(MAX_VALUE)) > 0) {
            p.add(new FieldProblem(field, "TOO_LARGE", "Dit aantal is onwaarschijnlijk groot (meer dan 10 miljoen)."));
        }
    }

    private static void checkText(String field, @Nullable String v, List<FieldProblem> p) {
        if (v != null && v.length() > MAX_TEXT) {
            p.add(new FieldProblem(field, "TOO_LONG", "Maximaal " + MAX_TEXT + " tekens."));
        }
    }

    static @Nullable Integer toInt(@Nullable BigDecimal v) {
        return v == null ? null : v.intValueExact();
    }

    static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
