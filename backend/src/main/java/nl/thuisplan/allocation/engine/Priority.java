package nl.thuisplan.allocation.engine;

import java.math.MathContext;

/**
 * A divisor method's claim of a unit holding {@code held} places on one more: quota / d(held), with
 * d(t) = t + 1 (D'Hondt), t + 1/2 (Sainte-Laguë) or √(t(t+1)) (Huntington-Hill). Huntington-Hill's
 * divisor is irrational, so its priority is kept as the exact square q² / (t(t+1)), which orders the
 * same way; d(0) = 0 makes a first place infinitely urgent. A unit with quota 0 never has a claim.
 */
record Priority(Rational value, boolean infinite) implements Comparable<Priority> {

    private static final Priority INFINITE = new Priority(null, true);

    static Priority forNextPlace(Method method, Rational quota, int held) {
        if (quota.isZero()) {
            return new Priority(Rational.ZERO, false);
        }
        return switch (method) {
            case DHONDT -> new Priority(quota.divide(Rational.of(held + 1L)), false);
            case SAINTE_LAGUE -> new Priority(quota.divide(Rational.of(2L * held + 1, 2)), false);
            case HUNTINGTON_HILL -> held == 0 ? INFINITE
                    : new Priority(quota.multiply(quota).divide(Rational.of((long) held * (held + 1))), false);
            default -> throw new IllegalArgumentException(method + " is not a divisor method");
        };
    }

    /**
     * The start: how many places the quota earns with divisor 1, counting only divisors strictly
     * below it (so a quota exactly on a divisor is left to the stepping, where ties are ruled).
     */
    static int startingPlaces(Method method, Rational quota) {
        if (quota.signum() <= 0) {
            return 0;
        }
        return switch (method) {
            case DHONDT -> quota.ceil().intValueExact() - 1;
            case SAINTE_LAGUE -> Math.max(0, quota.subtract(Rational.of(1, 2)).ceil().intValueExact());
            case HUNTINGTON_HILL -> {
                long f = quota.floor().longValueExact();
                yield Math.toIntExact(f + (Rational.of(f * (f + 1)).compareTo(quota.multiply(quota)) < 0 ? 1 : 0));
            }
            default -> throw new IllegalArgumentException(method + " is not a divisor method");
        };
    }

    static String divisorText(Method method, int held) {
        return switch (method) {
            case DHONDT -> Integer.toString(held + 1);
            case SAINTE_LAGUE -> held + ",5";
            default -> "√(" + held + "×" + (held + 1) + ")";
        };
    }

    @Override
    public int compareTo(Priority other) {
        if (infinite || other.infinite) {
            return Boolean.compare(infinite, other.infinite);
        }
        return value.compareTo(other.value);
    }

    /** The priority as a reader expects it; for Huntington-Hill the square root, for display only. */
    String text(Method method) {
        if (infinite) {
            return "oneindig";
        }
        if (method != Method.HUNTINGTON_HILL) {
            return Texts.precise(value);
        }
        return Texts.precise(value.toBigDecimal(12).sqrt(MathContext.DECIMAL64));
    }
}
