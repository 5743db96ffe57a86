package nl.thuisplan.urgency;

import java.time.LocalDate;

/**
 * The status a view shows: the stored one, except that an adopted version whose period has ended is
 * {@link #EXPIRED} (vervallen). Nothing is stored for that; it follows from the date.
 */
public enum SchemeDisplayStatus {
    CONCEPT, ADOPTED, EXPIRED;

    static SchemeDisplayStatus of(SchemeStatus status, LocalDate validTo, LocalDate today) {
        if (status == SchemeStatus.CONCEPT) {
            return CONCEPT;
        }
        return validTo.isBefore(today) ? EXPIRED : ADOPTED;
    }
}
