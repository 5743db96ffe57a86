package nl.thuisplan.auth.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemResponses;

/**
 * Logout for bearer tokens: the client sends its refresh token and the session it belongs to is
 * revoked, so no new access token can be had with it. Micronaut Security's own logout endpoint stays
 * disabled: it only clears cookies, which this API does not use.
 */
@Controller("/api/v1/auth/logout")
@ProblemResponses
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Inloggen")
class LogoutController {

    @Serdeable
    record LogoutRequest(@JsonProperty("refresh_token") @NotBlank String refreshToken) {
    }

    private final SessionService sessions;

    LogoutController(SessionService sessions) {
        this.sessions = sessions;
    }

    @Post
    @ApiResponse(responseCode = "204", description = "Uitgelogd (ook als de sessie al beëindigd was)")
    @Operation(operationId = "logout", summary = "Uitloggen: de sessie van het refresh token wordt beëindigd; "
            + "het access token verloopt binnen 15 minuten vanzelf")
    HttpResponse<Void> logout(@Body @Valid LogoutRequest body, Authentication authentication) {
        sessions.logout(Caller.of(authentication), body.refreshToken());
        return HttpResponse.noContent();
    }
}
