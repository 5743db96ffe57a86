package nl.thuisplan.mywork;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemResponses;
import nl.thuisplan.mywork.MyWorkViews.MyWork;

/** "Mijn werk": every role's start page ({@link MyWorkService}). */
@Controller("/api/v1/my-work")
@ProblemResponses
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Mijn werk")
class MyWorkController {

    private final MyWorkService service;

    MyWorkController(MyWorkService service) {
        this.service = service;
    }

    @Get
    @Operation(operationId = "getMyWork", summary = "Wat op de ingelogde persoon wacht in het actieve lidmaatschap, nieuwste eerst, "
            + "met waar het gedaan wordt; voor de programmamanager de te late vraaganalyses; wat er per regio veranderde")
    MyWork mine(Authentication auth) {
        return service.mine(Caller.of(auth));
    }

    @Post("/seen")
    @ApiResponse(responseCode = "204", description = "Het nieuws is gezien; het volgende bezoek toont alleen wat daarna is vastgesteld")
    @Operation(operationId = "markMyWorkSeen", summary = "Markeert het nieuws (provincie, partners) als gezien")
    HttpResponse<Void> seen(Authentication auth) {
        service.markSeen(Caller.of(auth));
        return HttpResponse.noContent();
    }
}
