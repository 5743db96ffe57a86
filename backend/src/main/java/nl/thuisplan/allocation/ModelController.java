package nl.thuisplan.allocation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.format.Format;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import nl.thuisplan.allocation.AllocationViews.Compare;
import nl.thuisplan.allocation.AllocationViews.Inputs;
import nl.thuisplan.allocation.AllocationViews.ModelSummary;
import nl.thuisplan.allocation.AllocationViews.ModelView;
import nl.thuisplan.allocation.AllocationViews.RegionView;
import nl.thuisplan.allocation.AllocationViews.ScenarioView;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.ProblemResponses;

/**
 * Verdeelmodellen. Reading: every role in scope, adopted models only unless the caller is the
 * region's programme manager or the beheerder; creating, adding scenarios, inputs and comparing:
 * programme manager and beheerder. The checks are in {@link AllocationAccess}.
 */
@Controller("/api/v1/allocation")
@ProblemResponses
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Verdeling")
class ModelController {

    private final ModelService models;
    private final Computations computations;

    ModelController(ModelService models, Computations computations) {
        this.models = models;
        this.computations = computations;
    }

    @Get("/regions/{region}")
    @Operation(operationId = "getAllocationRegion", summary = "Wat de aanroeper in een regio met de verdeling mag: modellen maken, kengetallen lezen en inlezen")
    RegionView region(String region, Authentication auth) {
        return models.region(Caller.of(auth), region);
    }

    @Get("/regions/{region}/models")
    @Operation(operationId = "listAllocationModels", summary = "Verdeelmodellen van een regio (gemeente en provincie: alleen vastgestelde)")
    List<ModelSummary> list(String region, Authentication auth) {
        return models.list(Caller.of(auth), region);
    }

    @ApiResponse(responseCode = "201", description = "Aangemaakt", useReturnTypeSchema = true)
    @Post("/regions/{region}/models")
    @Operation(operationId = "createAllocationModel", summary = "Een verdeelmodel aanmaken met een eerste scenario (programmamanager)")
    HttpResponse<ModelView> create(String region, @Body ModelService.NewModel body, Authentication auth) {
        return HttpResponse.status(HttpStatus.CREATED).body(models.create(Caller.of(auth), region, body));
    }

    @Get("/models/{id}")
    @Operation(operationId = "getAllocationModel", summary = "Een verdeelmodel met zijn scenario's")
    ModelView get(long id, Authentication auth) {
        return models.get(Caller.of(auth), id);
    }

    @ApiResponse(responseCode = "201", description = "Aangemaakt", useReturnTypeSchema = true)
    @Post("/models/{id}/scenarios")
    @Operation(operationId = "createScenario", summary = "Een scenario toevoegen, leeg of als kopie (programmamanager)")
    HttpResponse<ScenarioView> addScenario(long id, @Body ModelService.NewScenario body, Authentication auth) {
        return HttpResponse.status(HttpStatus.CREATED).body(models.addScenario(Caller.of(auth), id, body));
    }

    @Get("/models/{id}/inputs{?referenceDate}")
    @Operation(operationId = "getAllocationInputs", summary = "De kengetallen per gemeente waarmee de editor live doorrekent (programmamanager)")
    Inputs inputs(long id, @Nullable @QueryValue @Format("yyyy-MM-dd") LocalDate referenceDate, Authentication auth) {
        return computations.inputs(Caller.of(auth), id, referenceDate);
    }

    @Get("/models/{id}/compare{?a,b}")
    @Operation(operationId = "compareScenarios", summary = "Twee scenario's naast elkaar, met het verschil per gemeente (programmamanager)")
    Compare compare(long id, @Nullable @QueryValue Long a, @Nullable @QueryValue Long b, Authentication auth) {
        if (a == null || b == null) {
            throw ProblemException.badInput(a == null ? "a" : "b", "REQUIRED", "Kies twee scenario's (a en b).");
        }
        return computations.compare(Caller.of(auth), id, a, b);
    }
}
