package nl.thuisplan.allocation.engine;

import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * Divisor methods (Sainte-Laguë, D'Hondt, Huntington-Hill) by "jump and step", as in Pukelsheim's
 * BAZI: start from the places each quota earns with divisor 1 (within the unit's bounds), then hand
 * out the places still missing one at a time to the highest priority, or, if the start overshoots,
 * take places back one at a time from the lowest. Because divisor methods are house-monotone, this
 * gives the same result as handing out every place from zero, in far fewer steps (for D'Hondt the
 * start is the floor of the quota, like the full seats in abacus); each step records its priority.
 * A unit at its cap gets no more and a unit at its floor gives nothing back.
 */
final class DivisorRounding extends Rounding {

    private final Method method;

    DivisorRounding(Method method) {
        this.method = method;
    }

    private record Claim(int index, Priority priority) {
    }

    @Override
    int[] round(PreparedRequest request, BoundRedistribution.Outcome bounded, StepLog log) {
        int n = request.size();
        int[] targets = new int[n];
        Rational[] quotas = bounded.quotas();
        long placed = placeBound(request, bounded, targets, log);
        for (int i = 0; i < n; i++) {
            if (bounded.kinds()[i] == BoundKind.NONE) {
                PreparedUnit unit = request.unit(i);
                int start = Priority.startingPlaces(method, quotas[i]);
                targets[i] = Math.min(unit.max(), Math.max(unit.min(), start));
                placed += targets[i];
                String clamp = targets[i] == start ? "" : targets[i] > start ? ", opgehoogd tot het minimum"
                        : ", verlaagd tot het maximum";
                log.unit(StepKind.INITIAL, unit.id(), Rational.of(targets[i]), Integer.toString(targets[i]),
                        unit.id() + ": start met " + targets[i] + " (quotum " + Texts.number(quotas[i])
                                + " met deler 1 afgerond volgens " + method.label() + clamp + ")");
            }
        }
        long left = request.total() - placed;
        log.global(StepKind.INITIAL, Rational.of(left), "Startverdeling: " + placed + " van " + request.total()
                + (left == 0 ? "; klaar" : left > 0 ? "; " + left + " erbij, telkens naar de hoogste prioriteit"
                        : "; " + (-left) + " terug, telkens van de laagste prioriteit"));
        if (left > 0) {
            award(request, quotas, bounded.kinds(), targets, left, log);
        } else if (left < 0) {
            withdraw(request, quotas, bounded.kinds(), targets, -left, log);
        }
        return targets;
    }

    private void award(PreparedRequest request, Rational[] quotas, BoundKind[] kinds, int[] targets, long places,
                       StepLog log) {
        Comparator<Claim> order = (a, b) -> {
            int byPriority = b.priority().compareTo(a.priority());
            return byPriority != 0 ? byPriority : TieRule.compare(quotas[a.index()], a.index(), quotas[b.index()], b.index());
        };
        PriorityQueue<Claim> queue = new PriorityQueue<>(order);
        for (int i = 0; i < request.size(); i++) {
            if (kinds[i] == BoundKind.NONE && targets[i] < request.unit(i).max()) {
                queue.add(new Claim(i, Priority.forNextPlace(method, quotas[i], targets[i])));
            }
        }
        for (long k = 0; k < places; k++) {
            Claim best = queue.poll();
            if (best == null) {
                throw new IllegalStateException("no unit can take another place");
            }
            int i = best.index();
            int held = targets[i]++;
            log(request, quotas, best, queue.peek(), held, targets[i], false, log);
            if (targets[i] < request.unit(i).max()) {
                queue.add(new Claim(i, Priority.forNextPlace(method, quotas[i], targets[i])));
            }
        }
    }

    private void withdraw(PreparedRequest request, Rational[] quotas, BoundKind[] kinds, int[] targets, long places,
                          StepLog log) {
        Comparator<Claim> order = (a, b) -> {
            int byPriority = a.priority().compareTo(b.priority());
            return byPriority != 0 ? byPriority : TieRule.compare(quotas[b.index()], b.index(), quotas[a.index()], a.index());
        };
        PriorityQueue<Claim> queue = new PriorityQueue<>(order);
        for (int i = 0; i < request.size(); i++) {
            if (kinds[i] == BoundKind.NONE && targets[i] > request.unit(i).min()) {
                queue.add(new Claim(i, Priority.forNextPlace(method, quotas[i], targets[i] - 1)));
            }
        }
        for (long k = 0; k < places; k++) {
            Claim weakest = queue.poll();
            if (weakest == null) {
                throw new IllegalStateException("no unit can give back a place");
            }
            int i = weakest.index();
            int held = --targets[i];
            log(request, quotas, weakest, queue.peek(), held, targets[i], true, log);
            if (targets[i] > request.unit(i).min()) {
                queue.add(new Claim(i, Priority.forNextPlace(method, quotas[i], targets[i] - 1)));
            }
        }
    }

    /** {@code held}: places before the place at stake, so the divisor is d(held). */
    private void log(PreparedRequest request, Rational[] quotas, Claim claim, Claim next, int held, int now,
                     boolean withdrawal, StepLog log) {
        int i = claim.index();
        String id = request.unit(i).id();
        String priority = claim.priority().text(method);
        Tie tie = null;
        String tieText = "";
        if (next != null && next.priority().compareTo(claim.priority()) == 0) {
            tie = TieRule.tie(request.unit(next.index()).id(), quotas[i], quotas[next.index()]);
            tieText = TieRule.text(tie, id, "prioriteit " + priority, quotas[i], quotas[next.index()], withdrawal);
        }
        String formula = "prioriteit " + priority + " = quotum " + Texts.number(quotas[i]) + " / "
                + Priority.divisorText(method, held);
        String text = withdrawal
                ? id + " geeft plaats " + (held + 1) + " terug: laagste " + formula + tieText + "; nu " + now
                : id + " krijgt plaats " + (held + 1) + ": " + formula + tieText + "; nu " + now;
        log.add(withdrawal ? StepKind.DIVISOR_WITHDRAWAL : StepKind.DIVISOR_AWARD, id, claim.priority().value(),
                priority, tie, text);
    }
}
