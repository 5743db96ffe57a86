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

/** Every role may call these; a gemeente medewerker sees only its own municipality. */
@Controller("/api/v1/municipalities")
@ProblemResponses
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Regio's en gemeenten")
class MunicipalityController {

    private final RegionService service;

    MunicipalityController(RegionService service) {
        this.service = service;
    }

    @Get
    @Operation(operationId = "listMunicipalities", summary = "De gemeenten die de gebruiker mag zien, met inwoners en regiolidmaatschappen")
    List<RegionViews.Municipality> list(Authentication authentication) {
        return service.municipalities(Caller.of(authentication));
    }

    @Get("/{code}")
    @Operation(operationId = "getMunicipality", summary = "Eén gemeente (CBS-code, bijvoorbeeld GM0363)")
    RegionViews.Municipality get(String code, Authentication authentication) {
        return service.municipality(Caller.of(authentication), code);
    }
}
