package nl.thuisplan.demand;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.thuisplan.demand.DemandViews.Warning;

/**
 * Soft warnings: they point at a figure worth a second look and never block saving.
 * <ul>
 *   <li>{@code CHANGE_OVER_50_PERCENT}: more than 50% above or below last year's value (when last
 *   year's value is above zero);</li>
 *   <li>{@code FAR_FROM_REGION_MEDIAN}: per 1,000 inhabitants more than twice, or less than half,
 *   the median of the other municipalities of the region for the same figure and year (their
 *   submitted or adopted figures, with at least as many of them reporting a value as the
 *   small-number threshold, and never fewer than {@link #MIN_PEERS}; see {@link RegionPeers}).</li>
 * </ul>
 */
final class DemandWarnings {

    static final double FAR_FACTOR = 2.0;
    static final int MIN_PEERS = 3;

    private DemandWarnings() {
    }

    static List<Warning> of(@Nullable Integer value, @Nullable Integer previousYear, @Nullable Double regionMedianPerThousand,
                            @Nullable Long inhabitants) {
        List<Warning> warnings = new ArrayList<>();
        if (value == null) {
            return warnings;
        }
        if (previousYear != null && previousYear > 0 && Math.abs(value - previousYear) > 0.5 * previousYear) {
            warnings.add(new Warning("CHANGE_OVER_50_PERCENT", String.format(Locale.ROOT,
                    "Meer dan 50%% verschil met vorig jaar (%d).", previousYear)));
        }
        if (regionMedianPerThousand != null && regionMedianPerThousand > 0 && inhabitants != null && inhabitants > 0) {
            double perThousand = value * 1000.0 / inhabitants;
            if (perThousand > FAR_FACTOR * regionMedianPerThousand || perThousand < regionMedianPerThousand / FAR_FACTOR) {
                warnings.add(new Warning("FAR_FROM_REGION_MEDIAN", String.format(Locale.forLanguageTag("nl"),
                        "%.2f per 1.000 inwoners; de mediaan in de regio is %.2f.", perThousand, regionMedianPerThousand)));
            }
        }
        return warnings;
    }

    /** The median of the values, or null when fewer than {@code minPeers} (and never from fewer than {@link #MIN_PEERS}). */
    static @Nullable Double median(List<Double> values, int minPeers) {
        if (values.size() < Math.max(minPeers, MIN_PEERS)) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
