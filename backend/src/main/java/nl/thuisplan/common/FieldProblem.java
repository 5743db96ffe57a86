package nl.thuisplan.common;

import io.micronaut.serde.annotation.Serdeable;

/** One failing input field: its path, a stable code and a Dutch message. */
@Serdeable
public record FieldProblem(String field, String code, String message) {
}
