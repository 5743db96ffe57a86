package nl.thuisplan.smallnumbers;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import nl.thuisplan.woonzorgvisie.figures.Dutch;

/**
 * A count as the dashboards show it: the number and its Dutch text, "<5" when it is small and hidden,
 * or "×" when it is withheld because it would give one municipality's figure away.
 *
 * @param value null when hidden (or when there is no figure at all: then {@code text} is "–")
 */
@Serdeable
public record Cell(@Nullable Long value, String text, boolean suppressed) {

    public static Cell of(@Nullable Long value) {
        return value == null ? new Cell(null, "–", false) : new Cell(value, Dutch.whole(value), false);
    }

    public static Cell hidden(int threshold) {
        return new Cell(null, "<" + threshold, true);
    }

    /** Withheld whatever its size, because it would give one municipality's figure away ("×", as CBS marks a secret figure). */
    public static Cell withheld() {
        return new Cell(null, "×", true);
    }
}
