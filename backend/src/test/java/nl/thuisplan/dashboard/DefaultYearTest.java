package nl.thuisplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The year the dashboard opens on: the newest complete, else the most complete, never simply the newest. */
class DefaultYearTest {

    private static final Set<String> MEMBERS = Set.of("1|A", "1|B", "2|C");

    @Test
    void theNewestCompleteYearWinsOverANewerPartialOne() {
        Map<Integer, Set<String>> adopted = Map.of(2026, Set.of("1|A"), 2025, MEMBERS, 2024, MEMBERS);
        assertThat(DefaultYear.choose(List.of(2026, 2025, 2024), adopted, MEMBERS, 2000)).isEqualTo(2025);
    }

    @Test
    void withoutACompleteYearTheMostCompleteNewestFirst() {
        Map<Integer, Set<String>> adopted = Map.of(2026, Set.of("1|A"), 2025, Set.of("1|A", "2|C"), 2024, Set.of("1|B", "2|C"));
        assertThat(DefaultYear.choose(List.of(2026, 2025, 2024), adopted, MEMBERS, 2000)).isEqualTo(2025);
        // a former member's analysis does not count
        assertThat(DefaultYear.choose(List.of(2026, 2025), Map.of(2026, Set.of("3|X", "1|A"), 2025, Set.of("1|A", "1|B")), MEMBERS, 2000))
                .isEqualTo(2025);
        assertThat(DefaultYear.choose(List.of(), Map.of(), MEMBERS, 2000)).isEqualTo(2000);
    }
}
