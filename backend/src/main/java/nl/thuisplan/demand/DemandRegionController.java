package nl.thuisplan.demand;

import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemResponses;
import nl.thuisplan.demand.DemandViews.AnalysisView;
import nl.thuisplan.demand.DemandViews.Overview;
import nl.thuisplan.region.Regions.RegionRef;

/**
 * The region's side. Every role in scope reads the overview (a gemeente only its own row) and the
 * totals; the programme manager sets the deadline and keeps the regional figures.
 */
@Controller("/api/v1")
@ProblemResponses
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Vraaganalyses")
class DemandRegionController {

    /** @param version the deadline's lock version as last read (the overview's {@code deadlineVersion}); null when there was none */
    @Serdeable
    record Deadline(@NotNull LocalDate deadline, @Nullable Integer version) {
    }

    private final DemandRegionService regions;
    private final DemandTotals totals;
    private final DemandService analyses;

    DemandRegionController(DemandRegionService regions, DemandTotals totals, DemandService analyses) {
        this.regions = regions;
        this.totals = totals;
        this.analyses = analyses;
    }

    @Get("/demand/regions/{region}/years/{year}")
    @Operation(operationId = "getDemandOverview", summary = "Status van de vraaganalyses per gemeente, met deadline en 'te laat'")
    Overview overview(String region, @Min(2000) @Max(2100) int year, Authentication auth) {
        return regions.overview(Caller.of(auth), region, year);
    }

    @Get("/demand/regions/{region}/years/{year}/totals")
    @Operation(operationId = "getDemandTotals", summary = "Totalen per aandachtsgroep uit de vastgestelde versies, per regio en deelregio")
    DemandTotals.Totals totals(String region, @Min(2000) @Max(2100) int year, Authentication auth) {
        return totals.totals(Caller.of(auth), region, year);
    }

    @ApiResponse(responseCode = "201", description = "Aangemaakt", useReturnTypeSchema = true)
    @Post("/demand/regions/{region}/years/{year}/regional")
    @Operation(operationId = "startRegionalAnalysis", summary = "De regionale cijfers (regionale voorzieningen) starten (regio programmamanager)")
    HttpResponse<AnalysisView> startRegional(String region, @Min(2000) @Max(2100) int year, Authentication auth) {
        Caller caller = Caller.of(auth);
        RegionRef ref = regions.requireRegion(caller, region);
        return HttpResponse.status(HttpStatus.CREATED).body(analyses.startRegional(caller, ref.id(), ref.code(), year));
    }

    @Put("/regions/{region}/demand-deadlines/{year}")
    @Operation(operationId = "setDemandDeadline",
            summary = "De deadline voor de vraaganalyses van een jaar (regio programmamanager; 409 VERSION_CONFLICT bij een verouderde versie)")
    Deadline setDeadline(String region, @Min(2000) @Max(2100) int year, @Body @Valid Deadline body, Authentication auth) {
        var saved = regions.setDeadline(Caller.of(auth), region, year, body.deadline(), body.version());
        return new Deadline(saved.deadline(), saved.version());
    }
}
