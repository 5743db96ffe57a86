package nl.thuisplan.people.admin;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.thuisplan.common.ProblemException;

/**
 * The checks of what a beheerder types, beyond the annotations: no control characters (NUL
 * included) in names and addresses, an address of the plain form name@domain.tld, dates within a
 * sane range. Every failure names its field (400 VALIDATION_FAILED with {@code fields}).
 */
final class PersonInput {

    static final int MAX_EMAIL = 254;
    static final int MAX_NAME = 200;
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

    private PersonInput() {
    }

    static String name(String field, @Nullable String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw ProblemException.badInput(field, "REQUIRED", "Vul een naam in.");
        }
        if (v.length() > MAX_NAME) {
            throw ProblemException.badInput(field, "TOO_LONG", "De naam is te lang (ten hoogste " + MAX_NAME + " tekens).");
        }
        if (CONTROL.matcher(v).find()) {
            throw ProblemException.badInput(field, "CONTROL_CHARACTER", "De naam bevat een ongeldig teken.");
        }
        return v;
    }

    /** The address, trimmed and lower-cased (links are bound to the lower-cased address). */
    static String email(String field, @Nullable String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw ProblemException.badInput(field, "REQUIRED", "Vul een e-mailadres in.");
        }
        if (v.length() > MAX_EMAIL) {
            throw ProblemException.badInput(field, "TOO_LONG", "Het e-mailadres is te lang (ten hoogste " + MAX_EMAIL + " tekens).");
        }
        if (CONTROL.matcher(v).find() || !EMAIL.matcher(v).matches()) {
            throw ProblemException.badInput(field, "INVALID_EMAIL", "Dit is geen geldig e-mailadres.");
        }
        return v.toLowerCase(Locale.ROOT);
    }

    static void period(@Nullable LocalDate from, @Nullable LocalDate to) {
        date("validFrom", from);
        date("validTo", to);
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.badInput("validTo", "BEFORE_START", "De einddatum ligt voor de begindatum.");
        }
    }

    private static void date(String field, @Nullable LocalDate value) {
        if (value != null && (value.isBefore(EARLIEST) || value.isAfter(LATEST))) {
            throw ProblemException.badInput(field, "OUT_OF_RANGE", "Kies een datum tussen 2000 en 2100.");
        }
    }
}
