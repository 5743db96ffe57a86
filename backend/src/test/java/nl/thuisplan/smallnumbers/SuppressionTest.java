package nl.thuisplan.smallnumbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Small counts are hidden and can never be recovered from the total and the visible cells. */
class SuppressionTest {

    private static List<String> texts(Suppression.Column c) {
        List<String> out = new ArrayList<>(c.cells().stream().map(Cell::text).toList());
        out.add(c.total().text());
        return out;
    }

    @Test
    void aSingleSmallCellTakesTheNextSmallestWithIt() {
        Suppression.Column c = Suppression.apply(Arrays.asList(3L, 40L, 12L, 0L, null), 5);
        assertThat(texts(c)).containsExactly("<5", "40", "<5", "0", "–", "55");
    }

    @Test
    void twoSmallCellsThatSumBelowTheThresholdTakeAThird() {
        // 1 + 2 = 3: with the total, someone could tell the pair holds 3; a third cell blurs it
        Suppression.Column c = Suppression.apply(List.of(1L, 2L, 30L, 100L), 5);
        assertThat(texts(c)).containsExactly("<5", "<5", "<5", "100", "133");
    }

    @Test
    void whenNothingIsLeftToHideTheTotalGoes() {
        assertThat(texts(Suppression.apply(List.of(3L, 0L), 5))).containsExactly("<5", "0", "<5");
        assertThat(texts(Suppression.apply(List.of(2L, 6L), 5))).containsExactly("<5", "<5", "8");
        assertThat(texts(Suppression.apply(List.of(7L, 9L), 5))).containsExactly("7", "9", "16");
    }

    @Test
    void anAreaWithOneContributorTheReaderDoesNotKnowIsHiddenWithAnotherSoTheRegionCannotGiveItBack() {
        // per deelregio, the contributors the reader does not know: its own deelregio holds one neighbour
        assertThat(texts(Suppression.contributors(List.of(1L, 0L, 4L, 3L)))).containsExactly("<2", "0", "4", "<2", "8");
        // a region of the reader and one other: nothing else to hide, so the region's total goes
        assertThat(texts(Suppression.contributors(List.of(1L)))).containsExactly("<2", "<2");
        // the reader knows every contributor (a programme manager), or none is alone: all shown
        assertThat(texts(Suppression.contributors(List.of(0L, 0L)))).containsExactly("0", "0", "0");
        assertThat(texts(Suppression.contributors(List.of(2L, 5L)))).containsExactly("2", "5", "7");
    }

    @Test
    void theThresholdIsConfigurable() {
        assertThat(texts(Suppression.apply(List.of(7L, 9L, 30L), 10))).containsExactly("<10", "<10", "30", "46");
    }

    @Property
    void noHiddenCellIsRecoverable(@ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 60) Integer> raw,
                                   @ForAll @IntRange(min = 2, max = 11) int threshold) {
        List<Long> values = raw.stream().map(Integer::longValue).toList();
        Suppression.Column c = Suppression.apply(values, threshold);
        long hiddenSum = 0;
        int hidden = 0;
        for (int i = 0; i < values.size(); i++) {
            long v = values.get(i);
            Cell cell = c.cells().get(i);
            if (v > 0 && v < threshold) {
                assertThat(cell.suppressed()).as("small cell %d shown", i).isTrue();
            }
            if (cell.suppressed()) {
                hidden++;
                hiddenSum += v;
            } else {
                assertThat(cell.value()).isEqualTo(v);
            }
        }
        if (hidden > 0 && !c.total().suppressed()) {
            // total − visible = hiddenSum must not pin down a single small cell
            assertThat(hidden).isGreaterThanOrEqualTo(2);
            assertThat(hiddenSum).isGreaterThanOrEqualTo(threshold);
        }
        long total = values.stream().mapToLong(Long::longValue).sum();
        if (total > 0 && total < threshold) {
            assertThat(c.total().suppressed()).isTrue();
        }
    }
}
