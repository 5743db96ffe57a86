package nl.thuisplan.urgency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The urgentietoets for one quota in one place (a municipality or the region): can the homes the
 * quota yields per year house the urgent households reported? Pure arithmetic, exact until the
 * answer is rounded for display.
 *
 * <ul>
 *   <li>balance = capacity − inflow (surplus when positive, shortfall when negative);</li>
 *   <li>years to clear = backlog / balance when the balance is positive (0 without backlog), else
 *       never (null);</li>
 *   <li>wait = 12 × backlog / capacity months when the balance is not negative: first come, first
 *       served, a newly urgent household waits until everyone ahead of it has a home; with a
 *       shortfall the queue keeps growing and the wait has no bound (null);</li>
 *   <li>the norm is met when the wait is at most the norm.</li>
 * </ul>
 * Demand that is not known (a municipality without an adopted analysis of the year) is no zero:
 * its backlog, inflow and everything computed from them are null and the result is UNKNOWN
 * ({@link #unknown}); a sum over some municipalities gets no verdict of "met" ({@link #withoutPass}).
 */
final class CapacityCheck {

    /** Days in an average month (365.25 / 12), to turn a wait norm in days into months. */
    static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.4375");

    /** The verdicts; a ✓ is shown for MET only. */
    static final String MET = "MET";
    static final String NOT_MET = "NOT_MET";
    static final String UNKNOWN = "UNKNOWN";
    /** The region as a whole meets the norm, one or more of its municipalities do not. */
    static final String NOT_MET_EVERYWHERE = "NOT_MET_EVERYWHERE";

    /**
     * @param meetsNorm null when it cannot be judged (demand unknown or incomplete)
     * @param result MET, NOT_MET, UNKNOWN, or for the region NOT_MET_EVERYWHERE (met as a whole, missed in a municipality)
     */
    @Serdeable
    record Outcome(String capacity, @Nullable Long backlog, @Nullable Long inflow, @Nullable String balance, @Nullable String yearsToClear,
                   @Nullable String waitMonths, String waitNormMonths, @Nullable Boolean meetsNorm,
                   @Schema(allowableValues = {MET, NOT_MET, UNKNOWN, NOT_MET_EVERYWHERE}, requiredMode = Schema.RequiredMode.REQUIRED)
                   String result) {
    }

    private CapacityCheck() {
    }

    static Outcome of(BigDecimal capacity, long backlog, long inflow, int waitNormDays) {
        BigDecimal balance = capacity.subtract(BigDecimal.valueOf(inflow));
        String years = null;
        if (balance.signum() >= 0 && backlog == 0) {
            years = "0.00";
        } else if (balance.signum() > 0) {
            years = BigDecimal.valueOf(backlog).divide(balance, 2, RoundingMode.HALF_EVEN).toPlainString();
        }
        BigDecimal wait = null;
        if (balance.signum() >= 0 && capacity.signum() > 0) {
            wait = BigDecimal.valueOf(12L * backlog).divide(capacity, 10, RoundingMode.HALF_EVEN);
        } else if (balance.signum() >= 0 && backlog == 0) {
            wait = BigDecimal.ZERO;
        }
        BigDecimal norm = BigDecimal.valueOf(waitNormDays).divide(DAYS_PER_MONTH, 10, RoundingMode.HALF_EVEN);
        boolean meets = wait != null && wait.compareTo(norm) <= 0;
        return new Outcome(capacity.setScale(2, RoundingMode.HALF_EVEN).toPlainString(), backlog, inflow,
                balance.setScale(2, RoundingMode.HALF_EVEN).toPlainString(), years,
                wait == null ? null : wait.setScale(1, RoundingMode.HALF_EVEN).toPlainString(),
                norm(waitNormDays).setScale(1, RoundingMode.HALF_EVEN).toPlainString(), meets, meets ? MET : NOT_MET);
    }

    /** A place whose demand is not known: the capacity stands, nothing computed from demand does. */
    static Outcome unknown(BigDecimal capacity, int waitNormDays) {
        return new Outcome(capacity.setScale(2, RoundingMode.HALF_EVEN).toPlainString(), null, null, null, null, null,
                norm(waitNormDays).setScale(1, RoundingMode.HALF_EVEN).toPlainString(), null, UNKNOWN);
    }

    /**
     * A sum over only some of the municipalities: the unknown ones can only add backlog and inflow, so
     * a miss stays a miss, but a pass is not known.
     */
    static Outcome withoutPass(Outcome o) {
        if (!Boolean.TRUE.equals(o.meetsNorm())) {
            return o;
        }
        return new Outcome(o.capacity(), o.backlog(), o.inflow(), o.balance(), o.yearsToClear(), o.waitMonths(), o.waitNormMonths(),
                null, UNKNOWN);
    }

    /** The region met as a whole while some municipality missed: no ✓ that hides the miss. */
    static Outcome missedSomewhere(Outcome o) {
        if (!MET.equals(o.result())) {
            return o;
        }
        return new Outcome(o.capacity(), o.backlog(), o.inflow(), o.balance(), o.yearsToClear(), o.waitMonths(), o.waitNormMonths(),
                true, NOT_MET_EVERYWHERE);
    }

    private static BigDecimal norm(int waitNormDays) {
        return BigDecimal.valueOf(waitNormDays).divide(DAYS_PER_MONTH, 10, RoundingMode.HALF_EVEN);
    }
}
