package nl.thuisplan.allocation.engine;

import java.math.BigDecimal;

/**
 * Correction for what units already carry (e.g. existing places for beschermd wonen). A higher
 * value of {@code indicator} means the unit already hosts more; {@code strength} >= 0 sets how hard
 * that counts (0 = no correction). The formula is in {@link DraagkrachtCorrection}.
 */
public record Draagkracht(String indicator, BigDecimal strength) {

    public static Draagkracht of(String indicator, String strength) {
        return new Draagkracht(indicator, new BigDecimal(strength));
    }
}
