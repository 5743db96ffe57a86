package nl.thuisplan.allocation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a model covers: a year ("2026") or a half year ("2026-H1"), as the taakstelling
 * vergunninghouders is set per half year. Arrears move to the {@link #previous()} period's successor.
 */
record Period(int year, Integer half) {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})(?:-H([12]))?");

    static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TEXT.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 2000 || year > 2100) {
            return Optional.empty();
        }
        return Optional.of(new Period(year, m.group(2) == null ? null : Integer.valueOf(m.group(2))));
    }

    /** The period before this one, of the same length. */
    Period previous() {
        if (half == null) {
            return new Period(year - 1, null);
        }
        return half == 2 ? new Period(year, 1) : new Period(year - 1, 2);
    }

    boolean halfYear() {
        return half != null;
    }

    @Override
    public String toString() {
        return half == null ? String.valueOf(year) : year + "-H" + half;
    }

    /** Dutch, for documents: "2026" or "1e halfjaar 2026". */
    String label() {
        return half == null ? String.valueOf(year) : half + "e halfjaar " + year;
    }
}
