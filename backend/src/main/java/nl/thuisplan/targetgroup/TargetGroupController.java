package nl.thuisplan.targetgroup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemResponses;

/** Any role reads the catalogues of its regions; the programme manager (or beheerder) changes its region's list. */
@Controller("/api/v1")
@ProblemResponses
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Aandachtsgroepen en woonvormen")
class TargetGroupController {

    @Serdeable
    record NewTargetGroup(@NotBlank @Size(max = 120) String name) {
    }

    @Serdeable
    record TargetGroupChange(@NotNull Boolean active, @NotNull Integer version, @Nullable @Size(min = 1, max = 120) String name) {
    }

    private final TargetGroups groups;

    TargetGroupController(TargetGroups groups) {
        this.groups = groups;
    }

    @Get("/housing-forms")
    @Operation(operationId = "listHousingForms", summary = "De landelijke lijst van woonvormen")
    List<TargetGroups.HousingForm> housingForms() {
        return groups.housingForms();
    }

    @Get("/regions/{region}/target-groups")
    @Operation(operationId = "listRegionTargetGroups", summary = "De aandachtsgroepen van een regio: landelijke (aan of uit) en eigen groepen")
    List<TargetGroups.RegionTargetGroup> list(String region, Authentication auth) {
        return groups.list(Caller.of(auth), region);
    }

    @ApiResponse(responseCode = "201", description = "Aangemaakt", useReturnTypeSchema = true)
    @Post("/regions/{region}/target-groups")
    @Operation(operationId = "addRegionTargetGroup", summary = "Een eigen aandachtsgroep toevoegen (regio programmamanager)")
    HttpResponse<TargetGroups.RegionTargetGroup> add(String region, @Body @Valid NewTargetGroup body, Authentication auth) {
        return HttpResponse.status(HttpStatus.CREATED).body(groups.add(Caller.of(auth), region, body.name()));
    }

    @Patch("/regions/{region}/target-groups/{code}")
    @Operation(operationId = "changeRegionTargetGroup", summary = "Een aandachtsgroep aan- of uitzetten voor de regio (regio programmamanager)")
    TargetGroups.RegionTargetGroup change(String region, String code, @Body @Valid TargetGroupChange body, Authentication auth) {
        return groups.change(Caller.of(auth), region, code, body.active(), body.name(), body.version());
    }
}
