package nl.thuisplan.region;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemResponses;

/** Every role may call these; what each caller gets is limited to its scope. */
@Controller("/api/v1/regions")
@ProblemResponses
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Regio's en gemeenten")
class RegionController {

    private final RegionService service;

    RegionController(RegionService service) {
        this.service = service;
    }

    @Get
    @Operation(operationId = "listRegions", summary = "De regio's die de gebruiker mag zien, met het aantal huidige gemeenten")
    List<RegionViews.RegionSummary> list(Authentication authentication) {
        return service.regions(Caller.of(authentication));
    }

    @Get("/{code}")
    @Operation(operationId = "getRegion", summary = "Een regio met deelregio's en gemeenten (ook voormalige), binnen het bereik van de gebruiker")
    RegionViews.RegionDetail get(String code, Authentication authentication) {
        return service.region(Caller.of(authentication), code);
    }
}
