package nl.thuisplan.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
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
import java.util.UUID;
import nl.thuisplan.auth.browser.BrowserSessions;
import nl.thuisplan.auth.session.RefreshTokens;
import nl.thuisplan.common.ProblemResponses;

/**
 * Switches the session to another of the person's memberships. The answer is a fresh token pair in
 * the login's shape, made by Micronaut's own generator so the refresh token is stored (with its
 * membership) exactly as a login's is. A browser session (no {@code Authorization} header: the access token
 * came from its cookie) gets its new tokens as cookies instead ({@link BrowserSessions#start}), and the
 * answer's token fields are null: tokens never reach the page's script.
 */
@Controller("/api/v1/me/active-membership")
@ProblemResponses
@Tag(name = "Authenticatie")
class ActiveMembershipController {

    private final ActiveMemberships memberships;
    private final AccessRefreshTokenGenerator generator;
    private final BrowserSessions browserSessions;

    ActiveMembershipController(ActiveMemberships memberships, AccessRefreshTokenGenerator generator,
                               BrowserSessions browserSessions) {
        this.memberships = memberships;
        this.generator = generator;
        this.browserSessions = browserSessions;
    }

    @Serdeable
    record SwitchRequest(@NotNull Long membershipId) {
    }

    /** The same fields, in the same spelling, as the login's answer. */
    @Serdeable
    record TokenPair(@JsonProperty("access_token") @Nullable String accessToken,
                     @JsonProperty("refresh_token") @Nullable String refreshToken,
                     @JsonProperty("token_type") String tokenType,
                     @JsonProperty("expires_in") @Nullable Integer expiresIn,
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
    MutableHttpResponse<TokenPair> switchTo(HttpRequest<?> request, Authentication authentication,
                                            @Body @Valid SwitchRequest body) {
        Authentication chosen = memberships.switchTo(authentication.getName(), body.membershipId());
        if (!request.getHeaders().contains(HttpHeaders.AUTHORIZATION)) {
            return browserSessions.start(chosen, request, HttpResponse.ok(new TokenPair(null, null, "Cookie", null,
                    chosen.getName(), List.copyOf(chosen.getRoles()))));
        }
        // a new session (claim sid): every access token names the session it lives by (SessionLiveness)
        Authentication switched = RefreshTokens.inSession(chosen, UUID.randomUUID().toString());
        AccessRefreshToken tokens = generator.generate(switched)
                .orElseThrow(() -> new IllegalStateException("No token generated"));
        List<String> roles = tokens instanceof BearerAccessRefreshToken bearer ? List.copyOf(bearer.getRoles())
                : List.copyOf(switched.getRoles());
        return HttpResponse.ok(new TokenPair(tokens.getAccessToken(), tokens.getRefreshToken(), tokens.getTokenType(),
                tokens.getExpiresIn(), switched.getName(), roles));
    }
}
