package nl.thuisplan.allocation.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Generators for {@link Scenario}s. */
final class Scenarios {

    private Scenarios() {
    }

    static Arbitrary<Scenario> scenarios(boolean bounded) {
        Arbitrary<Integer> totals = Arbitraries.integers().between(0, 5000);
        Arbitrary<Integer> sizes = Arbitraries.integers().between(1, 60);
        Arbitrary<List<BigDecimal>> weights = Arbitraries.integers().between(1, 3).flatMap(Scenarios::weights);
        Arbitrary<Optional<Draagkracht>> draagkracht = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(Optional.<Draagkracht>empty())),
                Tuple.of(1, Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(3)).ofScale(1)
                        .map(strength -> Optional.of(new Draagkracht("plekken", strength)))));
        return Combinators.combine(totals, sizes, weights, draagkracht).flatAs((total, n, w, d) ->
                units(n, w.size(), bounded ? total / n : -1).map(units -> new Scenario(total, criteria(w), units, d)));
    }

    /** k weights in thousandths summing to exactly 1: the gaps between k - 1 random cut points. */
    static Arbitrary<List<BigDecimal>> weights(int k) {
        return Arbitraries.integers().between(0, 1000).list().ofSize(k - 1).map(cuts -> {
            List<Integer> points = new ArrayList<>(cuts);
            points.add(0);
            points.add(1000);
            points.sort(null);
            List<BigDecimal> weights = new ArrayList<>();
            for (int i = 1; i < points.size(); i++) {
                weights.add(BigDecimal.valueOf(points.get(i) - points.get(i - 1), 3));
            }
            return weights;
        });
    }

    private static List<Criterion> criteria(List<BigDecimal> weights) {
        List<Criterion> criteria = new ArrayList<>();
        for (int c = 0; c < weights.size(); c++) {
            criteria.add(new Criterion("i" + c, weights.get(c)));
        }
        return criteria;
    }

    /** {@code average} < 0: no bounds; otherwise floors and caps around the average share. */
    private static Arbitrary<List<Unit>> units(int n, int indicators, int average) {
        Arbitrary<BigDecimal> value = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.longs().between(1, 100_000_000).map(v -> BigDecimal.valueOf(v, 2))),
                // a few round values, so equal quotas and exact ties do occur
                Tuple.of(1, Arbitraries.of(1, 2, 5, 10, 100).map(BigDecimal::valueOf)));
        Arbitrary<BigDecimal> hosted = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(BigDecimal.ZERO)),
                Tuple.of(3, Arbitraries.integers().between(0, 5000).map(BigDecimal::valueOf)));
        Arbitrary<Unit> unit = Combinators.combine(value.list().ofSize(indicators), hosted, bounds(average))
                .as((values, places, bounds) -> {
                    Map<String, BigDecimal> map = new LinkedHashMap<>();
                    for (int c = 0; c < values.size(); c++) {
                        map.put("i" + c, values.get(c));
                    }
                    map.put("plekken", places);
                    return new Unit("?", map, bounds[0] < 0 ? null : Bound.absolute(bounds[0]),
                            bounds[1] < 0 ? null : Bound.absolute(bounds[1]));
                });
        Arbitrary<List<String>> ids = Arbitraries.strings().withCharRange('A', 'Z').ofLength(4).list().ofSize(n)
                .uniqueElements();
        return Combinators.combine(ids, unit.list().ofSize(n)).as((names, units) -> {
            List<Unit> named = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                Unit u = units.get(k);
                named.add(new Unit(names.get(k), u.indicators(), u.min(), u.max()));
            }
            return named;
        });
    }

    /** {min, max}, -1 meaning absent. */
    private static Arbitrary<int[]> bounds(int average) {
        if (average < 0) {
            return Arbitraries.just(new int[] {-1, -1});
        }
        return Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.just(new int[] {-1, -1})),
                Tuple.of(2, Arbitraries.integers().between(0, 2 * average + 1).map(min -> new int[] {min, -1})),
                Tuple.of(2, Arbitraries.integers().between(0, 3 * average + 1).map(max -> new int[] {-1, max})),
                Tuple.of(1, Combinators.combine(Arbitraries.integers().between(0, average + 1),
                        Arbitraries.integers().between(0, 2 * average + 1)).as((min, extra) -> new int[] {min, min + extra})));
    }
}
