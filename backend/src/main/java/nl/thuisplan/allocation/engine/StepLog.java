package nl.thuisplan.allocation.engine;

import java.util.ArrayList;
import java.util.List;

/** Numbers steps in the order the computation takes them. */
final class StepLog {

    private final List<Step> steps = new ArrayList<>();

    void unit(StepKind kind, String unitId, Rational value, String valueText, String text) {
        add(kind, unitId, value, valueText, null, text);
    }

    void global(StepKind kind, Rational value, String text) {
        add(kind, null, value, value == null ? null : Texts.number(value), null, text);
    }

    void add(StepKind kind, String unitId, Rational value, String valueText, Tie tie, String text) {
        steps.add(new Step(steps.size() + 1, kind, unitId, value, valueText, tie, text));
    }

    List<Step> steps() {
        return steps;
    }
}
