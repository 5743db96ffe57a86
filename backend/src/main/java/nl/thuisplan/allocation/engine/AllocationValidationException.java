package nl.thuisplan.allocation.engine;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The request itself is wrong. Carries every problem found, each with the path of the field in the
 * request ({@code criteria[1].weight}, {@code units[3].indicators.lettings}), a stable code and a
 * Dutch message, so an API can answer 400 with the fields to fix.
 */
public final class AllocationValidationException extends IllegalArgumentException {

    public enum Code {
        REQUIRED, NEGATIVE, WEIGHTS_NOT_ONE, DUPLICATE, UNKNOWN_INDICATOR, MISSING_INDICATOR, ZERO_TOTAL,
        MIN_ABOVE_MAX
    }

    public record FieldError(String field, Code code, String message) {
    }

    private final transient List<FieldError> errors;

    public AllocationValidationException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Path of the first problem; convenient when there is only one. */
    public String field() {
        return errors.get(0).field();
    }
}
