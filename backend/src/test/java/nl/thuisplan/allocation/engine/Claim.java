package nl.thuisplan.allocation.engine;

/**
 * The test's own divisor claims, written apart from the engine's {@code Priority}: a unit with
 * quota q holding t places claims one more with q / d(t); for Huntington-Hill the square
 * q² / (t(t+1)) with t = 0 infinite. A zero quota claims nothing.
 */
record Claim(Rational value, boolean infinite) implements Comparable<Claim> {

    static Claim of(Method method, Rational q, int t) {
        if (q.isZero()) {
            return new Claim(Rational.ZERO, false);
        }
        return switch (method) {
            case DHONDT -> new Claim(q.divide(Rational.of(t + 1)), false);
            case SAINTE_LAGUE -> new Claim(q.divide(Rational.of(2L * t + 1, 2)), false);
            case HUNTINGTON_HILL -> t == 0 ? new Claim(null, true)
                    : new Claim(q.multiply(q).divide(Rational.of((long) t * (t + 1))), false);
            default -> throw new IllegalArgumentException(method.name());
        };
    }

    @Override
    public int compareTo(Claim other) {
        if (infinite || other.infinite) {
            return Boolean.compare(infinite, other.infinite);
        }
        return value.compareTo(other.value);
    }
}
