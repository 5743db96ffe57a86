package nl.thuisplan.dashboard;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.thuisplan.completeness.Completeness;
import nl.thuisplan.dashboard.DashboardViews.AreaRef;
import nl.thuisplan.woonzorgvisie.document.DocumentStatus;

/**
 * The raw figures of one area before they are shown: a municipality, a region, or a part of a
 * region. Null means "no figure" (no adopted analysis, no model), which is not the same as zero.
 * Immutable, so one request's {@link Snapshot} can serve several tables (the PDF report) without one
 * table's relabelling or folding showing up in the next.
 *
 * @param trend the needed homes per year, by year
 * @param adopted the municipalities with an adopted analysis of the year (the completeness's "known")
 * @param knownInhabitants the inhabitants of those municipalities: the base of a ratio over an incomplete sum
 * @param trendKnown per trend year, the municipalities with an adopted analysis of that year
 */
record Facts(AreaRef area, boolean detail, @Nullable Long inhabitants, int municipalities, @Nullable Long stock,
             @Nullable Long inflow, @Nullable Long moves, @Nullable Long target, @Nullable Long realised,
             SortedMap<Integer, Long> trend, int adopted, Woonzorgvisies woonzorgvisie, @Nullable UrgencyFacts urgency,
             @Nullable Long knownInhabitants, SortedMap<Integer, Integer> trendKnown) {

    /** The region's urgency check, before suppression: the broadest quota's capacity against its urgent inflow. */
    /** inflow and balance null when no municipality's demand is known */
    record UrgencyFacts(String scheme, BigDecimal capacity, @Nullable Long inflow, @Nullable BigDecimal balance) {
    }

    /** How many of the area's municipalities have a woonzorgvisie covering the year, by its status. */
    record Woonzorgvisies(int adopted, int inReview, int concept) {

        static final Woonzorgvisies NONE = new Woonzorgvisies(0, 0, 0);

        /** One municipality's document, by its status; null: it has none. */
        static Woonzorgvisies of(@Nullable String status) {
            if (status == null) {
                return NONE;
            }
            return switch (DocumentStatus.valueOf(status)) {
                case ADOPTED -> new Woonzorgvisies(1, 0, 0);
                // approved by the region, waiting for the council: still under way
                case IN_REVIEW, APPROVED -> new Woonzorgvisies(0, 1, 0);
                case CONCEPT -> new Woonzorgvisies(0, 0, 1);
            };
        }

        Woonzorgvisies plus(Woonzorgvisies o) {
            return new Woonzorgvisies(adopted + o.adopted, inReview + o.inReview, concept + o.concept);
        }

        /** Municipalities without any: never negative, whatever the counts. */
        int none(int municipalities) {
            return Math.max(0, municipalities - adopted - inReview - concept);
        }
    }

    Facts {
        trend = Collections.unmodifiableSortedMap(new TreeMap<>(trend));
        trendKnown = Collections.unmodifiableSortedMap(new TreeMap<>(trendKnown));
    }

    /** Of the area's municipalities, how many have adopted figures of the year. */
    Completeness completeness() {
        return Completeness.of(adopted, municipalities);
    }

    /** Of the area's municipalities, how many have adopted figures of a trend year. */
    Completeness completeness(int year) {
        return Completeness.of(trendKnown.getOrDefault(year, 0), municipalities);
    }

    /** An area without any figure yet, to add others into. */
    static Facts empty(AreaRef area) {
        return new Facts(area, false, null, 0, null, null, null, null, null, new TreeMap<>(), 0, Woonzorgvisies.NONE, null, null,
                new TreeMap<>());
    }

    /** This area with another's figures added (a municipality into its region, a region into the total); urgency stays this area's. */
    Facts plus(Facts o) {
        SortedMap<Integer, Long> sum = new TreeMap<>(trend);
        o.trend.forEach((year, v) -> sum.merge(year, v, Long::sum));
        SortedMap<Integer, Integer> known = new TreeMap<>(trendKnown);
        o.trendKnown.forEach((year, v) -> known.merge(year, v, Integer::sum));
        return new Facts(area, detail, plus(inhabitants, o.inhabitants), municipalities + o.municipalities, plus(stock, o.stock),
                plus(inflow, o.inflow), plus(moves, o.moves), plus(target, o.target), plus(realised, o.realised), sum,
                adopted + o.adopted, woonzorgvisie.plus(o.woonzorgvisie), urgency, plus(knownInhabitants, o.knownInhabitants), known);
    }

    Facts withArea(AreaRef newArea) {
        return new Facts(newArea, detail, inhabitants, municipalities, stock, inflow, moves, target, realised, trend, adopted,
                woonzorgvisie, urgency, knownInhabitants, trendKnown);
    }

    Facts withDetail(boolean newDetail) {
        return new Facts(area, newDetail, inhabitants, municipalities, stock, inflow, moves, target, realised, trend, adopted,
                woonzorgvisie, urgency, knownInhabitants, trendKnown);
    }

    Facts withUrgency(@Nullable UrgencyFacts newUrgency) {
        return new Facts(area, detail, inhabitants, municipalities, stock, inflow, moves, target, realised, trend, adopted,
                woonzorgvisie, newUrgency, knownInhabitants, trendKnown);
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
