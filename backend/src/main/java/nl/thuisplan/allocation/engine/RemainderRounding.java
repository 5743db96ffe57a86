package nl.thuisplan.allocation.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Largest remainder (Hamilton): each unit gets the floor of its quota; the places still left go,
 * one each, to the largest remainders (ties: {@link TieRule}). Every target is the floor or ceiling
 * of its quota, which is why the result stays within the bounds (they are whole numbers and the
 * quotas respect them).
 */
final class RemainderRounding extends Rounding {

    @Override
    int[] round(PreparedRequest request, BoundRedistribution.Outcome bounded, StepLog log) {
        int n = request.size();
        int[] targets = new int[n];
        Rational[] quotas = bounded.quotas();
        Rational[] remainders = new Rational[n];
        long placed = placeBound(request, bounded, targets, log);
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (bounded.kinds()[i] != BoundKind.NONE) {
                continue;
            }
            PreparedUnit unit = request.unit(i);
            targets[i] = quotas[i].floor().intValueExact();
            remainders[i] = quotas[i].fractionalPart();
            placed += targets[i];
            log.unit(StepKind.INITIAL, unit.id(), Rational.of(targets[i]), Integer.toString(targets[i]),
                    unit.id() + ": " + targets[i] + " (quotum " + Texts.number(quotas[i])
                            + " naar beneden afgerond, rest " + Texts.precise(remainders[i]) + ")");
            if (targets[i] < unit.max()) {
                candidates.add(i);
            }
        }
        int left = Math.toIntExact(request.total() - placed);
        log.global(StepKind.INITIAL, Rational.of(left), "Na afronden naar beneden: " + placed + " van "
                + request.total() + "; " + Texts.plural(left, "restplaats gaat", "restplaatsen gaan")
                + " naar de grootste resten");
        candidates.sort((a, b) -> {
            int byRemainder = remainders[b].compareTo(remainders[a]);
            return byRemainder != 0 ? byRemainder : TieRule.compare(quotas[a], a, quotas[b], b);
        });
        if (left > candidates.size()) {
            throw new IllegalStateException(left + " places left for " + candidates.size() + " candidates");
        }
        for (int k = 0; k < left; k++) {
            int i = candidates.get(k);
            targets[i]++;
            String id = request.unit(i).id();
            String remainder = Texts.precise(remainders[i]);
            Tie tie = null;
            String tieText = "";
            if (k + 1 < candidates.size() && remainders[candidates.get(k + 1)].equals(remainders[i])) {
                int other = candidates.get(k + 1);
                tie = TieRule.tie(request.unit(other).id(), quotas[i], quotas[other]);
                tieText = TieRule.text(tie, id, "rest " + remainder, quotas[i], quotas[other], false);
            }
            log.add(StepKind.REMAINDER_AWARD, id, remainders[i], remainder, tie,
                    id + " krijgt restplaats " + (k + 1) + " van " + left + " (rest " + remainder + ")" + tieText
                            + "; nu " + targets[i]);
        }
        return targets;
    }
}
