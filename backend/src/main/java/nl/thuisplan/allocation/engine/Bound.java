package nl.thuisplan.allocation.engine;

import java.math.BigDecimal;

/**
 * A floor or cap on one unit's target: an absolute number, or a share of one of the unit's own
 * indicators (e.g. at most 10% of its {@code lettings}). A share is resolved to a whole number
 * inwards: a cap is rounded down and a floor up, so an integer target that respects the resolved
 * bound also respects the percentage itself (max 10% of 125 lettings is 12, not 13).
 */
public sealed interface Bound permits Bound.Absolute, Bound.ShareOf {

    static Bound absolute(int value) {
        return new Absolute(value);
    }

    /** {@code share} as a fraction: 0.10 means 10%. */
    static Bound shareOf(String indicator, String share) {
        return new ShareOf(indicator, new BigDecimal(share));
    }

    record Absolute(int value) implements Bound {
    }

    record ShareOf(String indicator, BigDecimal share) implements Bound {
    }
}
