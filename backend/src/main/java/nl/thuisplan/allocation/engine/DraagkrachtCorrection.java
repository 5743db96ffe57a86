package nl.thuisplan.allocation.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Draagkracht: units that already host more than their share get less of the new task.
 *
 * <p>With s_i the unit's key share, δ_i its share of the draagkracht indicator (d_i / Σ d) and k
 * the strength, the load is r_i = δ_i / s_i (1 = it hosts exactly its share). The unit's share is
 * multiplied by g_i = 1 / (1 + k × r_i), rounded to {@value #FACTOR_DIGITS} significant digits
 * (HALF_EVEN), and the shares are then renormalised exactly: w_i = s_i g_i / Σ_j s_j g_j.
 *
 * <p>Why this form: k = 0 changes nothing; if every unit hosts in proportion to its key share, all
 * get the same g and renormalising undoes it, so only <em>relative</em> over- or under-hosting moves
 * homes; g lies in (0, 1], so a share never turns negative and needs no clipping (a subtractive
 * "fill up to the fair share" can go below zero); it falls monotonically with the load. Example,
 * k = 1/2: a unit hosting 3 times its share keeps g = 0.4 against 0.8 for one hosting half its share.
 * A unit with key share 0 stays at 0. When nobody hosts anything yet (Σ d = 0) there is nothing to
 * correct: a valid first year, not an error.
 *
 * <p>Why round g: exactly, every unit's g has its own denominator, and renormalising over 342
 * gemeenten would carry fractions of some 15,000 digits (and take seconds) for a precision no one
 * can use. Fixed to 9 significant digits, g is part of the documented formula, the result is still
 * exact and reproducible given g, and the corrected quotas still sum to exactly the total.
 */
final class DraagkrachtCorrection {

    static final int FACTOR_DIGITS = 9;
    private static final MathContext FACTOR = new MathContext(FACTOR_DIGITS, RoundingMode.HALF_EVEN);

    private DraagkrachtCorrection() {
    }

    /** Returns the corrected shares (summing to 1); the key shares when there is nothing to correct. */
    static Rational[] apply(PreparedRequest request, KeyQuotas key, StepLog log) {
        if (request.draagkracht().isEmpty()) {
            return key.shares;
        }
        Draagkracht draagkracht = request.draagkracht().get();
        String indicator = draagkracht.indicator();
        Rational strength = Rational.of(draagkracht.strength());
        int n = request.size();
        Rational hosted = Rational.ZERO;
        for (PreparedUnit unit : request.units()) {
            hosted = hosted.add(unit.indicator(indicator));
        }
        if (hosted.isZero()) {
            log.global(StepKind.DRAAGKRACHT, Rational.ONE, "Draagkracht: " + indicator
                    + " is bij alle gemeenten 0, dus er is niets te corrigeren (factor 1)");
            return key.shares;
        }
        Rational[] weighted = new Rational[n];
        Rational[] loads = new Rational[n];
        BigDecimal[] factors = new BigDecimal[n];
        Rational sum = Rational.ZERO;
        for (int i = 0; i < n; i++) {
            Rational s = key.shares[i];
            if (s.isZero()) {
                weighted[i] = Rational.ZERO;
                continue;
            }
            loads[i] = request.unit(i).indicator(indicator).divide(hosted).divide(s);
            factors[i] = Rational.ONE.divide(Rational.ONE.add(strength.multiply(loads[i]))).toBigDecimal(FACTOR);
            weighted[i] = s.multiply(Rational.of(factors[i]));
            sum = sum.add(weighted[i]);
        }
        Rational[] corrected = new Rational[n];
        for (int i = 0; i < n; i++) {
            corrected[i] = weighted[i].divide(sum);
            logUnit(request, i, key, corrected[i], loads[i], factors[i], log);
        }
        return corrected;
    }

    private static void logUnit(PreparedRequest request, int i, KeyQuotas key, Rational corrected, Rational load,
                                BigDecimal factor, StepLog log) {
        String id = request.unit(i).id();
        if (load == null) {
            log.unit(StepKind.DRAAGKRACHT, id, Rational.ONE, "1",
                    id + ": sleutelaandeel 0, dus geen draagkrachtcorrectie; quotum blijft 0");
            return;
        }
        Draagkracht draagkracht = request.draagkracht().orElseThrow();
        Rational change = corrected.divide(key.shares[i]);
        Rational total = Rational.of(request.total());
        log.unit(StepKind.DRAAGKRACHT, id, change, Texts.precise(change),
                id + ": aandeel in " + draagkracht.indicator() + " " + Texts.percent(load.multiply(key.shares[i]))
                        + " tegen sleutelaandeel " + Texts.percent(key.shares[i]) + " (belasting "
                        + Texts.precise(load) + "); gewicht 1/(1 + " + Texts.dutch(draagkracht.strength()) + " × "
                        + Texts.precise(load) + ") = " + Texts.dutch(factor.stripTrailingZeros()) + ", na normalisatie factor " + Texts.precise(change)
                        + ": quotum " + Texts.number(key.quotas[i]) + " wordt " + Texts.number(corrected.multiply(total)));
    }
}
