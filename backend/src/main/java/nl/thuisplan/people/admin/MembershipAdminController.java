package nl.thuisplan.people.admin;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
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

/** A person's memberships: add one, or end one (set validTo); never deleted. */
@Controller("/api/v1/admin")
@ProblemResponses
@Secured({"PLATFORM_ADMIN", "REGION_PROGRAMME_MANAGER"})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Beheer")
class MembershipAdminController {

    private final MembershipAdminService memberships;

    MembershipAdminController(MembershipAdminService memberships) {
        this.memberships = memberships;
    }

    @Post("/people/{id}/memberships")
    @ApiResponse(responseCode = "201", description = "Lidmaatschap toegevoegd", useReturnTypeSchema = true)
    @Operation(operationId = "addMembership", summary = "Een lidmaatschap toevoegen (409 MEMBERSHIP_OVERLAPS, "
            + "403 ROLE_NOT_ALLOWED of SCOPE_NOT_ALLOWED)")
    HttpResponse<MembershipView> add(long id, @Body @Valid MembershipRequest body, Authentication authentication) {
        return HttpResponse.created(memberships.add(Caller.of(authentication), id, body));
    }

    @Put("/memberships/{id}")
    @Operation(operationId = "updateMembership", summary = "Een lidmaatschap beëindigen (validTo) of managesPeople wijzigen "
            + "(409 VERSION_CONFLICT)")
    MembershipView update(long id, @Body @Valid MembershipChange body, Authentication authentication) {
        return memberships.change(Caller.of(authentication), id, body);
    }
}
