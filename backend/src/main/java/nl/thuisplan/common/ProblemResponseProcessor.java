package nl.thuisplan.common;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import nl.thuisplan.common.input.InputRefusals;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Turns every error the framework or a feature raises into {@code application/problem+json}:
 * a stable code, a Dutch detail and, for validation, the failing fields. Never a stack trace.
 * Replaces Micronaut's default processor (which steps aside when another one exists).
 */
@Singleton
class ProblemResponseProcessor implements ErrorResponseProcessor<Problem> {

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        context.getRootCause().flatMap(InputRefusals::find).ifPresent(p -> response.status(p.status()));
        int status = response.status().getCode();
        // one place for database outages, whichever handler or exception the failure reached us through
        Problem problem = status >= 500 && context.getRootCause().filter(DatabaseUnavailable::causedBy).isPresent()
                ? DatabaseUnavailable.answer(response)
                : toProblem(context, status);
        @SuppressWarnings("unchecked")
        MutableHttpResponse<Problem> typed = (MutableHttpResponse<Problem>) response;
        if (context.getRequest().getMethod() == HttpMethod.HEAD) {
            return typed;
        }
        return typed.body(problem).contentType(Problem.CONTENT_TYPE);
    }

    private Problem toProblem(ErrorContext context, int status) {
        Optional<Throwable> cause = context.getRootCause();
        // a refusal raised while the body is read (nl.thuisplan.common.input) arrives wrapped by the decoder
        Optional<ProblemException> refused = cause.flatMap(InputRefusals::find);
        if (refused.isPresent()) {
            ProblemException p = refused.get();
            return Problem.of(status, title(status), p.code(), p.getMessage(), p.fields(), p.current(), p.errors(),
                    p.allowedActions());
        }
        if (cause.isPresent() && cause.get() instanceof ConstraintViolationException cve) {
            return Problem.of(400, title(400), "VALIDATION_FAILED", "De invoer is niet geldig.", fields(cve));
        }
        if (cause.isPresent() && cause.get() instanceof ConversionErrorException conversion) {
            String field = conversion.getArgument().getName();
            return Problem.of(400, title(400), "VALIDATION_FAILED", "De invoer is niet geldig.",
                    List.of(new FieldProblem(field, "INVALID_FORMAT", "Waarde heeft niet de juiste vorm.")));
        }
        return switch (status) {
            case 400 -> Problem.of(400, title(400), "BAD_REQUEST",
                    "Het verzoek kon niet worden gelezen.", requestFields(context));
            case 401 -> Problem.of(401, title(401), "UNAUTHENTICATED", "Log eerst in.", null);
            case 403 -> Problem.of(403, title(403), "FORBIDDEN", "U heeft geen toegang tot deze gegevens.", null);
            case 404 -> Problem.of(404, title(404), "NOT_FOUND", "Niet gevonden.", null);
            case 405 -> Problem.of(405, title(405), "METHOD_NOT_ALLOWED", "Deze bewerking is hier niet toegestaan.", null);
            case 413 -> Problem.of(413, title(413), "PAYLOAD_TOO_LARGE", "Het verzoek is te groot.", null);
            case 415 -> Problem.of(415, title(415), "UNSUPPORTED_MEDIA_TYPE", "Dit type inhoud wordt niet ondersteund.", null);
            default -> status >= 500
                    ? Problem.of(status, title(status), "INTERNAL_ERROR",
                            "Er ging iets mis aan onze kant. Probeer het later opnieuw.", null)
                    : Problem.of(status, title(status), "HTTP_" + status, "Het verzoek is niet verwerkt.", null);
        };
    }

    /** Errors Micronaut raises while binding the request (malformed JSON, a missing body). */
    private static List<FieldProblem> requestFields(ErrorContext context) {
        List<FieldProblem> fields = new ArrayList<>();
        for (Error error : context.getErrors()) {
            error.getPath().ifPresent(path -> fields.add(
                    new FieldProblem(path, "INVALID", "Waarde ontbreekt of heeft niet de juiste vorm.")));
        }
        return fields;
    }

    private static List<FieldProblem> fields(ConstraintViolationException cve) {
        return cve.getConstraintViolations().stream()
                .map(v -> new FieldProblem(fieldName(v), constraintCode(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
    }

    /** "login.command.username" -> "username": the client knows its own fields, not our methods. */
    private static String fieldName(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length)) : path;
    }

    private static String constraintCode(ConstraintViolation<?> v) {
        String annotation = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (annotation) {
            case "NotNull", "NotBlank", "NotEmpty" -> "REQUIRED";
            case "Size" -> "SIZE";
            case "Min", "Max", "Positive", "PositiveOrZero", "DecimalMin", "DecimalMax" -> "OUT_OF_RANGE";
            case "Pattern" -> "INVALID_FORMAT";
            default -> annotation.toUpperCase();
        };
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Ongeldig verzoek";
            case 401 -> "Niet ingelogd";
            case 403 -> "Geen toegang";
            case 404 -> "Niet gevonden";
            case 409 -> "Conflict";
            case 413 -> "Te groot";
            case 422 -> "Niet verwerkbaar";
            case 423 -> "Geblokkeerd";
            default -> status >= 500 ? "Serverfout" : "Fout";
        };
    }
}
