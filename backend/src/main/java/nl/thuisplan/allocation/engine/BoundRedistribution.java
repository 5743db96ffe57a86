package nl.thuisplan.allocation.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Floors and caps on the exact quotas, in rounds. Each round, the units not yet bound share what is
 * left (total minus the bound units' bounds) in proportion to their corrected shares. Units whose
 * quota then passes a bound are held at that bound for good and the difference flows to (or comes
 * from) the others, in proportion to their quotas; until no unit passes a bound.
 *
 * <p>Which violations to fix in a round: caps when what they cut off exceeds what floors lack (the
 * others will rise, so a unit now below its floor may no longer be after the next round), floors in
 * the opposite case, both when the two are equal (then nothing else moves). This makes every fix
 * final and gives the unique outcome quota_i = clamp(λ × share_i, min_i, max_i) with Σ = total, at
 * most one round per unit. Bound quotas are whole numbers, so the free quotas sum to a whole number.
 */
final class BoundRedistribution {

    record Outcome(Rational[] quotas, BoundKind[] kinds) {
    }

    private BoundRedistribution() {
    }

    static Outcome apply(PreparedRequest request, Rational[] shares, StepLog log) {
        Feasibility.check(request, shares);
        int n = request.size();
        BoundKind[] kinds = new BoundKind[n];
        Arrays.fill(kinds, BoundKind.NONE);
        Rational[] quotas = new Rational[n];
        long boundSum = 0;
        Rational freeShare = Rational.ONE;
        for (int round = 1; ; round++) {
            Rational rest = Rational.of(request.total() - boundSum);
            List<Integer> over = new ArrayList<>();
            List<Integer> under = new ArrayList<>();
            Rational cut = Rational.ZERO;
            Rational lacking = Rational.ZERO;
            for (int i = 0; i < n; i++) {
                if (kinds[i] != BoundKind.NONE) {
                    continue;
                }
                PreparedUnit unit = request.unit(i);
                quotas[i] = freeShare.isZero() ? Rational.ZERO : rest.multiply(shares[i]).divide(freeShare);
                if (unit.hasMax() && quotas[i].compareTo(Rational.of(unit.max())) > 0) {
                    over.add(i);
                    cut = cut.add(quotas[i].subtract(Rational.of(unit.max())));
                } else if (quotas[i].compareTo(Rational.of(unit.min())) < 0) {
                    under.add(i);
                    lacking = lacking.add(Rational.of(unit.min()).subtract(quotas[i]));
                }
            }
            if (over.isEmpty() && under.isEmpty()) {
                if (freeShare.isZero() && rest.signum() != 0) {
                    throw new IllegalStateException("bounds left " + rest + " without units to take it");
                }
                return new Outcome(quotas, kinds);
            }
            int balance = cut.compareTo(lacking);
            boolean fixCaps = balance >= 0 && !over.isEmpty();
            boolean fixFloors = balance <= 0 && !under.isEmpty();
            int freeBefore = countFree(kinds);
            if (fixCaps) {
                for (int i : over) {
                    boundSum += fix(request.unit(i), i, BoundKind.MAX, round, quotas, kinds, log);
                    freeShare = freeShare.subtract(shares[i]);
                }
            }
            if (fixFloors) {
                for (int i : under) {
                    boundSum += fix(request.unit(i), i, BoundKind.MIN, round, quotas, kinds, log);
                    freeShare = freeShare.subtract(shares[i]);
                }
            }
            logRedistribution(request, round, fixCaps ? cut : Rational.ZERO, fixFloors ? lacking : Rational.ZERO,
                    fixCaps && !under.isEmpty() && !fixFloors, fixFloors && !over.isEmpty() && !fixCaps,
                    freeBefore - over.size() * (fixCaps ? 1 : 0) - under.size() * (fixFloors ? 1 : 0),
                    request.total() - boundSum, freeShare, log);
        }
    }

    private static long fix(PreparedUnit unit, int i, BoundKind kind, int round, Rational[] quotas, BoundKind[] kinds,
                            StepLog log) {
        boolean cap = kind == BoundKind.MAX;
        int bound = cap ? unit.max() : unit.min();
        Rational would = quotas[i];
        log.unit(cap ? StepKind.BOUND_MAX : StepKind.BOUND_MIN, unit.id(), would, Texts.number(would),
                "Ronde " + round + ": " + unit.id() + " zou " + Texts.number(would) + " krijgen, "
                        + (cap ? "boven het maximum " + unit.maxText() : "onder het minimum " + unit.minText())
                        + "; vastgezet op " + bound);
        quotas[i] = Rational.of(bound);
        kinds[i] = kind;
        return bound;
    }

    private static void logRedistribution(PreparedRequest request, int round, Rational cut, Rational lacking,
                                          boolean floorsWait, boolean capsWait, int freeAfter, long restAfter,
                                          Rational freeShare, StepLog log) {
        Rational moved = cut.subtract(lacking);
        String others = Texts.plural(freeAfter, "gemeente", "gemeenten") + " zonder grens";
        StringBuilder text = new StringBuilder("Ronde " + round + ": ");
        if (lacking.isZero()) {
            text.append(Texts.number(cut)).append(" boven de maxima gaat naar ").append(others);
        } else if (cut.isZero()) {
            text.append(Texts.number(lacking)).append(" voor de minima komt van ").append(others);
        } else {
            text.append("wat boven de maxima uitkomt (").append(Texts.number(cut))
                    .append(") dekt precies wat de minima vragen; ").append(others).append(" houden hun quotum");
        }
        if (freeAfter > 0 && !freeShare.isZero() && request.total() > 0 && !moved.isZero()) {
            Rational factor = Rational.of(restAfter).divide(freeShare.multiply(Rational.of(request.total())));
            text.append(", naar rato van hun quotum: dat is nu ").append(Texts.precise(factor)).append(" × het ")
                    .append(request.draagkracht().isPresent() ? "quotum na draagkracht" : "sleutelquotum");
        }
        if (floorsWait) {
            text.append(". Wie nu onder het minimum zit, wordt na deze herverdeling opnieuw bekeken");
        }
        if (capsWait) {
            text.append(". Wie nu boven het maximum zit, wordt na deze herverdeling opnieuw bekeken");
        }
        log.global(StepKind.REDISTRIBUTION, moved, text.toString());
    }

    private static int countFree(BoundKind[] kinds) {
        int free = 0;
        for (BoundKind kind : kinds) {
            free += kind == BoundKind.NONE ? 1 : 0;
        }
        return free;
    }
}
