package nl.thuisplan.demand;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import nl.thuisplan.audit.AuditHistoryView;
import nl.thuisplan.common.Paging;
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
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.Problem;
import nl.thuisplan.common.ProblemResponses;
import nl.thuisplan.demand.DemandViews.AnalysisView;
import nl.thuisplan.demand.DemandViews.CellView;
import nl.thuisplan.workflow.LockVersionInput;

/**
 * Reading is open to every role within its scope; writing cells and submitting to the
 * municipality's own officer; returning, adopting and reopening to the region's programme
 * manager. The checks live in {@link DemandAccess}.
 */
@Controller("/api/v1/demand")
@ProblemResponses
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Vraaganalyses")
class DemandAnalysisController {

    /** The body of "terugsturen": the version the client saw and the reason for the gemeente. */
    @Serdeable
    record ReturnInput(@Nullable Integer lockVersion, @Nullable @Size(max = 2000) String reason) {
    }

    private final DemandService service;

    DemandAnalysisController(DemandService service) {
        this.service = service;
    }

    @ApiResponse(responseCode = "404", description = "Nog geen vraaganalyse voor dit jaar (NOT_FOUND, met allowedActions: "
            + "[\"START\"] voor de eigen gemeente, anders []), of de gemeente ligt buiten het eigen bereik (NOT_FOUND zonder "
            + "allowedActions)", content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @Get("/municipalities/{municipality}/years/{year}")
    @Operation(operationId = "getMunicipalityAnalysis", summary = "De huidige versie van de vraaganalyse van een gemeente voor een jaar")
    AnalysisView current(String municipality, @Min(2000) @Max(2100) int year, Authentication auth) {
        return service.current(Caller.of(auth), municipality, year);
    }

    @ApiResponse(responseCode = "201", description = "Aangemaakt", useReturnTypeSchema = true)
    @Post("/municipalities/{municipality}/years/{year}")
    @Operation(operationId = "startMunicipalityAnalysis", summary = "Een vraaganalyse starten (gemeente medewerker van die gemeente)")
    HttpResponse<AnalysisView> start(String municipality, @Min(2000) @Max(2100) int year, Authentication auth) {
        return HttpResponse.status(HttpStatus.CREATED).body(service.start(Caller.of(auth), municipality, year));
    }

    @Get("/analyses/{id}")
    @Operation(operationId = "getDemandAnalysis", summary = "Een versie van een vraaganalyse, ook oudere vastgestelde versies")
    AnalysisView get(long id, Authentication auth) {
        return service.get(Caller.of(auth), id);
    }

    @Get("/analyses/{id}/submit-summary")
    @Operation(operationId = "getDemandSubmitSummary", summary = "Wat de bevestiging van indienen toont: ingevulde cellen en alle "
            + "waarschuwingen (ook de aannemelijkheid over een rij, bijvoorbeeld nieuwe vraag ver boven de huidige); blokkeert nooit")
    SubmitSummaries.SubmitSummary submitSummary(long id, Authentication auth) {
        return service.submitSummary(Caller.of(auth), id);
    }

    @Put("/analyses/{id}/cells/{targetGroup}/{housingForm}/{measure}")
    @Operation(operationId = "writeDemandCell", summary = "Eén cijfer opslaan, met optimistische vergrendeling op de versie van de cel")
    CellView writeCell(long id, String targetGroup, String housingForm, Measure measure, @Body CellInput body,
                       Authentication auth) {
        return service.writeCell(Caller.of(auth), id, targetGroup, housingForm, measure, body);
    }

    @Post("/analyses/{id}/submit")
    @Operation(operationId = "submitDemandAnalysis", summary = "Indienen bij de regio (gemeente medewerker)")
    AnalysisView submit(long id, @Body LockVersionInput body, Authentication auth) {
        return service.transition(Caller.of(auth), id, DemandAction.SUBMIT, body.lockVersion(), null);
    }

    @Post("/analyses/{id}/return")
    @Operation(operationId = "returnDemandAnalysis", summary = "Terugsturen met een reden (regio programmamanager)")
    AnalysisView returnToMunicipality(long id, @Body @Valid ReturnInput body, Authentication auth) {
        return service.transition(Caller.of(auth), id, DemandAction.RETURN, body.lockVersion(), body.reason());
    }

    @Post("/analyses/{id}/adopt")
    @Operation(operationId = "adoptDemandAnalysis", summary = "Vaststellen (regio programmamanager); de versie is daarna onveranderlijk")
    AnalysisView adopt(long id, @Body LockVersionInput body, Authentication auth) {
        return service.transition(Caller.of(auth), id, DemandAction.ADOPT, body.lockVersion(), null);
    }

    @ApiResponse(responseCode = "201", description = "Aangemaakt", useReturnTypeSchema = true)
    @Post("/analyses/{id}/reopen")
    @Operation(operationId = "reopenDemandAnalysis", summary = "Heropenen: een nieuwe conceptversie met de cijfers van de vastgestelde (regio programmamanager)")
    HttpResponse<AnalysisView> reopen(long id, @Body LockVersionInput body, Authentication auth) {
        return HttpResponse.status(HttpStatus.CREATED)
                .body(service.transition(Caller.of(auth), id, DemandAction.REOPEN, body.lockVersion(), null));
    }

    @Get("/analyses/{id}/history{?cell,limit,cursor}")
    @Operation(operationId = "getDemandHistory", summary = "De geschiedenis van een vraaganalyse (alle versies), of van één cel, "
            + "nieuwste eerst, per pagina (limit 1-200, standaard 50; cursor uit nextCursor van de vorige pagina)")
    AuditHistoryView history(long id, @Nullable @QueryValue String cell, @Nullable @QueryValue Integer limit,
                             @Nullable @QueryValue String cursor, Authentication auth) {
        Paging page = Paging.of(limit, cursor);
        String path = "/api/v1/demand/analyses/" + id + "/history"
                + (cell == null ? "" : "?cell=" + URLEncoder.encode(cell, StandardCharsets.UTF_8));
        return AuditHistoryView.of(service.history(Caller.of(auth), id, cell, page), page.limit(), path);
    }
}
