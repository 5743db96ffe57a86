package nl.thuisplan.allocation;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.thuisplan.allocation.engine.AllocationEngine;
import nl.thuisplan.allocation.engine.AllocationInfeasibleException;
import nl.thuisplan.allocation.engine.AllocationValidationException;
import nl.thuisplan.common.ProblemResponses;

/**
 * Stateless: computes an allocation from the body alone and stores nothing, so any logged-in user
 * (and other tools) may call it. It reads no tenant data, hence no scope check.
 */
@Controller("/api/v1/allocation")
@ProblemResponses
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Verdeling")
class AllocationPreviewController {

    private final AllocationEngine engine = new AllocationEngine();

    @Post("/preview")
    @Operation(operationId = "previewAllocation", summary = "Een verdeling doorrekenen zonder op te slaan: quotum, taakstelling, begrenzing en afrondingsstappen")
    PreviewResponse preview(@Body @Valid PreviewRequest body) {
        try {
            return PreviewResponse.of(engine.allocate(body.toEngine()));
        } catch (AllocationValidationException e) {
            throw AllocationProblems.of(e);
        } catch (AllocationInfeasibleException e) {
            throw AllocationProblems.of(e);
        }
    }
}
