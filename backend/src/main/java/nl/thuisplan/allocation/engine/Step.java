package nl.thuisplan.allocation.engine;

/**
 * One line of the audit trail, numbered from 1. {@code text} is Dutch and self-contained; the
 * structured fields carry the same facts for a machine: {@code unitId} (null for steps about all
 * units), {@code value} (exact, meaning per {@link StepKind}; null for an infinite priority),
 * {@code valueText} (value as shown in the text) and {@code tie} (null unless a tie was decided).
 */
public record Step(int number, StepKind kind, String unitId, Rational value, String valueText, Tie tie,
                   String text) {
}
