package nl.thuisplan.allocation;

import io.swagger.v3.oas.annotations.media.Schema;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.thuisplan.allocation.AllocationViews.BoundView;
import nl.thuisplan.allocation.AllocationViews.CriterionView;
import nl.thuisplan.allocation.AllocationViews.DraagkrachtView;
import nl.thuisplan.allocation.AllocationViews.ShareView;
import nl.thuisplan.allocation.ModelRepository.ScenarioFields;
import nl.thuisplan.allocation.engine.Method;
import nl.thuisplan.common.FieldProblem;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.indicator.Indicator;

/**
 * The body of {@code PUT /api/v1/allocation/scenarios/{id}}. Everything arrives as text where
 * exactness matters and is checked here, so every mistake comes back with its field path in one
 * answer. Whether the bounds can all hold together is the engine's question, asked when the
 * scenario is computed: a programme manager may save a half-finished scenario.
 */
@Serdeable
record ScenarioInput(@Nullable String name, @Nullable String totalSource, @Nullable Integer total, @Nullable String method,
                     @Nullable @Schema(format = "date") String referenceDate, @Nullable List<CriterionView> criteria,
                     @Nullable DraagkrachtView draagkracht, @Nullable List<BoundView> bounds, @Nullable Integer lockVersion) {

    static final int MAX_TOTAL = 10_000_000;

    /** The checked fields; {@code demandTotal} replaces the total when the source is DEMAND. */
    ScenarioFields validate(Set<String> members, @Nullable Integer demandTotal) {
        List<FieldProblem> errors = new ArrayList<>();
        if (lockVersion == null) {
            errors.add(new FieldProblem("lockVersion", "REQUIRED", "De versie ontbreekt."));
        }
        String n = name == null ? "" : name.trim();
        if (n.isEmpty() || n.length() > 100) {
            errors.add(new FieldProblem("name", "LENGTH", "Geef een naam van 1 tot 100 tekens."));
        }
        String source = totalSource == null ? "ENTERED" : totalSource;
        int t = 0;
        if (!source.equals("ENTERED") && !source.equals("DEMAND")) {
            errors.add(new FieldProblem("totalSource", "UNKNOWN", "Kies ENTERED of DEMAND."));
        } else if (source.equals("DEMAND")) {
            if (demandTotal == null) {
                errors.add(new FieldProblem("totalSource", "NO_ADOPTED_DEMAND",
                        "Er is voor dit jaar nog geen vastgestelde vraaganalyse; vul het totaal zelf in."));
            } else {
                t = demandTotal;
            }
        } else if (total == null || total < 0 || total > MAX_TOTAL) {
            errors.add(new FieldProblem("total", "RANGE", "Het totaal is een geheel getal van 0 tot " + MAX_TOTAL + "."));
        } else {
            t = total;
        }
        Method m = null;
        try {
            m = method == null ? Method.LARGEST_REMAINDER : Method.valueOf(method);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldProblem("method", "UNKNOWN", "Onbekende methode '" + method + "'."));
        }
        LocalDate date = null;
        try {
            date = referenceDate == null ? null : LocalDate.parse(referenceDate);
        } catch (DateTimeParseException e) {
            // reported below
        }
        if (date == null) {
            errors.add(new FieldProblem("referenceDate", "BAD_DATE", "Geef een peildatum als 2025-01-01."));
        }
        List<CriterionView> crit = criteria(errors);
        DraagkrachtView dk = draagkracht(errors);
        List<BoundView> bs = bounds(members, errors);
        if (!errors.isEmpty()) {
            throw new ProblemException(io.micronaut.http.HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "De invoer is niet geldig.", errors);
        }
        return new ScenarioFields(n, source, t, m, date, crit, dk, bs);
    }

    private List<CriterionView> criteria(List<FieldProblem> errors) {
        if (criteria == null || criteria.isEmpty() || criteria.size() > Indicator.values().length) {
            errors.add(new FieldProblem("criteria", "COUNT", "Kies 1 tot " + Indicator.values().length + " criteria."));
            return List.of();
        }
        List<CriterionView> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < criteria.size(); i++) {
            CriterionView c = criteria.get(i);
            String path = "criteria[" + i + "]";
            if (c == null || c.indicator() == null || Indicator.byCode(c.indicator()).isEmpty()) {
                errors.add(new FieldProblem(path + ".indicator", "UNKNOWN_INDICATOR", "Onbekende indicator."));
                continue;
            }
            if (!seen.add(c.indicator())) {
                errors.add(new FieldProblem(path + ".indicator", "DUPLICATE", "Deze indicator staat er al in."));
            }
            BigDecimal w = fraction(c.weight(), path + ".weight", errors);
            if (w != null) {
                sum = sum.add(w);
                out.add(new CriterionView(c.indicator(), w.stripTrailingZeros().toPlainString()));
            }
        }
        if (out.size() == criteria.size() && sum.compareTo(BigDecimal.ONE) != 0) {
            errors.add(new FieldProblem("criteria", "WEIGHTS_NOT_ONE",
                    "De gewichten tellen op tot " + sum.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString()
                            + "% in plaats van 100%."));
        }
        return out;
    }

    private @Nullable DraagkrachtView draagkracht(List<FieldProblem> errors) {
        if (draagkracht == null) {
            return null;
        }
        if (draagkracht.indicator() == null || Indicator.byCode(draagkracht.indicator()).isEmpty()) {
            errors.add(new FieldProblem("draagkracht.indicator", "UNKNOWN_INDICATOR", "Onbekende indicator."));
        }
        BigDecimal s = decimal(draagkracht.strength(), "draagkracht.strength", errors);
        if (s != null && (s.signum() < 0 || s.compareTo(BigDecimal.TEN) > 0)) {
            errors.add(new FieldProblem("draagkracht.strength", "RANGE", "De sterkte ligt tussen 0 en 10."));
        }
        return s == null ? null : new DraagkrachtView(draagkracht.indicator(), s.stripTrailingZeros().toPlainString());
    }

    private List<BoundView> bounds(Set<String> members, List<FieldProblem> errors) {
        List<BoundView> out = new ArrayList<>();
        if (bounds == null) {
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < bounds.size(); i++) {
            BoundView b = bounds.get(i);
            String path = "bounds[" + i + "]";
            if (b == null || b.municipality() == null || !members.contains(b.municipality())) {
                errors.add(new FieldProblem(path + ".municipality", "NOT_A_MEMBER", "Geen gemeente van deze regio."));
                continue;
            }
            if (!seen.add(b.municipality())) {
                errors.add(new FieldProblem(path + ".municipality", "DUPLICATE", "Deze gemeente heeft al een begrenzing."));
            }
            if (b.min() != null && b.minShare() != null || b.max() != null && b.maxShare() != null) {
                errors.add(new FieldProblem(path, "BOTH", "Geef een grens als aantal óf als aandeel, niet allebei."));
            }
            if (b.min() != null && (b.min() < 0 || b.min() > MAX_TOTAL) || b.max() != null && (b.max() < 0 || b.max() > MAX_TOTAL)) {
                errors.add(new FieldProblem(path, "RANGE", "Een grens is een geheel getal van 0 tot " + MAX_TOTAL + "."));
            }
            ShareView minShare = share(b.minShare(), path + ".minShare", errors);
            ShareView maxShare = share(b.maxShare(), path + ".maxShare", errors);
            if (b.min() == null && b.max() == null && minShare == null && maxShare == null) {
                continue; // an empty row in the editor: no bound
            }
            out.add(new BoundView(b.municipality(), b.min(), b.max(), minShare, maxShare));
        }
        return out;
    }

    private static @Nullable ShareView share(@Nullable ShareView s, String path, List<FieldProblem> errors) {
        if (s == null) {
            return null;
        }
        if (s.indicator() == null || Indicator.byCode(s.indicator()).isEmpty()) {
            errors.add(new FieldProblem(path + ".indicator", "UNKNOWN_INDICATOR", "Onbekende indicator."));
        }
        BigDecimal v = fraction(s.share(), path + ".share", errors);
        return v == null ? null : new ShareView(s.indicator(), v.stripTrailingZeros().toPlainString());
    }

    private static @Nullable BigDecimal fraction(@Nullable String text, String path, List<FieldProblem> errors) {
        BigDecimal v = decimal(text, path, errors);
        if (v != null && (v.signum() < 0 || v.compareTo(BigDecimal.ONE) > 0)) {
            errors.add(new FieldProblem(path, "RANGE", "Een aandeel ligt tussen 0 en 1 (0 en 100%)."));
            return null;
        }
        return v;
    }

    private static @Nullable BigDecimal decimal(@Nullable String text, String path, List<FieldProblem> errors) {
        try {
            BigDecimal v = new BigDecimal(text == null ? "" : text.trim());
            if (v.scale() > 9 || v.precision() > 20) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            errors.add(new FieldProblem(path, "NOT_A_NUMBER", "'" + text + "' is geen getal (gebruik een punt: 0.25)."));
            return null;
        }
    }
}
