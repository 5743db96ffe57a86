package nl.thuisplan.urgency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
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
 */
final class CapacityCheck {

    /** Days in an average month (365.25 / 12), to turn a wait norm in days into months. */
    static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.4375");

    @Serdeable
    record Outcome(String capacity, long backlog, long inflow, String balance, @Nullable String yearsToClear,
                   @Nullable String waitMonths, String waitNormMonths, boolean meetsNorm) {
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
                norm.setScale(1, RoundingMode.HALF_EVEN).toPlainString(), meets);
    }
}
