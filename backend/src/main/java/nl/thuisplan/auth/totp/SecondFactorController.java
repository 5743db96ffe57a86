package nl.thuisplan.auth.totp;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.thuisplan.common.ProblemResponses;

/**
 * The caller's own second factor (TOTP). Start gives the secret and its otpauth URI once; confirming with a
 * code of the app switches it on and gives the ten recovery codes once. Switching it off and new recovery
 * codes need a current code, so a session left open on someone's desk cannot do either.
 */
@Controller("/api/v1/me/second-factor")
@ProblemResponses
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Authenticatie")
class SecondFactorController {

    private final SecondFactors factors;

    SecondFactorController(SecondFactors factors) {
        this.factors = factors;
    }

    @Get
    @Operation(operationId = "getMySecondFactor", summary = "Mijn tweestapsverificatie: aan of uit, resterende herstelcodes, "
            + "wat mijn organisatie vereist")
    SecondFactorViews.Status status(Authentication authentication) {
        return factors.status(authentication.getName());
    }

    @Post
    @ApiResponse(responseCode = "201", description = "Gestart; het geheim wordt alleen nu getoond", useReturnTypeSchema = true)
    @Operation(operationId = "startMySecondFactor", summary = "Tweestapsverificatie instellen: een nieuw geheim voor de "
            + "authenticator-app (QR-code), eenmalig getoond")
    HttpResponse<SecondFactorViews.Enrolment> start(Authentication authentication) {
        return HttpResponse.status(HttpStatus.CREATED).body(factors.start(authentication.getName()));
    }

    @Post("/confirm")
    @Operation(operationId = "confirmMySecondFactor", summary = "Tweestapsverificatie aanzetten met een code uit de app; "
            + "geeft eenmalig de tien herstelcodes")
    SecondFactorViews.RecoveryCodes confirm(@Body @Valid SecondFactorViews.CodeInput body, Authentication authentication) {
        return factors.confirm(authentication.getName(), body.code());
    }

    @Delete
    @ApiResponse(responseCode = "204", description = "Uitgezet")
    @Operation(operationId = "disableMySecondFactor", summary = "Tweestapsverificatie uitzetten (met een actuele code; "
            + "niet als de organisatie haar vereist)")
    HttpResponse<Void> disable(@Body @Valid SecondFactorViews.CodeInput body, Authentication authentication) {
        factors.disable(authentication.getName(), body.code());
        return HttpResponse.noContent();
    }

    @Post("/recovery-codes")
    @Operation(operationId = "renewMyRecoveryCodes", summary = "Nieuwe herstelcodes (met een actuele code); de oude vervallen")
    SecondFactorViews.RecoveryCodes renew(@Body @Valid SecondFactorViews.CodeInput body, Authentication authentication) {
        return factors.renewRecoveryCodes(authentication.getName(), body.code());
    }
}
