package nl.thuisplan.auth.password;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.thuisplan.common.Problem;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.ProblemResponses;

/**
 * Passwords: the policy (anonymous, for the pages' hint), changing one's own (logged in), and
 * asking for a reset link (anonymous; always 202, so nobody learns which addresses have an account).
 * Anonymous operations carry an empty security requirement in the API document ({@code security: [{}]}).
 */
@Controller("/api/v1")
@ProblemResponses
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Wachtwoorden")
class PasswordController {

    private final PasswordPolicy policy;
    private final PasswordChange change;
    private final PasswordReset reset;

    PasswordController(PasswordPolicy policy, PasswordChange change, PasswordReset reset) {
        this.policy = policy;
        this.change = change;
        this.reset = reset;
    }

    @Serdeable
    record PolicyView(int minLength, int maxLength) {
    }

    @Serdeable
    record ChangePasswordInput(@Nullable String currentPassword, @Nullable String newPassword) {
    }

    @Serdeable
    record ResetInput(@Nullable String email) {
    }

    @Get("/auth/password-policy")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @SecurityRequirement(name = "")
    @Operation(operationId = "getPasswordPolicy", summary = "Waaraan een nieuw wachtwoord moet voldoen (minimale en maximale lengte)")
    PolicyView policy() {
        return new PolicyView(policy.minLength(), PasswordPolicy.MAX_LENGTH);
    }

    @Post("/me/password")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @ApiResponse(responseCode = "204", description = "Wachtwoord gewijzigd")
    @ApiResponse(responseCode = "423", description = "Tijdelijk geblokkeerd na te veel mislukte pogingen (LOGIN_LOCKED)",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @Operation(operationId = "changeMyPassword", summary = "Het eigen wachtwoord wijzigen; een onjuist huidig wachtwoord "
            + "(400 PASSWORD_WRONG) telt als mislukte inlogpoging. Nieuw wachtwoord: PASSWORD_TOO_SHORT, PASSWORD_TOO_COMMON")
    HttpResponse<Void> changeMine(@Body ChangePasswordInput body, Authentication auth) {
        change.change(auth.getName(), body.currentPassword(), body.newPassword());
        return HttpResponse.noContent();
    }

    @Post("/auth/password-reset")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @SecurityRequirement(name = "")
    @ApiResponse(responseCode = "202", description = "Aangenomen; als het adres bekend is, gaat er een mail met een link (1 uur geldig)")
    @Operation(operationId = "requestPasswordReset", summary = "Een link voor een nieuw wachtwoord aanvragen; "
            + "het antwoord is altijd 202, ook voor een onbekend adres")
    HttpResponse<Void> requestReset(@Body ResetInput body) {
        String email = body.email() == null ? "" : body.email().trim();
        if (email.isEmpty() || email.length() > 254 || !email.contains("@")) {
            throw ProblemException.badInput("email", "EMAIL_INVALID", "Vul een geldig e-mailadres in.");
        }
        reset.request(email);
        return HttpResponse.accepted();
    }
}
