package nl.thuisplan.allocation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.junit.jupiter.api.Test;

class RationalTest {

    @Test
    void isKeptInLowestTermsWithAPositiveDenominator() {
        assertThat(Rational.of(6, -4)).isEqualTo(Rational.of(-3, 2));
        assertThat(Rational.of(6, -4).toFractionString()).isEqualTo("-3/2");
        assertThat(Rational.of(0, 7)).isEqualTo(Rational.ZERO);
    }

    @Test
    void convertsDecimalsExactly() {
        assertThat(Rational.of(new BigDecimal("12.345"))).isEqualTo(Rational.of(2469, 200));
        assertThat(Rational.of(new BigDecimal("1E+3"))).isEqualTo(Rational.of(1000));
        assertThat(Rational.of(new BigDecimal("0.1")).add(Rational.of(new BigDecimal("0.20"))))
                .isEqualTo(Rational.of(3, 10));
    }

    @Test
    void aHugeScaleIsRefusedAtOnceInsteadOfExpandingTenToItsPower() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> Rational.of(new BigDecimal("1E-100000"))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Rational.of(new BigDecimal("1E+100000"))).isInstanceOf(ArithmeticException.class);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(100);
        assertThat(Rational.of(new BigDecimal("1E-1000"))).isEqualTo(Rational.of(BigInteger.ONE, BigInteger.TEN.pow(1000)));
    }

    @Test
    void floorAndCeilWorkForNegativeValuesToo() {
        assertThat(Rational.of(-7, 2).floor()).isEqualTo(BigInteger.valueOf(-4));
        assertThat(Rational.of(-7, 2).ceil()).isEqualTo(BigInteger.valueOf(-3));
        assertThat(Rational.of(7, 2).fractionalPart()).isEqualTo(Rational.of(1, 2));
        assertThat(Rational.of(4).ceil()).isEqualTo(BigInteger.valueOf(4));
    }

    @Test
    void rendersHalfEven() {
        assertThat(Rational.of(1, 8).toDecimalString(2)).isEqualTo("0.12");
        assertThat(Rational.of(3, 8).toDecimalString(2)).isEqualTo("0.38");
        assertThat(Rational.of(2, 3).toDecimalString(4)).isEqualTo("0.6667");
    }

    @Test
    void isReducedLazilyButComparedAndHashedByValue() {
        Rational unreduced = Rational.of(new BigDecimal("0.50"));
        assertThat(unreduced).isEqualTo(Rational.of(1, 2)).hasSameHashCodeAs(Rational.of(1, 2));
        assertThat(unreduced.denominator()).isEqualTo(BigInteger.TWO);
        assertThat(unreduced.toString()).isEqualTo("1/2");
        assertThat(Rational.of(new BigDecimal("2.00")).isInteger()).isTrue();
        // a sum over a common denominator keeps it; it is reduced only for display or once too large
        assertThat(Rational.of(1, 6).add(Rational.of(1, 3)).add(Rational.of(1, 2))).isEqualTo(Rational.ONE);
        assertThat(Rational.of(BigInteger.ONE, BigInteger.TWO.pow(600)).multiply(Rational.of(BigInteger.TWO.pow(599), BigInteger.ONE)))
                .isEqualTo(Rational.of(1, 2));
    }

    @Test
    void comparesAndDividesExactly() {
        assertThat(Rational.of(1, 3).compareTo(Rational.of(333_333, 1_000_000))).isPositive();
        assertThat(Rational.of(3, 4).divide(Rational.of(3, 8))).isEqualTo(Rational.of(2));
        assertThatThrownBy(() -> Rational.ONE.divide(Rational.ZERO)).isInstanceOf(ArithmeticException.class);
    }
}
