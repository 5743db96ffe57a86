package nl.thuisplan.dashboard;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.thuisplan.completeness.Completeness;
import nl.thuisplan.dashboard.DashboardViews.Row;
import nl.thuisplan.dashboard.DashboardViews.TrendPoint;
import nl.thuisplan.dashboard.DashboardViews.Urgency;
import nl.thuisplan.dashboard.DashboardViews.WoonzorgvisieCounts;
import nl.thuisplan.smallnumbers.Cell;
import nl.thuisplan.smallnumbers.Suppression;
import nl.thuisplan.woonzorgvisie.figures.Dutch;

/**
 * Turns the raw figures of a table's rows and its total into what is shown: every count column
 * protected together with its total ({@link Suppression}), ratios only from visible counts.
 */
final class TableBuilder {

    record Built(List<Row> rows, Row total) {
    }

    private TableBuilder() {
    }

    /** @param rows areas that together make up {@code total}; @param suppress false only for a region's own detail */
    static Built build(List<Facts> rows, Facts total, List<Integer> years, boolean suppress, int threshold) {
        return counts(rows, total, years, suppress, threshold);
    }

    /**
     * As {@link #build(List, Facts, List, boolean, int)}, with the figures of some rows and of the
     * total withheld where the reader could take its own share from them (decided by
     * {@link DashboardService} with {@link Suppression#contributors}).
     */
    static Built build(List<Facts> rows, Facts total, List<Integer> years, boolean suppress, int threshold,
                       List<Boolean> withheldRows, boolean withheldTotal) {
        Built built = counts(rows, total, years, suppress, threshold);
        List<Row> out = new ArrayList<>(built.rows());
        for (int i = 0; i < out.size(); i++) {
            if (withheldRows.get(i)) {
                out.set(i, withheld(out.get(i)));
            }
        }
        return new Built(out, withheldTotal ? withheld(built.total()) : built.total());
    }

    /**
     * A row whose figures would give one municipality's away: every count and ratio withheld ("×",
     * as CBS marks a confidential figure); inhabitants and progress counts are no figures of the
     * municipality's households and stay.
     */
    static Row withheld(Row r) {
        Urgency urgency = r.urgency() == null ? null
                : new Urgency(r.urgency().scheme(), r.urgency().capacity(), Cell.withheld(), "×", false, "UNKNOWN", r.urgency().completeness());
        return new Row(r.area(), r.detail(), r.inhabitants(), r.municipalities(), Cell.withheld(), Cell.withheld(), Cell.withheld(),
                null, Cell.withheld(), Cell.withheld(), null, urgency, r.completeness(), r.woonzorgvisie(),
                r.trend().stream().map(p -> new TrendPoint(p.year(), Cell.withheld(), p.completeness())).toList());
    }

    private static Built counts(List<Facts> rows, Facts total, List<Integer> years, boolean suppress, int threshold) {
        Suppression.Column stock = column(rows, Facts::stock, suppress, threshold);
        Suppression.Column inflow = column(rows, Facts::inflow, suppress, threshold);
        Suppression.Column moves = column(rows, Facts::moves, suppress, threshold);
        Suppression.Column target = column(rows, Facts::target, suppress, threshold);
        Suppression.Column realised = column(rows, Facts::realised, suppress, threshold);
        List<Suppression.Column> trend = new ArrayList<>();
        for (int year : years) {
            trend.add(column(rows, f -> f.trend().get(year), suppress, threshold));
        }
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int at = i;
            out.add(row(rows.get(i), stock.cells().get(i), inflow.cells().get(i), moves.cells().get(i), target.cells().get(i),
                    realised.cells().get(i), years, y -> trend.get(y).cells().get(at), suppress, threshold));
        }
        Row sum = row(total, stock.total(), inflow.total(), moves.total(), target.total(), realised.total(), years,
                y -> trend.get(y).total(), suppress, threshold);
        return new Built(out, sum);
    }

    private static Suppression.Column column(List<Facts> rows, Function<Facts, Long> value, boolean suppress, int threshold) {
        List<Long> values = rows.stream().map(value).toList();
        return suppress ? Suppression.apply(values, threshold) : Suppression.open(values);
    }

    private static Row row(Facts f, Cell stock, Cell inflow, Cell moves, Cell target, Cell realised, List<Integer> years,
                           Function<Integer, Cell> trendCell, boolean suppress, int threshold) {
        List<TrendPoint> trend = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            trend.add(new TrendPoint(years.get(i), trendCell.apply(i), f.completeness(years.get(i))));
        }
        Completeness completeness = f.completeness();
        Urgency urgency = null;
        Facts.UrgencyFacts u = f.urgency();
        if (u != null) {
            Cell urgentInflow = suppress ? Suppression.single(u.inflow(), threshold) : Cell.of(u.inflow());
            boolean shortfall = u.balance() != null && u.balance().signum() < 0;
            urgency = new Urgency(u.scheme(), Dutch.decimal(u.capacity(), 1), urgentInflow, u.balance() == null ? null : Dutch.decimal(u.balance(), 1),
                    shortfall, shortfall ? "SHORTFALL" : completeness.complete() ? "ENOUGH" : "UNKNOWN", completeness);
        }
        Facts.Woonzorgvisies w = f.woonzorgvisie();
        return new Row(f.area(), f.detail(), f.inhabitants(), f.municipalities(), stock, inflow, moves,
                perThousand(moves, f), target, realised, share(realised, target), urgency, completeness,
                new WoonzorgvisieCounts(w.adopted(), w.inReview(), w.concept(), w.none(f.municipalities())), trend);
    }

    /**
     * Homes needed per 1,000 inhabitants of the municipalities whose figures are known (over all of an
     * area's inhabitants a sum of 1 municipality in 82 read as 0,05); withheld below the completeness
     * at which a ratio is shown ({@link Completeness#ratioShown}).
     */
    static @Nullable String perThousand(Cell moves, Facts f) {
        Completeness c = f.completeness();
        if (f.municipalities() > 0 && !c.ratioShown()) {
            return null;
        }
        return perThousand(moves, f.municipalities() > 0 ? f.knownInhabitants() : f.inhabitants());
    }

    static @Nullable String perThousand(Cell moves, @Nullable Long inhabitants) {
        if (moves.value() == null || inhabitants == null || inhabitants == 0) {
            return null;
        }
        return Dutch.decimal(BigDecimal.valueOf(moves.value() * 1000).divide(BigDecimal.valueOf(inhabitants), 2, RoundingMode.HALF_EVEN), 2);
    }

    private static @Nullable String share(Cell realised, Cell target) {
        if (realised.value() == null || target.value() == null || target.value() == 0) {
            return null;
        }
        return Dutch.decimal(BigDecimal.valueOf(realised.value() * 100).divide(BigDecimal.valueOf(target.value()), 1, RoundingMode.HALF_EVEN), 1);
    }
}
