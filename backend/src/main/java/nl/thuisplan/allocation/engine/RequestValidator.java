package nl.thuisplan.allocation.engine;

import static nl.thuisplan.allocation.engine.AllocationValidationException.Code.DUPLICATE;
import static nl.thuisplan.allocation.engine.AllocationValidationException.Code.MISSING_INDICATOR;
import static nl.thuisplan.allocation.engine.AllocationValidationException.Code.NEGATIVE;
import static nl.thuisplan.allocation.engine.AllocationValidationException.Code.REQUIRED;
import static nl.thuisplan.allocation.engine.AllocationValidationException.Code.UNKNOWN_INDICATOR;
import static nl.thuisplan.allocation.engine.AllocationValidationException.Code.WEIGHTS_NOT_ONE;
import static nl.thuisplan.allocation.engine.AllocationValidationException.Code.ZERO_TOTAL;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a request completely before any arithmetic, collecting every problem rather than the
 * first, so a user fixes a form in one go. Paths use the request's own indices (input order).
 */
final class RequestValidator {

    private final Errors errors = new Errors();
    private final AllocationRequest request;

    private RequestValidator(AllocationRequest request) {
        this.request = request;
    }

    static PreparedRequest validate(AllocationRequest request) {
        return new RequestValidator(request).run();
    }

    private PreparedRequest run() {
        if (request.total() < 0) {
            errors.add("total", NEGATIVE, "het totaal mag niet negatief zijn (" + request.total() + ")");
        }
        List<Criterion> criteria = request.criteria() == null ? List.of() : request.criteria();
        List<Unit> units = request.units() == null ? List.of() : request.units();
        if (criteria.isEmpty()) {
            errors.add("criteria", REQUIRED, "er is ten minste één criterium nodig");
        }
        if (units.isEmpty()) {
            errors.add("units", REQUIRED, "er is ten minste één gemeente nodig");
        }
        Set<String> known = checkUnits(units);
        checkCriteria(criteria, units, known);
        request.draagkracht().ifPresent(d -> checkDraagkracht(d, units, known));
        errors.throwIfAny();

        BoundResolver bounds = new BoundResolver(errors);
        List<PreparedUnit> prepared = new ArrayList<>();
        for (int k = 0; k < units.size(); k++) {
            prepared.add(bounds.prepare(k, units.get(k)));
        }
        errors.throwIfAny();
        prepared.sort(Comparator.comparing(PreparedUnit::id));
        return new PreparedRequest(request.total(), request.method(), List.copyOf(criteria), List.copyOf(prepared),
                request.draagkracht());
    }

    /** Ids present and unique, indicator values present and non-negative; returns all indicator names. */
    private Set<String> checkUnits(List<Unit> units) {
        Set<String> ids = new HashSet<>();
        Set<String> known = new HashSet<>();
        for (int k = 0; k < units.size(); k++) {
            Unit unit = units.get(k);
            // paths are built only on error: this loop runs for every indicator of every gemeente
            if (unit == null) {
                errors.add("units[" + k + "]", REQUIRED, "gemeente ontbreekt");
                continue;
            }
            if (unit.id() == null || unit.id().isBlank()) {
                errors.add("units[" + k + "].id", REQUIRED, "id ontbreekt");
            } else if (!ids.add(unit.id())) {
                errors.add("units[" + k + "].id", DUPLICATE, "id " + unit.id() + " komt meer dan eens voor");
            }
            if (unit.indicators() == null) {
                errors.add("units[" + k + "].indicators", REQUIRED, "indicatoren ontbreken");
                continue;
            }
            known.addAll(unit.indicators().keySet());
            for (Map.Entry<String, BigDecimal> e : unit.indicators().entrySet()) {
                if (e.getValue() == null) {
                    errors.add("units[" + k + "].indicators." + e.getKey(), REQUIRED, "waarde ontbreekt");
                } else if (e.getValue().signum() < 0) {
                    errors.add("units[" + k + "].indicators." + e.getKey(), NEGATIVE,
                            "waarde mag niet negatief zijn (" + Texts.dutch(e.getValue()) + ")");
                }
            }
        }
        return known;
    }

