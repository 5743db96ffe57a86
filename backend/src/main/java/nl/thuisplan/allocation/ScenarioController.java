package nl.thuisplan.allocation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
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
import nl.thuisplan.allocation.AllocationViews.ModelView;
import nl.thuisplan.allocation.AllocationViews.Result;
import nl.thuisplan.allocation.AllocationViews.ScenarioView;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.workflow.LockVersionInput;
import nl.thuisplan.common.ProblemResponses;

/**
 * Scenarios. Editing, deleting and adopting: the region's programme manager and the beheerder;
 * the result: the same, and every role in scope for the adopted scenario.
 */
@Controller("/api/v1/allocation/scenarios/{id}")
@ProblemResponses
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Verdeling")
class ScenarioController {

    private final ModelService models;
    private final Computations computations;
    private final Adoption adoption;

    ScenarioController(ModelService models, Computations computations, Adoption adoption) {
        this.models = models;
        this.computations = computations;
        this.adoption = adoption;
    }

    @Put
    @Operation(operationId = "updateScenario", summary = "Een scenario opslaan (programmamanager), met optimistische vergrendeling")
    ScenarioView update(long id, @Body ScenarioInput body, Authentication auth) {
        return models.update(Caller.of(auth), id, body);
    }

    @ApiResponse(responseCode = "204", description = "Verwijderd")
    @Delete("{?lockVersion}")
    @Operation(operationId = "deleteScenario", summary = "Een conceptscenario verwijderen (niet het laatste)")
    HttpResponse<Void> delete(long id, @Nullable @QueryValue Integer lockVersion, Authentication auth) {
        if (lockVersion == null) {
            throw ProblemException.badInput("lockVersion", "REQUIRED", "De versie ontbreekt.");
        }
        models.delete(Caller.of(auth), id, lockVersion);
        return HttpResponse.noContent();
    }

    @Get("/result")
    @Operation(operationId = "getScenarioResult", summary = "De doorrekening: quotum, taakstelling, begrenzing, bijdragen en afrondingsstappen")
    Result result(long id, Authentication auth) {
        return computations.result(Caller.of(auth), id);
    }

    @Post("/adopt")
    @Operation(operationId = "adoptScenario", summary = "Het scenario vaststellen met het besluit (datum, kenmerk, orgaan, alle drie verplicht): "
            + "bevriest invoer, uitkomst en stappen (programmamanager)")
    ModelView adopt(long id, @Body AllocationViews.AdoptInput body, Authentication auth) {
        return adoption.adopt(Caller.of(auth), id, body);
    }
}
