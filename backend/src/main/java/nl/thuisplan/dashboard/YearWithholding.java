package nl.thuisplan.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.thuisplan.dashboard.DashboardViews.Row;
import nl.thuisplan.dashboard.DashboardViews.TrendPoint;
import nl.thuisplan.smallnumbers.Cell;
import nl.thuisplan.smallnumbers.Suppression;

/**
 * The contributors rule ({@link Suppression#contributors}) per year. {@link DashboardService} withholds
 * a row that holds one municipality the reader cannot see on its own, counting a municipality that
 * contributes in any year. With each trend point saying how many municipalities it holds
 * ({@code completeness.known}), a region with two contributors over the years but one in a given year
 * would name that year's point as one municipality's figure: so each year is decided on its own as
 * well, over the same rows, and such a point (and, for the table's year, its demand cells) is withheld.
 */
final class YearWithholding {

    private YearWithholding() {
    }

    /**
     * Per year, which of the rows are withheld for it, and whether the total is.
     *
     * @param unknown per row, per year, the contributors of that year the reader does not see on their own rows
     */
    record Decision(Map<Integer, Set<Integer>> rows, Set<Integer> totals) {
    }

    static Decision decide(List<Map<Integer, Long>> unknown, List<Integer> years) {
        Map<Integer, Set<Integer>> rows = new HashMap<>();
        Set<Integer> totals = new HashSet<>();
        for (int year : years) {
            List<Long> counts = new ArrayList<>();
            unknown.forEach(u -> counts.add(u.getOrDefault(year, 0L)));
            Suppression.Column who = Suppression.contributors(counts);
            for (int i = 0; i < counts.size(); i++) {
                if (who.cells().get(i).suppressed()) {
                    rows.computeIfAbsent(i, k -> new HashSet<>()).add(year);
                }
            }
            if (who.total().suppressed()) {
                totals.add(year);
            }
        }
        return new Decision(rows, totals);
    }

    /** The row with its figures of the given years withheld; the table's own year takes its demand cells along. */
    static Row apply(Row r, Set<Integer> years, int tableYear) {
        if (years.isEmpty()) {
            return r;
        }
        List<TrendPoint> trend = r.trend().stream()
                .map(p -> years.contains(p.year()) ? new TrendPoint(p.year(), Cell.withheld(), p.completeness()) : p).toList();
        if (!years.contains(tableYear)) {
            return new Row(r.area(), r.detail(), r.inhabitants(), r.municipalities(), r.stock(), r.inflow(), r.moves(),
                    r.movesPerThousand(), r.target(), r.realised(), r.realisedShare(), r.urgency(), r.completeness(), r.woonzorgvisie(), trend);
        }
        Row w = TableBuilder.withheld(r);
        // the allocation columns are no figures of the year's demand analyses: the rule per row decides them
        return new Row(w.area(), w.detail(), w.inhabitants(), w.municipalities(), w.stock(), w.inflow(), w.moves(), null,
                r.target(), r.realised(), r.realisedShare(), w.urgency(), w.completeness(), w.woonzorgvisie(), trend);
    }

    /** Every row and the total of a built table with the decided years withheld. */
    static TableBuilder.Built apply(TableBuilder.Built built, Decision d, int tableYear) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < built.rows().size(); i++) {
            rows.add(apply(built.rows().get(i), d.rows().getOrDefault(i, Set.of()), tableYear));
        }
        return new TableBuilder.Built(rows, apply(built.total(), d.totals(), tableYear));
    }
}
