package nl.thuisplan.allocation;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.thuisplan.allocation.AllocationViews.BoundView;
import nl.thuisplan.allocation.AllocationViews.CriterionView;
import nl.thuisplan.allocation.AllocationViews.InputUnit;
import nl.thuisplan.allocation.AllocationViews.Inputs;
import nl.thuisplan.allocation.AllocationViews.Ref;
import nl.thuisplan.allocation.AllocationViews.Result;
import nl.thuisplan.allocation.AllocationViews.ResultRow;
import nl.thuisplan.allocation.AllocationViews.ResultScenario;
import nl.thuisplan.allocation.AllocationViews.StepView;
import nl.thuisplan.allocation.ModelRepository.ScenarioFields;
import nl.thuisplan.allocation.engine.AllocationEngine;
import nl.thuisplan.allocation.engine.AllocationRequest;
import nl.thuisplan.allocation.engine.AllocationResult;
import nl.thuisplan.allocation.engine.Bound;
import nl.thuisplan.allocation.engine.Criterion;
import nl.thuisplan.allocation.engine.Draagkracht;
import nl.thuisplan.allocation.engine.Step;
import nl.thuisplan.allocation.engine.Unit;
import nl.thuisplan.allocation.engine.UnitResult;
import nl.thuisplan.indicator.Indicator;

/**
 * Runs a scenario through the engine on a model's inputs and turns the outcome into the
 * {@link Result} a person reads: quota, target, bound, each criterion's share, the draagkracht
 * factor, the indicators used and the target per 1,000 inhabitants. Pure: no database.
 * Throws the engine's validation and infeasibility exceptions.
 */
final class ScenarioCalculator {

    private static final AllocationEngine ENGINE = new AllocationEngine();

    private ScenarioCalculator() {
    }

    static AllocationRequest request(ScenarioFields s, Inputs inputs) {
        Map<String, BoundView> bounds = new HashMap<>();
        s.bounds().forEach(b -> bounds.put(b.municipality(), b));
        List<Unit> units = new ArrayList<>();
        for (InputUnit u : inputs.units()) {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            u.indicators().forEach((k, v) -> values.put(k, new BigDecimal(v)));
            BoundView b = bounds.get(u.id());
            units.add(new Unit(u.id(), values, b == null ? null : min(b), b == null ? null : max(b)));
        }
        return new AllocationRequest(s.total(), s.method(),
                s.criteria().stream().map(c -> new Criterion(c.indicator(), new BigDecimal(c.weight()))).toList(), units,
                Optional.ofNullable(s.draagkracht()).map(d -> new Draagkracht(d.indicator(), new BigDecimal(d.strength()))));
    }

    static Result compute(ModelRepository.Model model, ResultScenario scenario, ScenarioFields s, Inputs inputs,
                          List<Ref> targetGroups, boolean frozen, @Nullable OffsetDateTime adoptedAt, @Nullable String adoptedBy) {
        AllocationResult r = ENGINE.allocate(request(s, inputs));
        Map<String, InputUnit> byId = new HashMap<>();
        inputs.units().forEach(u -> byId.put(u.id(), u));
        Set<String> used = usedIndicators(s);
        List<ResultRow> rows = new ArrayList<>();
        for (UnitResult u : r.results()) {
            InputUnit in = byId.get(u.id());
            Map<String, String> shown = new LinkedHashMap<>();
            used.forEach(i -> {
                if (in.indicators().containsKey(i)) {
                    shown.put(i, in.indicators().get(i));
                }
            });
            String factor = s.draagkracht() == null || u.keyQuota().isZero() ? null
                    : u.correctedQuota().divide(u.keyQuota()).toDecimalString(3);
            rows.add(new ResultRow(new Ref(u.id(), in.name()), u.quotaText(), u.quota().toFractionString(), u.keyQuotaText(),
                    u.correctedQuotaText(), u.target(), u.bound(), u.contributionTexts(), factor, shown,
                    perThousand(u.target(), in.indicators().get(Indicator.INHABITANTS.code))));
        }
        Map<String, String> names = new HashMap<>();
        inputs.units().forEach(u -> names.put(u.id(), u.name()));
        List<StepView> steps = r.steps().stream().map(step -> step(step, names)).toList();
        return new Result(scenario, model.name(), model.period().toString(), targetGroups, r.method(), r.total(), r.allocated(),
                s.referenceDate(), frozen, s.criteria(), s.draagkracht(), s.bounds(), rows, steps, relevant(inputs, used),
                adoptedAt, adoptedBy, null);
    }

    /** "No adopted demand" matters only when own demand is part of the key or the draagkracht. */
    private static List<AllocationViews.Warning> relevant(Inputs inputs, Set<String> used) {
        return inputs.warnings().stream()
                .filter(w -> !"NO_ADOPTED_DEMAND".equals(w.code()) || used.contains(Indicator.OWN_DEMAND.code)).toList();
    }

    /** Indicators a reader needs to follow the result: inhabitants, the criteria, draagkracht, share bounds. */
    static Set<String> usedIndicators(ScenarioFields s) {
        Set<String> used = new LinkedHashSet<>();
        used.add(Indicator.INHABITANTS.code);
        s.criteria().stream().map(CriterionView::indicator).forEach(used::add);
        if (s.draagkracht() != null) {
            used.add(s.draagkracht().indicator());
        }
        for (BoundView b : s.bounds()) {
            if (b.minShare() != null) {
                used.add(b.minShare().indicator());
            }
            if (b.maxShare() != null) {
                used.add(b.maxShare().indicator());
            }
        }
        return used;
    }

    private static @Nullable String perThousand(int target, @Nullable String inhabitants) {
        if (inhabitants == null) {
            return null;
        }
        BigDecimal n = new BigDecimal(inhabitants);
        return n.signum() == 0 ? null
                : BigDecimal.valueOf(target).multiply(BigDecimal.valueOf(1000)).divide(n, 3, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static Bound min(BoundView b) {
        return b.min() != null ? Bound.absolute(b.min())
                : b.minShare() != null ? new Bound.ShareOf(b.minShare().indicator(), new BigDecimal(b.minShare().share())) : null;
    }

    private static Bound max(BoundView b) {
        return b.max() != null ? Bound.absolute(b.max())
                : b.maxShare() != null ? new Bound.ShareOf(b.maxShare().indicator(), new BigDecimal(b.maxShare().share())) : null;
    }

    private static StepView step(Step s, Map<String, String> names) {
        return new StepView(s.number(), s.kind(), s.unitId(), s.valueText(), readable(s.text(), names),
                s.tie() == null ? null : s.tie().otherUnitId());
    }

    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("\\b(GM\\d{4}|[a-z]+(?:_[a-z]+)*)\\b");

    /**
     * The engine speaks in ids (it knows no names); a council reader wants "Diemen" and "inwoners".
     * Municipality codes become names, indicator codes their Dutch labels; the structured fields
     * keep the ids.
     */
    static String readable(String text, Map<String, String> names) {
        java.util.regex.Matcher m = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String token = m.group(1);
            String replacement = names.containsKey(token) ? names.get(token)
                    : Indicator.byCode(token).map(i -> i.label.toLowerCase(java.util.Locale.ROOT)).orElse(token);
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

}
