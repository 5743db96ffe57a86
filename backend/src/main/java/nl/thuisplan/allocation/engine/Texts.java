package nl.thuisplan.allocation.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Dutch number rendering for step texts: decimal comma, no grouping, HALF_EVEN. */
final class Texts {

    private Texts() {
    }

    static String number(Rational value) {
        return number(value, 2);
    }

    static String number(Rational value, int scale) {
        return value.isInteger() ? value.floor().toString() : dutch(value.toBigDecimal(scale));
    }

    /** Four decimals without trailing zeros, for remainders, priorities and factors: "0,5", "1,3333". */
    static String precise(Rational value) {
        return precise(value.toBigDecimal(4));
    }

    static String precise(BigDecimal value) {
        BigDecimal stripped = value.setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return dutch(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
    }

    static String dutch(BigDecimal value) {
        return value.toPlainString().replace('.', ',');
    }

    static String percent(Rational fraction) {
        return dutch(fraction.multiply(Rational.of(100)).toBigDecimal(2)) + "%";
    }

    /** "10%" for 0.10, "12,5%" for 0.125: a share as people write it. */
    static String percent(BigDecimal fraction) {
        BigDecimal p = fraction.movePointRight(2).stripTrailingZeros();
        return dutch(p.scale() < 0 ? p.setScale(0) : p) + "%";
    }

    static String plural(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
