package nl.thuisplan.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import io.micronaut.security.token.render.BearerAccessRefreshToken;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import nl.thuisplan.common.ProblemResponses;

/**
 * Switches the session to another of the person's memberships. The answer is a fresh token pair in
 * the login's shape, made by Micronaut's own generator so the refresh token is stored (with its
 * membership) exactly as a login's is.
 */
@Controller("/api/v1/me/active-membership")
@ProblemResponses
@Tag(name = "Authenticatie")
class ActiveMembershipController {

    private final ActiveMemberships memberships;
    private final AccessRefreshTokenGenerator generator;

    ActiveMembershipController(ActiveMemberships memberships, AccessRefreshTokenGenerator generator) {
        this.memberships = memberships;
        this.generator = generator;
    }

    @Serdeable
    record SwitchRequest(@NotNull Long membershipId) {
    }

    /** The same fields, in the same spelling, as the login's answer. */
    @Serdeable
    record TokenPair(@JsonProperty("access_token") String accessToken,
                     @JsonProperty("refresh_token") String refreshToken,
                     @JsonProperty("token_type") String tokenType,
                     @JsonProperty("expires_in") Integer expiresIn,
                     String username, List<String> roles) {
    }

    @Post
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(operationId = "switchActiveMembership",
            summary = "Wissel naar een ander eigen lidmaatschap; geeft nieuwe tokens zoals het inloggen")
    @ApiResponse(responseCode = "200", description = "Nieuwe tokens voor het gekozen lidmaatschap")
    @ApiResponse(responseCode = "409", description = "Het lidmaatschap is vandaag niet geldig (MEMBERSHIP_NOT_ACTIVE)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    TokenPair switchTo(Authentication authentication, @Body @Valid SwitchRequest body) {
        Authentication switched = memberships.switchTo(authentication.getName(), body.membershipId());
        AccessRefreshToken tokens = generator.generate(switched)
                .orElseThrow(() -> new IllegalStateException("No token generated"));
        List<String> roles = tokens instanceof BearerAccessRefreshToken bearer ? List.copyOf(bearer.getRoles())
                : List.copyOf(switched.getRoles());
        return new TokenPair(tokens.getAccessToken(), tokens.getRefreshToken(), tokens.getTokenType(), tokens.getExpiresIn(),
                switched.getName(), roles);
    }
}
