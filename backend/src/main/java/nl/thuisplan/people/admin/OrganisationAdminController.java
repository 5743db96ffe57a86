package nl.thuisplan.people.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemResponses;
import nl.thuisplan.people.OrganisationKind;
import nl.thuisplan.people.admin.OrganisationAdminViews.LoginPolicyChange;
import nl.thuisplan.people.admin.OrganisationAdminViews.NewOrganisation;
import nl.thuisplan.people.admin.OrganisationAdminViews.OrganisationChange;
import nl.thuisplan.people.admin.OrganisationAdminViews.OrganisationPage;
import nl.thuisplan.people.admin.OrganisationAdminViews.OrganisationView;

/** Organisations for the platform beheerder and, within its region, the regio beheerder ({@link OrganisationAdminService}). */
@Controller("/api/v1/admin/organisations")
@ProblemResponses
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Beheer")
class OrganisationAdminController {

    private final OrganisationAdminService service;

    OrganisationAdminController(OrganisationAdminService service) {
        this.service = service;
    }

    @Get
    @Operation(operationId = "listAdminOrganisations", summary = "Organisaties (beheerder; een regiobeheerder ziet die in zijn regio)")
    OrganisationPage list(@QueryValue @Nullable OrganisationKind kind, @QueryValue @Nullable String regionCode,
                          @QueryValue @Nullable String q, @QueryValue @Nullable Integer limit, @QueryValue @Nullable Integer offset,
                          Authentication auth) {
        return service.list(Caller.of(auth), kind, regionCode, q, limit, offset);
    }

    @Get("/{id}")
    @Operation(operationId = "getAdminOrganisation", summary = "Eén organisatie (beheerder)")
    OrganisationView get(long id, Authentication auth) {
        return service.get(Caller.of(auth), id);
    }

    @ApiResponse(responseCode = "201", description = "Aangemaakt", useReturnTypeSchema = true)
    @Post
    @Operation(operationId = "createAdminOrganisation", summary = "Een woningcorporatie of zorgaanbieder toevoegen "
            + "(beheerder; een regiobeheerder alleen in zijn eigen regio)")
    HttpResponse<OrganisationView> create(@Body @Valid NewOrganisation body, Authentication auth) {
        return HttpResponse.status(HttpStatus.CREATED).body(service.create(Caller.of(auth), body));
    }

    @Put("/{id}")
    @Operation(operationId = "changeAdminOrganisation", summary = "Naam, KvK-nummer en regio's van een partner wijzigen (beheerder)")
    OrganisationView change(long id, @Body @Valid OrganisationChange body, Authentication auth) {
        return service.change(Caller.of(auth), id, body);
    }

    @Put("/{id}/login-policy")
    @Operation(operationId = "changeAdminOrganisationLoginPolicy", summary = "Inlogbeleid van een organisatie: "
            + "tweestapsverificatie verplicht, inloggen met wachtwoord toegestaan (beheerder)")
    OrganisationView changeLoginPolicy(long id, @Body @Valid LoginPolicyChange body, Authentication auth) {
        return service.changeLoginPolicy(Caller.of(auth), id, body);
    }
}
