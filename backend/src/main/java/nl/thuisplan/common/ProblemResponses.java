package nl.thuisplan.common;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * For the API document only: the problems ({@link ProblemResponseProcessor}) every endpoint of a
 * controller carrying this can answer. Put on each API controller, so the generated frontend types
 * know the error shape without listing it per method. Other statuses (409 on a stale lockVersion with
 * {@code current}, 422 on a rejected file with {@code errors}, 423, 413) carry the same body.
 * No "default" response: micronaut-openapi would take it for the success response.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ApiResponse(responseCode = "400", description = "Ongeldige invoer (VALIDATION_FAILED met fields, BAD_REQUEST)",
        content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "401", description = "Niet ingelogd of token verlopen (UNAUTHENTICATED)",
        content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "403", description = "Geen toegang voor deze rol (FORBIDDEN)",
        content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "404", description = "Niet gevonden, ook buiten het eigen bereik (NOT_FOUND)",
        content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
public @interface ProblemResponses {
}
