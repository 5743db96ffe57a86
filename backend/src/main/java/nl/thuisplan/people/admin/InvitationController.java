package nl.thuisplan.people.admin;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemResponses;

/** Invitations: a new person with a membership and a single-use link to set a first password. */
@Controller("/api/admin")
@ProblemResponses
@Secured({"PLATFORM_ADMIN", "REGION_PROGRAMME_MANAGER"})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Beheer")
class InvitationController {

    private final InvitationService invitations;

    InvitationController(InvitationService invitations) {
        this.invitations = invitations;
    }

    @Post("/invitations")
    @ApiResponse(responseCode = "201", description = "Persoon uitgenodigd", useReturnTypeSchema = true)
    @Operation(operationId = "invitePerson", summary = "Iemand uitnodigen: persoon, lidmaatschap en een link van 7 dagen "
            + "(409 EMAIL_TAKEN, 403 ROLE_NOT_ALLOWED of SCOPE_NOT_ALLOWED)")
    HttpResponse<InvitationSent> invite(@Body @Valid InvitationRequest body, Authentication authentication) {
        return HttpResponse.created(invitations.invite(Caller.of(authentication), body));
    }

    @Post("/people/{id}/invitation")
    @ApiResponse(responseCode = "201", description = "Nieuwe uitnodiging verstuurd; eerdere links ingetrokken", useReturnTypeSchema = true)
    @Operation(operationId = "renewInvitation", summary = "De uitnodiging opnieuw sturen (nieuwe link, oude ingetrokken)")
    HttpResponse<InvitationSent> again(long id, Authentication authentication) {
        return HttpResponse.created(invitations.again(Caller.of(authentication), id));
    }

    @Delete("/people/{id}/invitation")
    @ApiResponse(responseCode = "204", description = "Open uitnodiging ingetrokken")
    @Operation(operationId = "revokeInvitation", summary = "De open uitnodiging intrekken")
    HttpResponse<Void> revoke(long id, Authentication authentication) {
        invitations.revoke(Caller.of(authentication), id);
        return HttpResponse.noContent();
    }
}
