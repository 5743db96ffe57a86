package nl.thuisplan.common;

import io.micronaut.http.HttpStatus;
import java.util.List;

/** Thrown by features for any failure the caller should see as a problem response. */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final List<FieldProblem> fields;
    private final Object current;
    private final List<?> errors;
    private List<String> allowedActions;

    public ProblemException(HttpStatus status, String code, String detail, List<FieldProblem> fields) {
        super(detail);
        this.status = status;
        this.code = code;
        this.fields = List.copyOf(fields);
        this.current = null;
        this.errors = null;
    }

    /** A conflict that carries the server's current state of the resource. */
    public ProblemException(HttpStatus status, String code, String detail, Object current) {
        super(detail);
        this.status = status;
        this.code = code;
        this.fields = List.of();
        this.current = current;
        this.errors = null;
    }

    /** A rejected file: every error carries its row and column. */
    public ProblemException(HttpStatus status, String code, String detail, List<?> errors, boolean fileErrors) {
        super(detail);
        this.status = status;
        this.code = code;
        this.fields = List.of();
        this.current = null;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException badInput(String field, String code, String message) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "De invoer is niet geldig.",
                List.of(new FieldProblem(field, code, message)));
    }

    public ProblemException(HttpStatus status, String code, String detail) {
        this(status, code, detail, List.of());
    }

    /** Not found, and also what a caller gets for something outside its scope: no existence leak. */
    public static ProblemException notFound(String what) {
        return new ProblemException(HttpStatus.NOT_FOUND, "NOT_FOUND", what + " niet gevonden.");
    }

    /**
     * Not found because it does not exist yet, with what the caller may do to create it (the workflow's
     * decision), so a client offers "start" without role rules of its own.
     */
    public static ProblemException notYetCreated(String what, List<? extends Enum<?>> allowedActions) {
        ProblemException e = notFound(what);
        e.allowedActions = allowedActions.stream().map(Enum::name).toList();
        return e;
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(HttpStatus.FORBIDDEN, "FORBIDDEN", detail);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<FieldProblem> fields() {
        return fields;
    }

    public Object current() {
        return current;
    }

    public List<?> errors() {
        return errors;
    }

    /** Null unless {@link #notYetCreated} set it. */
    public List<String> allowedActions() {
        return allowedActions;
    }
}
