package nl.thuisplan.allocation.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The weighted key: unit i's share is s_i = Σ_c w_c × x_ic / X_c, where X_c is the total of
 * indicator c over all units. The shares sum to exactly 1 because the weights do, so the key
 * quotas total × s_i sum to exactly the total. Each criterion's part, total × w_c × x_ic / X_c, is
 * kept so a reader sees where a quota comes from.
 */
final class KeyQuotas {

    final Rational[] shares;
    final Rational[] quotas;
    final List<Map<String, Rational>> contributions;

    private KeyQuotas(Rational[] shares, Rational[] quotas, List<Map<String, Rational>> contributions) {
        this.shares = shares;
        this.quotas = quotas;
        this.contributions = contributions;
    }

    static KeyQuotas compute(PreparedRequest request, StepLog log) {
        List<Criterion> criteria = request.criteria();
        int n = request.size();
        Rational total = Rational.of(request.total());
        Rational[] weightPerUnitOfIndicator = new Rational[criteria.size()];
        BigDecimal[] indicatorTotals = new BigDecimal[criteria.size()];
        String[] weightTexts = new String[criteria.size()];
        for (int c = 0; c < criteria.size(); c++) {
            String indicator = criteria.get(c).indicator();
            BigDecimal sum = BigDecimal.ZERO;
            for (PreparedUnit unit : request.units()) {
                sum = sum.add(unit.indicators().get(indicator));
            }
            indicatorTotals[c] = sum;
            weightPerUnitOfIndicator[c] = Rational.of(criteria.get(c).weight()).divide(Rational.of(sum));
            weightTexts[c] = " (" + Texts.percent(criteria.get(c).weight()) + " × ";
        }
        String ofTotal = " van " + request.total() + ')';
        Rational[] shares = new Rational[n];
        Rational[] quotas = new Rational[n];
        List<Map<String, Rational>> contributions = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            PreparedUnit unit = request.unit(i);
            Rational share = Rational.ZERO;
            Map<String, Rational> parts = new LinkedHashMap<>();
            StringBuilder explanation = new StringBuilder();
            for (int c = 0; c < criteria.size(); c++) {
                Criterion criterion = criteria.get(c);
                BigDecimal value = unit.indicators().get(criterion.indicator());
                Rational part = weightPerUnitOfIndicator[c].multiply(Rational.of(value));
                share = share.add(part);
                Rational contribution = part.multiply(total);
                parts.put(criterion.indicator(), contribution);
                explanation.append(c == 0 ? " = " : " + ").append(criterion.indicator()).append(' ')
                        .append(Texts.number(contribution)).append(weightTexts[c])
                        .append(Texts.dutch(value.movePointRight(2).divide(indicatorTotals[c], 2, RoundingMode.HALF_EVEN)))
                        .append('%').append(ofTotal);
            }
            shares[i] = share;
            quotas[i] = share.multiply(total);
            contributions.add(parts);
            log.unit(StepKind.KEY_QUOTA, unit.id(), quotas[i], Texts.number(quotas[i]),
                    unit.id() + ": quotum volgens de verdeelsleutel " + Texts.number(quotas[i]) + explanation);
        }
        return new KeyQuotas(shares, quotas, contributions);
    }
}
