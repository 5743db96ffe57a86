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
import java.util.List;
import java.util.Set;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.FileResponses;
import nl.thuisplan.common.ProblemResponses;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;

/**
 * Map outlines of a region's current members, for every role that can see the region. Which
 * municipalities form a region is public (the regions publish their lists), so once the caller
 * may see the region the members are listed in a region-wide scope: a gemeente medewerker's map
 * shows its neighbours' outlines, but no data of theirs.
 */
@Controller("/api/regions/{region}/boundaries")
@ProblemResponses
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Regio's")
class BoundaryController {

    private final TenantTransactions tx;
    private final Regions regions;
    private final Members members;
    private final Boundaries boundaries;

    BoundaryController(TenantTransactions tx, Regions regions, Members members, Boundaries boundaries) {
        this.tx = tx;
        this.regions = regions;
        this.members = members;
        this.boundaries = boundaries;
    }

    @FileResponses.GeoJson
    @Get
    @Operation(operationId = "getRegionBoundaries", summary = "GeoJSON van de gemeentegrenzen (CBS 2024, vereenvoudigd) van de huidige leden van de regio")
    HttpResponse<String> boundaries(String region, Authentication auth) {
        Caller caller = Caller.of(auth);
        int regionId = tx.read(caller.scope(), () -> regions.require(caller, region).id());
        List<Members.Member> current = tx.read(Scope.regionsWithAllTheirMunicipalities(Set.of(regionId)),
                () -> members.current(regionId));
        return HttpResponse.ok(boundaries.featureCollection(current)).contentType(MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "private, max-age=3600");
    }
}
