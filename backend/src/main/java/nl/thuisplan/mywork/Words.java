package nl.thuisplan.mywork;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and counts as the items say them: "15 maart 2027", "nog 3 dagen", "2 dagen te laat". */
final class Words {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    private Words() {
    }

    static String date(LocalDate day) {
        return DATE.format(day);
    }

    static String date(Instant at) {
        return DATE.format(at.atZone(ZONE).toLocalDate());
    }

    /** The deadline with what is left of it. */
    static String deadline(LocalDate deadline, int daysLeft) {
        String when = "deadline " + date(deadline);
        if (daysLeft > 1) {
            return when + ", nog " + daysLeft + " dagen";
        }
        if (daysLeft == 1) {
            return when + ", nog 1 dag";
        }
        if (daysLeft == 0) {
            return when + ", vandaag";
        }
        return when + ", " + count(-daysLeft, "dag", "dagen") + " te laat";
    }

    static String count(long n, String one, String more) {
        return n + " " + (n == 1 ? one : more);
    }

    static String period(int year, Integer half) {
        return half == null ? String.valueOf(year) : year + " (" + (half == 1 ? "eerste" : "tweede") + " helft)";
    }
}
