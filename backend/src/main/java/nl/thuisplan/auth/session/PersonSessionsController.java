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

/** A person's sessions for the beheerder (who may ask: {@link SessionService}). */
@Controller("/api/v1/admin/people/{userId}/sessions")
@ProblemResponses
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Beheer")
class PersonSessionsController {

    private final SessionService sessions;

    PersonSessionsController(SessionService sessions) {
        this.sessions = sessions;
    }

    @Get
    @Operation(operationId = "listPersonSessions", summary = "De actieve sessies van een persoon (beheerder)")
    List<SessionView> list(long userId, Authentication authentication) {
        return sessions.ofPerson(Caller.of(authentication), userId);
    }

    @Post("/revoke-all")
    @ApiResponse(responseCode = "204", description = "Alle sessies van de persoon beëindigd")
    @Operation(operationId = "revokeAllPersonSessions", summary = "Alle sessies van een persoon beëindigen (beheerder); "
            + "vernieuwen lukt meteen niet meer, een access token verloopt binnen 15 minuten")
    HttpResponse<Void> revokeAll(long userId, Authentication authentication) {
        sessions.revokeAllOfPerson(Caller.of(authentication), userId);
        return HttpResponse.noContent();
    }
}
