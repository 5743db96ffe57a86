package nl.thuisplan.woonzorgvisie.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers and dates as a Dutch council document writes them: 1.234; 12,5; 1 januari 2026. */
public final class Dutch {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);

    private Dutch() {
    }

    public static String whole(long value) {
        return NumberFormat.getIntegerInstance(NL).format(value);
    }

    public static String whole(BigDecimal value) {
        return NumberFormat.getIntegerInstance(NL).format(value.setScale(0, RoundingMode.HALF_EVEN));
    }

    /** At most {@code decimals} decimals, trailing zeros dropped. */
    public static String decimal(BigDecimal value, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(NL);
        f.setMaximumFractionDigits(decimals);
        f.setMinimumFractionDigits(0);
        return f.format(value.setScale(decimals, RoundingMode.HALF_EVEN));
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }
}
