package nl.thuisplan.allocation.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Entry point: validate, weigh the key, correct for draagkracht, redistribute around floors and
 * caps, round by the chosen method, and return the targets with every step that led to them.
 * Stateless and thread-safe; each stage lives in its own class.
 */
public final class AllocationEngine {

    /**
     * @throws AllocationValidationException when the request is malformed (with field paths)
     * @throws AllocationInfeasibleException when floors and caps cannot be met with this total
     */
    public AllocationResult allocate(AllocationRequest request) {
        PreparedRequest prepared = RequestValidator.validate(request);
        StepLog log = new StepLog();
        KeyQuotas key = KeyQuotas.compute(prepared, log);
        Rational[] shares = DraagkrachtCorrection.apply(prepared, key, log);
        BoundRedistribution.Outcome bounded = BoundRedistribution.apply(prepared, shares, log);
        int[] targets = Rounding.of(prepared.method()).round(prepared, bounded, log);

        Rational total = Rational.of(prepared.total());
        List<UnitResult> results = new ArrayList<>(prepared.size());
        long allocated = 0;
        for (int i = 0; i < prepared.size(); i++) {
            PreparedUnit unit = prepared.unit(i);
            allocated += targets[i];
            results.add(new UnitResult(unit.id(), key.quotas[i], shares[i].multiply(total), bounded.quotas()[i],
                    targets[i], bounded.kinds()[i], key.contributions.get(i)));
        }
        logTotal(prepared, allocated, log);
        // the caller gets its own order back; everything else was computed in id order
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < prepared.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> prepared.unit(i).inputIndex()));
        List<UnitResult> inRequestOrder = order.stream().map(results::get).toList();
        return new AllocationResult(prepared.method(), prepared.total(), inRequestOrder, log.steps());
    }

    private static void logTotal(PreparedRequest request, long allocated, StepLog log) {
        String text = "Totaal toegewezen: " + allocated + " van " + request.total() + " volgens "
                + request.method().label();
        if (allocated > request.total()) {
            text += "; " + (allocated - request.total()) + " meer doordat elk quotum naar boven is afgerond";
        }
        log.global(StepKind.TOTAL, Rational.of(allocated), text);
    }
}
