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
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import nl.thuisplan.auth.link.LinkPurpose;
import nl.thuisplan.common.Problem;
import nl.thuisplan.common.ProblemResponses;

/**
 * Single-use links, anonymous (the token is the credential): whom a link is for, and setting the
 * password with it. Every failing link answers 410 {@code LINK_INVALID}.
 */
@Controller("/api/v1/auth/links/{token}")
@ProblemResponses
@Secured(SecurityRule.IS_ANONYMOUS)
@SecurityRequirement(name = "")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Wachtwoorden")
@ApiResponse(responseCode = "410", description = "Link verlopen, gebruikt, ingetrokken of onbekend (LINK_INVALID)",
        content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
class LinkController {

    private final LinkPasswords passwords;

    LinkController(LinkPasswords passwords) {
        this.passwords = passwords;
    }

    @Serdeable
    record LinkView(LinkPurpose purpose, String email, String displayName, Instant expiresAt) {
    }

    @Serdeable
    record SetPasswordInput(@Nullable String password) {
    }

    @Get
    @Operation(operationId = "getLink", summary = "Voor wie een link is (doel, e-mailadres, naam, geldig tot)")
    LinkView get(String token) {
        LinkPasswords.LinkInfo info = passwords.describe(token);
        return new LinkView(info.purpose(), info.email(), info.displayName(), info.expiresAt());
    }

    @Post("/password")
    @ApiResponse(responseCode = "204", description = "Wachtwoord ingesteld; de link is gebruikt")
    @Operation(operationId = "setPasswordWithLink", summary = "Een wachtwoord instellen met de link: gebruikt de link, "
            + "heft een blokkade op en beëindigt de sessies van de persoon (PASSWORD_TOO_SHORT, PASSWORD_TOO_COMMON)")
    HttpResponse<Void> setPassword(String token, @Body SetPasswordInput body) {
        passwords.setPassword(token, body.password());
        return HttpResponse.noContent();
    }
}
