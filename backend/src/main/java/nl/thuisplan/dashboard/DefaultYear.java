package nl.thuisplan.dashboard;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The year the dashboard opens on: the newest year whose figures are complete (every current member
 * municipality has an adopted analysis of it), else the most complete one (the newest of equals). The
 * newest year with any adopted analysis is often the one just begun, with one analysis in 82: opening
 * there showed a sum of one municipality as the region's need.
 */
final class DefaultYear {

    private DefaultYear() {
    }

    /**
     * @param years the years with an adopted analysis, newest first
     * @param adopted per year, the municipalities ("region id|code") with an adopted analysis of it
     * @param members the current members ("region id|code")
     * @param fallback when there is no year at all
     */
    static int choose(List<Integer> years, Map<Integer, Set<String>> adopted, Set<String> members, int fallback) {
        int best = fallback;
        long bestKnown = -1;
        for (int year : years) {
            long known = known(adopted.getOrDefault(year, Set.of()), members);
            if (known == members.size() && known > 0) {
                return year;
            }
            if (known > bestKnown) {
                best = year;
                bestKnown = known;
            }
        }
        return best;
    }

    static long known(Set<String> adopted, Set<String> members) {
        return adopted.stream().filter(members::contains).count();
    }
}
