package nl.thuisplan.allocation.engine;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A validated unit with its bounds resolved to whole numbers. {@code max} is
 * {@link Integer#MAX_VALUE} when there is no cap; {@code min} is 0 when there is no floor. The
 * texts describe each bound for step texts and error messages ("10% van lettings = 12,5 → 12").
 */
record PreparedUnit(int inputIndex, String id, Map<String, BigDecimal> indicators, int min, int max,
                    String minText, String maxText) {

    static final int UNBOUNDED = Integer.MAX_VALUE;

    boolean hasMin() {
        return min > 0;
    }

    boolean hasMax() {
        return max != UNBOUNDED;
    }

    Rational indicator(String name) {
        return Rational.of(indicators.get(name));
    }
}
