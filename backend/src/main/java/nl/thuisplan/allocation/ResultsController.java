package nl.thuisplan.allocation;

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
import nl.thuisplan.allocation.RealisationViews.RealisationInput;
import nl.thuisplan.allocation.RealisationViews.Results;
import nl.thuisplan.allocation.RealisationViews.Row;
import nl.thuisplan.allocation.RealisationViews.Swap;
import nl.thuisplan.allocation.RealisationViews.SwapInput;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemResponses;

/**
 * Results of adopted models: every role in scope reads; a municipality's own officer records its
 * realisation and proposes, confirms, rejects or withdraws swaps (checks in {@link RealisationService}).
 */
@Controller("/api/v1/allocation")
@ProblemResponses
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Verdeling")
class ResultsController {

    private final ResultsService results;
    private final RealisationService realisation;

    ResultsController(ResultsService results, RealisationService realisation) {
        this.results = results;
        this.realisation = realisation;
    }

    @Get("/models/{id}/results")
    @Operation(operationId = "getAllocationResults", summary = "Taakstelling, ruil, achterstand, realisatie en verschil per gemeente (vastgestelde modellen)")
    Results results(long id, Authentication auth) {
        return results.results(Caller.of(auth), id);
    }

    @Put("/models/{id}/realisation/{municipality}")
    @Operation(operationId = "recordRealisation", summary = "De eigen realisatie vastleggen (gemeente medewerker van die gemeente)")
    Row record(long id, String municipality, @Body RealisationInput body, Authentication auth) {
        return realisation.record(Caller.of(auth), id, municipality, body);
    }

    @ApiResponse(responseCode = "201", description = "Aangemaakt", useReturnTypeSchema = true)
    @Post("/models/{id}/swaps")
    @Operation(operationId = "proposeSwap", summary = "Een ruil voorstellen (gemeente medewerker van een van beide gemeenten)")
    HttpResponse<Swap> propose(long id, @Body SwapInput body, Authentication auth) {
        return HttpResponse.status(HttpStatus.CREATED).body(realisation.propose(Caller.of(auth), id, body));
    }

    @Post("/swaps/{id}/{action:confirm|reject|withdraw}")
    @Operation(operationId = "decideSwap", summary = "Een ruil bevestigen of afwijzen (de andere gemeente) of intrekken (de voorsteller)")
    Swap decide(long id, String action, Authentication auth) {
        return realisation.decide(Caller.of(auth), id, SwapAction.valueOf(action.toUpperCase(java.util.Locale.ROOT)));
    }
}
