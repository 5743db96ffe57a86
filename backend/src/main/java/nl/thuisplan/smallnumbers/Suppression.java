package nl.thuisplan.smallnumbers;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Small-number protection of one table column with its total. Counts from 1 to threshold − 1 are
 * hidden (primary). Because the total is shown, hidden cells must not be recoverable by subtracting
 * the visible ones: the next smallest positive cells are hidden too until at least two cells are
 * hidden and together hold at least the threshold (secondary). If no cell is left to hide, the total
 * is hidden. A total that is itself small is hidden. Zero stays visible: it reveals no household.
 *
 * <p>The same rule protects a total from its reader's own share ({@link #contributors}): a reader who
 * knows some contributors' figures (a gemeente its own) subtracts them, so what is left must come from
 * none or at least {@link #MIN_GROUP} other contributors.
 */
public final class Suppression {

    /**
     * The fewest cells hidden together, and the fewest other contributors a total may hold beside the
     * ones its reader knows: with one, the total minus the reader's share is that one's figure.
     */
    public static final int MIN_GROUP = 2;

    /** The column as shown: one cell per row, and the total. */
    public record Column(List<Cell> cells, Cell total) {
    }

    private Suppression() {
    }

    /** @param values per row, null where there is no figure (shown as "–", not hidden) */
    public static Column apply(List<Long> values, int threshold) {
        boolean[] hidden = new boolean[values.size()];
        long total = 0;
        for (int i = 0; i < values.size(); i++) {
            Long v = values.get(i);
            total += v == null ? 0 : v;
            hidden[i] = small(v, threshold);
        }
        boolean totalHidden = small(total, threshold);
        if (IntStream.range(0, hidden.length).anyMatch(i -> hidden[i])) {
            List<Integer> candidates = new ArrayList<>(IntStream.range(0, values.size())
                    .filter(i -> !hidden[i] && values.get(i) != null && values.get(i) > 0).boxed().toList());
            candidates.sort(Comparator.comparingLong(values::get));
            while (!safe(values, hidden, threshold) && !candidates.isEmpty()) {
                hidden[candidates.remove(0)] = true;
            }
            totalHidden |= !safe(values, hidden, threshold);
        }
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            cells.add(hidden[i] ? Cell.hidden(threshold) : Cell.of(values.get(i)));
        }
        boolean none = values.stream().allMatch(java.util.Objects::isNull);
        return new Column(cells, totalHidden ? Cell.hidden(threshold) : Cell.of(none ? null : total));
    }

    /** One count on its own, with no total beside it (a trend point, a ratio's numerator). */
    public static Cell single(@Nullable Long value, int threshold) {
        return small(value, threshold) ? Cell.hidden(threshold) : Cell.of(value);
    }

    /**
     * Which areas' totals a reader may see. Per area (a deelregio, the part of a region in none), the
     * number of contributors whose figures the reader does not know on their own; the column's total is
     * the whole region. An area with one such contributor is hidden (its total minus the reader's own
     * share is that neighbour's figure), and, as for counts, further areas are hidden until the hidden
     * ones together hold at least {@link #MIN_GROUP} unknown contributors, else the region's total too.
     * A hidden cell here means: do not show this area's figures.
     */
    public static Column contributors(List<Long> unknownPerArea) {
        return apply(unknownPerArea, MIN_GROUP);
    }

    /** No suppression: a programme manager reading its own region. */
    public static Column open(List<Long> values) {
        long total = values.stream().mapToLong(v -> v == null ? 0 : v).sum();
        boolean none = values.stream().allMatch(java.util.Objects::isNull);
        return new Column(values.stream().map(Cell::of).toList(), Cell.of(none ? null : total));
    }

    private static boolean safe(List<Long> values, boolean[] hidden, int threshold) {
        int count = 0;
        long sum = 0;
        for (int i = 0; i < hidden.length; i++) {
            if (hidden[i]) {
                count++;
                sum += values.get(i);
            }
        }
        return count == 0 || (count >= MIN_GROUP && sum >= threshold);
    }

    private static boolean small(@Nullable Long v, int threshold) {
        return v != null && v > 0 && v < threshold;
    }
}