    private void checkCriteria(List<Criterion> criteria, List<Unit> units, Set<String> known) {
        Set<String> seen = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        boolean weightsComplete = true;
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            String path = "criteria[" + i + "]";
            if (c == null) {
                errors.add(path, REQUIRED, "criterium ontbreekt");
                weightsComplete = false;
                continue;
            }
            if (c.weight() == null) {
                errors.add(path + ".weight", REQUIRED, "gewicht ontbreekt");
                weightsComplete = false;
            } else if (c.weight().signum() < 0) {
                errors.add(path + ".weight", NEGATIVE, "gewicht mag niet negatief zijn (" + Texts.dutch(c.weight()) + ")");
                weightsComplete = false;
            } else {
                sum = sum.add(c.weight());
            }
            if (c.indicator() == null || c.indicator().isBlank()) {
                errors.add(path + ".indicator", REQUIRED, "indicator ontbreekt");
            } else if (!seen.add(c.indicator())) {
                errors.add(path + ".indicator", DUPLICATE, "indicator " + c.indicator() + " staat er al in");
            } else if (checkPresent(c.indicator(), path + ".indicator", units, known)
                    && sumOf(c.indicator(), units).signum() == 0) {
                errors.add(path + ".indicator", ZERO_TOTAL,
                        "indicator " + c.indicator() + " is bij alle gemeenten 0; een aandeel daarvan bestaat niet");
            }
        }
        // compareTo, not equals: 1.00 and 1 are the same weight sum
        if (weightsComplete && !criteria.isEmpty() && sum.compareTo(BigDecimal.ONE) != 0) {
            errors.add("criteria", WEIGHTS_NOT_ONE,
                    "de gewichten tellen op tot " + Texts.dutch(sum) + "; dat moet precies 1 zijn");
        }
    }

    private void checkDraagkracht(Draagkracht d, List<Unit> units, Set<String> known) {
        if (d.indicator() == null || d.indicator().isBlank()) {
            errors.add("draagkracht.indicator", REQUIRED, "indicator ontbreekt");
        } else {
            checkPresent(d.indicator(), "draagkracht.indicator", units, known);
        }
        if (d.strength() == null) {
            errors.add("draagkracht.strength", REQUIRED, "sterkte ontbreekt");
        } else if (d.strength().signum() < 0) {
            errors.add("draagkracht.strength", NEGATIVE, "sterkte mag niet negatief zijn");
        }
    }

    /**
     * An indicator no unit has is a typo in the reference; one that only some units lack is a gap
     * in those units' data, so the error goes where the fix is.
     */
    private boolean checkPresent(String indicator, String referencePath, List<Unit> units, Set<String> known) {
        if (!known.contains(indicator)) {
            errors.add(referencePath, UNKNOWN_INDICATOR, "onbekende indicator " + indicator);
            return false;
        }
        boolean complete = true;
        for (int k = 0; k < units.size(); k++) {
            Unit unit = units.get(k);
            if (unit != null && unit.indicators() != null && !unit.indicators().containsKey(indicator)) {
                errors.add("units[" + k + "].indicators." + indicator, MISSING_INDICATOR,
                        "waarde voor " + indicator + " ontbreekt");
                complete = false;
            }
        }
        return complete;
    }

    private static BigDecimal sumOf(String indicator, List<Unit> units) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Unit unit : units) {
            BigDecimal v = unit == null || unit.indicators() == null ? null : unit.indicators().get(indicator);
            // negative values are reported on their own; they must not fake a zero total
            sum = v == null || v.signum() < 0 ? sum : sum.add(v);
        }
        return sum;
    }
}
