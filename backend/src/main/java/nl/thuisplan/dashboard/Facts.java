package nl.thuisplan.dashboard;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import nl.thuisplan.dashboard.DashboardViews.AreaRef;

/**
 * The raw figures of one area before they are shown: a municipality, a region, or a part of a
 * region. Null means "no figure" (no adopted analysis, no model), which is not the same as zero.
 */
final class Facts {

    /** The region's urgency check, before suppression: the broadest quota's capacity against its urgent inflow. */
    record UrgencyFacts(String scheme, BigDecimal capacity, long inflow, BigDecimal balance) {
    }

    AreaRef area;
    boolean detail;
    @Nullable Long inhabitants;
    int municipalities;
    @Nullable Long stock;
    @Nullable Long inflow;
    @Nullable Long moves;
    @Nullable Long target;
    @Nullable Long realised;
    final Map<Integer, Long> trend = new TreeMap<>();
    int adopted;
    /** adopted, in review, concept, none */
    final int[] woonzorgvisie = new int[4];
    @Nullable UrgencyFacts urgency;

    Facts(AreaRef area) {
        this.area = area;
    }

    /** Adds another area's figures (a municipality into its region, a region into the total). */
    void add(Facts o) {
        inhabitants = plus(inhabitants, o.inhabitants);
        municipalities += o.municipalities;
        stock = plus(stock, o.stock);
        inflow = plus(inflow, o.inflow);
        moves = plus(moves, o.moves);
        target = plus(target, o.target);
        realised = plus(realised, o.realised);
        o.trend.forEach((year, v) -> trend.merge(year, v, Long::sum));
        adopted += o.adopted;
        for (int i = 0; i < 4; i++) {
            woonzorgvisie[i] += o.woonzorgvisie[i];
        }
    }

    static @Nullable Long plus(@Nullable Long a, @Nullable Long b) {
        // not a nested ?: — its numeric type would unbox a null
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a + b;
    }
}
