package nl.thuisplan.bench.allocation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import nl.thuisplan.allocation.engine.AllocationRequest;
import nl.thuisplan.allocation.engine.Bound;
import nl.thuisplan.allocation.engine.Criterion;
import nl.thuisplan.allocation.engine.Unit;

/**
 * The baseline: the same key, draagkracht, floors/caps redistribution and largest-remainder rounding
 * in {@code double}, with no steps and no validation. What a quick spreadsheet-style implementation
 * costs, so the engine's exactness and audit trail can be reported as a ratio. Not exact: it is
 * only ever used for timing.
 */
final class DoubleAllocation {

    /** The request, unpacked into arrays once (so the timing covers the arithmetic only). */
    record Prepared(int total, double[][] x, double[] weights, double[] hosted, double strength, double[] min,
                    double[] max) {
    }

    private DoubleAllocation() {
    }

    static Prepared prepare(AllocationRequest request) {
        List<Criterion> criteria = request.criteria();
        int n = request.units().size();
        double[][] x = new double[n][criteria.size()];
        double[] weights = new double[criteria.size()];
        double[] hosted = request.draagkracht().isPresent() ? new double[n] : null;
        double[] min = new double[n];
        double[] max = new double[n];
        for (int c = 0; c < criteria.size(); c++) {
            weights[c] = criteria.get(c).weight().doubleValue();
        }
        for (int i = 0; i < n; i++) {
            Unit unit = request.units().get(i);
            Map<String, BigDecimal> v = unit.indicators();
            for (int c = 0; c < criteria.size(); c++) {
                x[i][c] = v.get(criteria.get(c).indicator()).doubleValue();
            }
            if (hosted != null) {
                hosted[i] = v.get(request.draagkracht().get().indicator()).doubleValue();
            }
            min[i] = unit.min() == null ? 0 : resolve(unit.min(), v, true);
            max[i] = unit.max() == null ? Double.POSITIVE_INFINITY : resolve(unit.max(), v, false);
        }
        double strength = request.draagkracht().map(d -> d.strength().doubleValue()).orElse(0.0);
        return new Prepared(request.total(), x, weights, hosted, strength, min, max);
    }

    private static double resolve(Bound bound, Map<String, BigDecimal> v, boolean floor) {
        if (bound instanceof Bound.Absolute a) {
            return a.value();
        }
        Bound.ShareOf s = (Bound.ShareOf) bound;
        double exact = s.share().doubleValue() * v.get(s.indicator()).doubleValue();
        return floor ? Math.ceil(exact) : Math.floor(exact);
    }

    static int[] allocate(Prepared p) {
        int n = p.x().length;
        double[] share = keyShares(p);
        double[] quota = redistribute(p, share);
        int[] target = new int[n];
        long placed = 0;
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            target[i] = (int) Math.floor(quota[i]);
            placed += target[i];
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> quota[i] - target[i]).reversed());
        for (int k = 0; k < p.total() - placed; k++) {
            target[order.get(k)]++;
        }
        return target;
    }

    private static double[] keyShares(Prepared p) {
        int n = p.x().length;
        double[] column = new double[p.weights().length];
        for (double[] row : p.x()) {
            for (int c = 0; c < column.length; c++) {
                column[c] += row[c];
            }
        }
        double[] share = new double[n];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < column.length; c++) {
                share[i] += p.weights()[c] * p.x()[i][c] / column[c];
            }
        }
        if (p.hosted() != null) {
            double hosted = 0;
            for (double h : p.hosted()) {
                hosted += h;
            }
            if (hosted > 0) {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    share[i] = share[i] > 0 ? share[i] / (1 + p.strength() * (p.hosted()[i] / hosted) / share[i]) : 0;
                    sum += share[i];
                }
                for (int i = 0; i < n; i++) {
                    share[i] /= sum;
                }
            }
        }
        return share;
    }

    private static double[] redistribute(Prepared p, double[] share) {
        int n = share.length;
        boolean[] bound = new boolean[n];
        double[] quota = new double[n];
        double boundSum = 0;
        double freeShare = 1;
        while (true) {
            double rest = p.total() - boundSum;
            double cut = 0;
            double lacking = 0;
            for (int i = 0; i < n; i++) {
                if (!bound[i]) {
                    quota[i] = freeShare > 0 ? rest * share[i] / freeShare : 0;
                    cut += Math.max(0, quota[i] - p.max()[i]);
                    lacking += Math.max(0, p.min()[i] - quota[i]);
                }
            }
            if (cut <= 1e-9 && lacking <= 1e-9) {
                return quota;
            }
            for (int i = 0; i < n; i++) {
                boolean over = quota[i] > p.max()[i] && cut >= lacking;
                boolean under = quota[i] < p.min()[i] && lacking >= cut;
                if (!bound[i] && (over || under)) {
                    quota[i] = over ? p.max()[i] : p.min()[i];
                    bound[i] = true;
                    boundSum += quota[i];
                    freeShare -= share[i];
                }
            }
        }
    }
}
