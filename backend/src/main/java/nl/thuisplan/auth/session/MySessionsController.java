package nl.thuisplan.auth.session;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
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
import java.util.List;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemResponses;

/** The caller's own sessions, e.g. to end them all after losing a laptop. */
@Controller("/api/v1/me/sessions")
@ProblemResponses
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Authenticatie")
class MySessionsController {

    private final SessionService sessions;

    MySessionsController(SessionService sessions) {
        this.sessions = sessions;
    }

    @Get
    @Operation(operationId = "listMySessions", summary = "Mijn actieve sessies (ingelogde browsers)")
    List<SessionView> list(Authentication authentication) {
        return sessions.mine(authentication);
    }

    @Post("/revoke-all")
    @ApiResponse(responseCode = "204", description = "Alle sessies beëindigd, ook deze")
    @Operation(operationId = "revokeAllMySessions", summary = "Al mijn sessies beëindigen, ook deze; "
            + "een access token blijft hooguit 15 minuten geldig")
    HttpResponse<Void> revokeAll(Authentication authentication) {
        sessions.revokeMine(Caller.of(authentication));
        return HttpResponse.noContent();
    }
}
