package nl.thuisplan.allocation.engine;

import static nl.thuisplan.allocation.engine.AllocationValidationException.Code.MIN_ABOVE_MAX;
import static nl.thuisplan.allocation.engine.AllocationValidationException.Code.NEGATIVE;
import static nl.thuisplan.allocation.engine.AllocationValidationException.Code.REQUIRED;
import static nl.thuisplan.allocation.engine.AllocationValidationException.Code.UNKNOWN_INDICATOR;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Turns a unit's {@link Bound}s into whole numbers. A share is rounded inwards (floor up, cap
 * down) so that respecting the whole number means respecting the percentage; see {@link Bound}.
 */
final class BoundResolver {

    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    private final Errors errors;

    BoundResolver(Errors errors) {
        this.errors = errors;
    }

    PreparedUnit prepare(int index, Unit unit) {
        Resolved min = unit.min() == null ? null : resolve(unit.min(), true, "units[" + index + "].min", unit.indicators());
        Resolved max = unit.max() == null ? null : resolve(unit.max(), false, "units[" + index + "].max", unit.indicators());
        int minValue = min == null ? 0 : min.value;
        int maxValue = max == null ? PreparedUnit.UNBOUNDED : max.value;
        if (minValue > maxValue) {
            errors.add("units[" + index + "].min", MIN_ABOVE_MAX,
                    "minimum " + min.text + " ligt boven maximum " + max.text);
        }
        // the caller's map is read within this call only, so it is not copied (342 copies per allocation)
        return new PreparedUnit(index, unit.id(), unit.indicators(), minValue, maxValue,
                min == null ? "geen" : min.text, max == null ? "geen" : max.text);
    }

    private record Resolved(int value, String text) {
    }

    private Resolved resolve(Bound bound, boolean floor, String path, Map<String, BigDecimal> indicators) {
        if (bound == null) {
            return null;
        }
        if (bound instanceof Bound.Absolute a) {
            if (a.value() < 0) {
                errors.add(path + ".value", NEGATIVE, "grens mag niet negatief zijn (" + a.value() + ")");
                return null;
            }
            return new Resolved(a.value(), Integer.toString(a.value()));
        }
        Bound.ShareOf s = (Bound.ShareOf) bound;
        if (s.share() == null) {
            errors.add(path + ".share", REQUIRED, "aandeel ontbreekt");
            return null;
        }
        if (s.share().signum() < 0) {
            errors.add(path + ".share", NEGATIVE, "aandeel mag niet negatief zijn");
            return null;
        }
        if (s.indicator() == null || !indicators.containsKey(s.indicator())) {
            errors.add(path + ".indicator", s.indicator() == null ? REQUIRED : UNKNOWN_INDICATOR,
                    "onbekende indicator " + s.indicator() + " voor deze gemeente");
            return null;
        }
        BigDecimal exact = s.share().multiply(indicators.get(s.indicator()));
        BigInteger rounded = exact.setScale(0, floor ? RoundingMode.CEILING : RoundingMode.FLOOR).toBigIntegerExact();
        // a floor above any int is infeasible anyway; a cap above any int does not bind
        int value = new BigDecimal(rounded).compareTo(INT_MAX) > 0 ? Integer.MAX_VALUE : rounded.intValueExact();
        boolean whole = exact.compareTo(new BigDecimal(rounded)) == 0;
        String text = Texts.percent(s.share()) + " van " + s.indicator() + " (" + (whole ? value
                : Texts.dutch(exact.stripTrailingZeros()) + (floor ? ", naar boven" : ", naar beneden")
                + " afgerond: " + value) + ")";
        return new Resolved(value, text);
    }
}
