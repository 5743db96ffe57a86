package nl.thuisplan.allocation.engine;

import java.math.BigDecimal;

/**
 * One term of the weighted key: each unit's share of {@code indicator} (its value divided by the
 * total over all units) counts with {@code weight}. The weights of a request must sum to exactly 1.
 */
public record Criterion(String indicator, BigDecimal weight) {

    public static Criterion of(String indicator, String weight) {
        return new Criterion(indicator, new BigDecimal(weight));
    }
}
