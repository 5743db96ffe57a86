package nl.thuisplan.region;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.FileResponses;
import nl.thuisplan.common.ProblemResponses;

/** Map outlines of a region's current members, for every role that can see the region ({@link RegionService#boundaries}). */
@Controller("/api/v1/regions/{region}/boundaries")
@ProblemResponses
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Regio's")
class BoundaryController {

    private final RegionService service;

    BoundaryController(RegionService service) {
        this.service = service;
    }

    @FileResponses.GeoJson
    @Get
    @Operation(operationId = "getRegionBoundaries", summary = "GeoJSON van de gemeentegrenzen (CBS 2024, vereenvoudigd) van de huidige leden van de regio")
    HttpResponse<String> boundaries(String region, Authentication auth) {
        return HttpResponse.ok(service.boundaries(Caller.of(auth), region)).contentType(MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "private, max-age=3600");
    }
}
