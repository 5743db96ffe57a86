package nl.thuisplan.allocation.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An exact fraction over {@link BigInteger} with a positive denominator. The engine never uses
 * {@code double}: a quota of 14.4999999 versus 14.5 decides who gets the last home, and an audited
 * result must be reproducible to the last digit on any machine.
 *
 * <p>Why fractions are not always in lowest terms: the engine's values mostly share one denominator
 * (every unit's share of the same key), and a gcd per operation took 75% of the run time. So
 * reduction is lazy: {@link #numerator()}, {@link #denominator()}, {@link #hashCode()} and
 * {@link #toString()} see lowest terms, {@link #equals} and order cross-multiply, sums over a
 * common (or dividing) denominator keep it, and a denominator above
 * {@value #EAGER_REDUCTION_BITS} bits is reduced at once.
 */
public final class Rational implements Comparable<Rational> {

    public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
    public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

    static final int EAGER_REDUCTION_BITS = 512;

    private final BigInteger numerator;
    private final BigInteger denominator;
    /** Lowest terms, computed on first need; a benign race like String's hash. */
    private Rational reduced;

    private Rational(BigInteger numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    public static Rational of(long value) {
        return value == 0 ? ZERO : value == 1 ? ONE : new Rational(BigInteger.valueOf(value), BigInteger.ONE);
    }

    public static Rational of(long numerator, long denominator) {
        return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    public static Rational of(BigInteger numerator, BigInteger denominator) {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("denominator is zero");
        }
        if (numerator.signum() == 0) {
            return ZERO;
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        Rational value = new Rational(numerator, denominator);
        return denominator.bitLength() > EAGER_REDUCTION_BITS ? value.reduce() : value;
    }

    private Rational reduce() {
        Rational r = reduced;
        if (r == null) {
            BigInteger gcd = numerator.gcd(denominator);
            r = gcd.equals(BigInteger.ONE) ? this : new Rational(numerator.divide(gcd), denominator.divide(gcd));
            r.reduced = r;
            reduced = r;
        }
        return r;
    }

    /**
     * Beyond this many places either side of the point a value is refused: 10^scale is expanded
     * exactly, so 1E-100000 would cost seconds of arithmetic at every step. The API refuses far less
     * already (nl.thuisplan.common.input.InputLimits); this keeps the engine safe on its own.
     */
    static final int MAX_SCALE = 1000;

    /** Exact: 12.345 becomes 2469/200; a negative scale (1E+3) becomes an integer. */
    public static Rational of(BigDecimal value) {
        if (Math.abs((long) value.scale()) > MAX_SCALE) {
            throw new ArithmeticException("a scale of " + value.scale() + " is beyond what the engine takes (" + MAX_SCALE + ")");
        }
        return value.scale() <= 0 ? of(value.toBigIntegerExact(), BigInteger.ONE)
                : of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
    }

    /** In lowest terms. */
    public BigInteger numerator() {
        return reduce().numerator;
    }

    /** In lowest terms; always positive. */
    public BigInteger denominator() {
        return reduce().denominator;
    }

    public Rational add(Rational other) {
        if (denominator.equals(other.denominator)) {
            return of(numerator.add(other.numerator), denominator);
        }
        // one denominator a multiple of the other (an integer, or 1/100 and 1/10): keep the larger
        int larger = denominator.compareTo(other.denominator);
        if (larger > 0 && denominator.mod(other.denominator).signum() == 0) {
            return of(numerator.add(other.numerator.multiply(denominator.divide(other.denominator))), denominator);
        }
        if (larger < 0 && other.denominator.mod(denominator).signum() == 0) {
            return of(other.numerator.add(numerator.multiply(other.denominator.divide(denominator))), other.denominator);
        }
        return of(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public Rational subtract(Rational other) {
        return add(other.negate());
    }

    public Rational multiply(Rational other) {
        return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    public Rational divide(Rational other) {
        if (other.numerator.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
    }

    public Rational negate() {
        return numerator.signum() == 0 ? this : new Rational(numerator.negate(), denominator);
    }

    public int signum() {
        return numerator.signum();
    }

    public boolean isZero() {
        return numerator.signum() == 0;
    }

    public boolean isInteger() {
        return denominator.equals(BigInteger.ONE) || numerator.mod(denominator).signum() == 0;
    }

    /** Largest integer not above this value (also for negative values). */
    public BigInteger floor() {
        BigInteger[] qr = numerator.divideAndRemainder(denominator);
        return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    /** Smallest integer not below this value. */
    public BigInteger ceil() {
        BigInteger[] qr = numerator.divideAndRemainder(denominator);
        return qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
    }

    /** The part above {@link #floor()}: in [0, 1). */
    public Rational fractionalPart() {
        return subtract(of(floor(), BigInteger.ONE));
    }

    @Override
    public int compareTo(Rational other) {
        if (denominator.equals(other.denominator)) {
            return numerator.compareTo(other.numerator);
        }
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    /** Correctly rounded (HALF_EVEN) decimal for display; the exact value stays in this object. */
    public BigDecimal toBigDecimal(int scale) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_EVEN);
    }

    /** Correctly rounded to {@code context}'s significant digits. */
    public BigDecimal toBigDecimal(MathContext context) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), context);
    }

    /** e.g. "14.50" for scale 2: a plain string, as an API renders it. */
    public String toDecimalString(int scale) {
        return toBigDecimal(scale).toPlainString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rational r && (denominator.equals(r.denominator) ? numerator.equals(r.numerator)
                : numerator.multiply(r.denominator).equals(r.numerator.multiply(denominator)));
    }

    @Override
    public int hashCode() {
        Rational r = reduce();
        return 31 * r.numerator.hashCode() + r.denominator.hashCode();
    }

    /** "29/2", or "7" for an integer: the exact value in lowest terms, for an audit trail. */
    public String toFractionString() {
        Rational r = reduce();
        return r.denominator.equals(BigInteger.ONE) ? r.numerator.toString() : r.numerator + "/" + r.denominator;
    }

    @Override
    public String toString() {
        return toFractionString();
    }
}
