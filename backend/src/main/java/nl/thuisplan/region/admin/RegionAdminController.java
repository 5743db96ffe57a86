package nl.thuisplan.region.admin;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemResponses;
import nl.thuisplan.region.admin.RegionAdminViews.AdminRegion;
import nl.thuisplan.region.admin.RegionAdminViews.MemberChange;
import nl.thuisplan.region.admin.RegionAdminViews.NewMember;
import nl.thuisplan.region.admin.RegionAdminViews.NewRegion;
import nl.thuisplan.region.admin.RegionAdminViews.NewSubregion;
import nl.thuisplan.region.admin.RegionAdminViews.Ref;
import nl.thuisplan.region.admin.RegionAdminViews.RegionMember;

/**
 * Regions, deelregio's and the municipalities' membership periods, without a migration: the platform
 * beheerder changes them, a regio beheerder reads its own region ({@link RegionAdminService}).
 */
@Controller("/api/v1/admin/regions")
@ProblemResponses
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Beheer")
class RegionAdminController {

    private final RegionAdminService service;

    RegionAdminController(RegionAdminService service) {
        this.service = service;
    }

    @Get
    @Operation(operationId = "listAdminRegions", summary = "Regio's met deelregio's en alle lidmaatschapsperioden van gemeenten "
            + "(beheerder; een regiobeheerder ziet zijn eigen regio)")
    List<AdminRegion> list(Authentication auth) {
        return service.list(Caller.of(auth));
    }

    @ApiResponse(responseCode = "201", description = "Aangemaakt", useReturnTypeSchema = true)
    @Post
    @Operation(operationId = "createAdminRegion", summary = "Een nieuwe regio met haar regio-organisatie, deelregio's en leden (platformbeheerder)")
    HttpResponse<AdminRegion> create(@Body @Valid NewRegion body, Authentication auth) {
        return HttpResponse.status(HttpStatus.CREATED).body(service.create(Caller.of(auth), body));
    }

    @ApiResponse(responseCode = "201", description = "Aangemaakt", useReturnTypeSchema = true)
    @Post("/{code}/subregions")
    @Operation(operationId = "addAdminRegionSubregion", summary = "Een deelregio toevoegen (platformbeheerder)")
    HttpResponse<Ref> addSubregion(String code, @Body @Valid NewSubregion body, Authentication auth) {
        return HttpResponse.status(HttpStatus.CREATED).body(service.addSubregion(Caller.of(auth), code, body));
    }

    @ApiResponse(responseCode = "201", description = "Aangemaakt", useReturnTypeSchema = true)
    @Post("/{code}/members")
    @Operation(operationId = "addAdminRegionMember", summary = "Een gemeente lid maken van de regio vanaf een datum (platformbeheerder)")
    HttpResponse<RegionMember> addMember(String code, @Body @Valid NewMember body, Authentication auth) {
        return HttpResponse.status(HttpStatus.CREATED).body(service.addMember(Caller.of(auth), code, body));
    }

    @Put("/{code}/members/{municipalityCode}/{validFrom}")
    @Operation(operationId = "changeAdminRegionMember", summary = "Een lidmaatschap bevestigen, beëindigen (einddatum), "
            + "van deelregio wisselen of van een notitie voorzien (platformbeheerder)")
    RegionMember changeMember(String code, String municipalityCode, LocalDate validFrom, @Body @Valid MemberChange body,
                              Authentication auth) {
        return service.changeMember(Caller.of(auth), code, municipalityCode, validFrom, body);
    }
}
