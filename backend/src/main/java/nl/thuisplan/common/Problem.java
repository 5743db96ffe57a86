package nl.thuisplan.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The body of every error response (RFC 9457), with a stable {@code code} clients can rely on and,
 * for validation errors, the failing fields.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String code,
                      @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) List<FieldProblem> fields,
                      @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) @io.micronaut.core.annotation.Nullable Object current,
                      @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) @io.micronaut.core.annotation.Nullable List<?> errors,
                      @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, description =
                              "Op een 404 omdat iets nog niet bestaat: wat de aanroeper mag doen om het te maken, "
                                      + "bijvoorbeeld [\"START\"] of []; ontbreekt bij andere fouten.")
                      @JsonInclude(JsonInclude.Include.NON_NULL) @io.micronaut.core.annotation.Nullable
                      List<String> allowedActions) {

    public static final String CONTENT_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String code, String detail, List<FieldProblem> fields) {
        return of(status, title, code, detail, fields, null, null, null);
    }

    /** {@code current}: for a conflict, the state the server holds now, so the client can let the user choose. */
    /** {@code errors}: for a rejected file, every error with its row and column. */
    /** {@code allowedActions}: for something that does not exist yet, what the caller may do to create it. */
    public static Problem of(int status, String title, String code, String detail, List<FieldProblem> fields, Object current,
                             List<?> errors, List<String> allowedActions) {
        return new Problem("https://thuisplan.nl/problems/" + code.toLowerCase().replace('_', '-'),
                title, status, detail, code, fields == null ? List.of() : fields, current, errors, allowedActions);
    }
}
