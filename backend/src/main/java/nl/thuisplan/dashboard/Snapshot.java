package nl.thuisplan.dashboard;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.thuisplan.dashboard.DashboardRepository.Member;

/**
 * The figures of one request: every region with its municipalities, for one year and target group.
 * Read once per request ({@link Snapshots}) and passed on; it cannot change, so the regions table and
 * every region's detail of one PDF report come from the same read. Maps keep the regions' order.
 *
 * @param municipalities per region code, its current municipalities' figures
 * @param regional per region code, the region's own figures (regional facilities), where it has any
 * @param regions per region code, the sum of its municipalities and its own figures
 */
record Snapshot(int year, String group, List<Integer> trendYears, Map<String, List<Facts>> municipalities,
                Map<String, Facts> regional, Map<String, Facts> regions, Map<String, List<Member>> members) {

    Snapshot {
        trendYears = List.copyOf(trendYears);
        municipalities = frozen(municipalities);
        regional = Collections.unmodifiableMap(new LinkedHashMap<>(regional));
        regions = Collections.unmodifiableMap(new LinkedHashMap<>(regions));
        members = frozen(members);
    }

    private static <T> Map<String, List<T>> frozen(Map<String, List<T>> lists) {
        Map<String, List<T>> out = new LinkedHashMap<>();
        lists.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(out);
    }
}
