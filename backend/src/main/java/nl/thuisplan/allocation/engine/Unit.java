package nl.thuisplan.allocation.engine;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One unit (a gemeente) with its indicator values (non-negative) and optional floor and cap;
 * {@code min} and {@code max} are {@code null} when absent.
 */
public record Unit(String id, Map<String, BigDecimal> indicators, Bound min, Bound max) {

    public static Unit of(String id, Map<String, BigDecimal> indicators) {
        return new Unit(id, indicators, null, null);
    }

    public Unit withMin(Bound bound) {
        return new Unit(id, indicators, bound, max);
    }

    public Unit withMax(Bound bound) {
        return new Unit(id, indicators, min, bound);
    }
}
