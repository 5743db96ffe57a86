package nl.thuisplan.allocation;

import io.micronaut.http.HttpStatus;
import nl.thuisplan.allocation.engine.AllocationInfeasibleException;
import nl.thuisplan.allocation.engine.AllocationValidationException;
import nl.thuisplan.common.FieldProblem;
import nl.thuisplan.common.ProblemException;

/** How the engine's two refusals reach a client: 400 with the failing fields, 422 naming the binding units. */
final class AllocationProblems {

    private AllocationProblems() {
    }

    static ProblemException of(AllocationValidationException e) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "De invoer is niet geldig.",
                e.errors().stream().map(f -> new FieldProblem(f.field(), f.code().name(), f.message())).toList());
    }

    static ProblemException of(AllocationInfeasibleException e) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "ALLOCATION_INFEASIBLE", e.getMessage(),
                e.unitIds().stream().map(id -> new FieldProblem("units[" + id + "]", e.reason().name(),
                        e.reason() == AllocationInfeasibleException.Reason.FLOORS_EXCEED_TOTAL
                                ? "Deze ondergrens telt mee in een som boven het totaal."
                                : "Deze bovengrens telt mee in een som onder het totaal.")).toList());
    }
}
