package nl.thuisplan.people.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
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
@Controller("/api/v1/admin")
@ProblemResponses
@Secured({"PLATFORM_ADMIN", "REGION_PROGRAMME_MANAGER"})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Beheer")
class InvitationController {

    private final InvitationService invitations;
    private final InvitationBulk bulk;

    InvitationController(InvitationService invitations, InvitationBulk bulk) {
        this.invitations = invitations;
        this.bulk = bulk;
    }

    @Post("/invitations")
    @ApiResponse(responseCode = "201", description = "Persoon uitgenodigd", useReturnTypeSchema = true)
    @Operation(operationId = "invitePerson", summary = "Iemand uitnodigen: persoon, lidmaatschap en een link van 7 dagen "
            + "(409 EMAIL_TAKEN, 403 ROLE_NOT_ALLOWED of SCOPE_NOT_ALLOWED)")
    HttpResponse<InvitationSent> invite(@Body @Valid InvitationRequest body, Authentication authentication) {
        return HttpResponse.created(invitations.invite(Caller.of(authentication), body));
    }

    @Post(value = "/invitations/bulk{?dryRun}", consumes = MediaType.MULTIPART_FORM_DATA)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @ApiResponse(responseCode = "422", description = "Het bestand heeft fouten; niemand is uitgenodigd (INVITATION_IMPORT_INVALID met "
            + "errors: rij, kolom, code, melding)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @Operation(operationId = "bulkInvite", summary = "Uitnodigen vanuit CSV/XLSX (kolommen email, naam, organisatie, rol, regio, "
            + "beheert_mensen, geldig_vanaf, geldig_tot; ten hoogste 500 rijen); dryRun=true (standaard) controleert alleen. "
            + "Alles of niets.")
    InvitationBulkResult bulk(@Part("file") CompletedFileUpload file, @Nullable @QueryValue Boolean dryRun,
                              Authentication authentication) {
        try {
            return bulk.invite(Caller.of(authentication), file.getBytes(), dryRun == null || dryRun);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
