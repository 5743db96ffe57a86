package nl.thuisplan.allocation;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.List;
import nl.thuisplan.allocation.RealisationRepository.SwapRow;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.workflow.Workflow;

/**
 * A swap between two gemeenten (Huisvestingswet art. 29(2)): one party proposes, the other confirms or
 * rejects, the proposer may withdraw while it is proposed. Nobody else takes part, not even the region.
 */
@Singleton
class SwapWorkflow implements Workflow<SwapRow, SwapAction> {

    @Override
    public List<SwapAction> allowed(Caller caller, SwapRow s) {
        if (s.status() != SwapStatus.PROPOSED) {
            return List.of();
        }
        if (caller.worksFor(s.proposedFor())) {
            return List.of(SwapAction.WITHDRAW);
        }
        return caller.worksFor(otherParty(s)) ? List.of(SwapAction.CONFIRM, SwapAction.REJECT) : List.of();
    }

    @Override
    public boolean hasRoleFor(Caller caller, SwapRow s, SwapAction action) {
        return caller.worksFor(action == SwapAction.WITHDRAW ? s.proposedFor() : otherParty(s));
    }

    /** A swap's version: decisions are taken under the model's row lock, so it is the one just read. */
    @Override
    public int lockVersion(SwapRow s) {
        return s.version();
    }

    @Override
    public ProblemException forbidden(SwapRow s, SwapAction action) {
        return ProblemException.forbidden(action == SwapAction.WITHDRAW
                ? "Alleen de gemeente die de ruil voorstelde kan hem intrekken."
                : "Alleen de andere gemeente bevestigt of wijst de ruil af.");
    }

    @Override
    public ProblemException notAllowedNow(SwapRow s, SwapAction action) {
        return decided();
    }

    @Override
    public ProblemException stale(Caller caller, SwapRow s) {
        return decided();
    }

    static ProblemException decided() {
        return new ProblemException(HttpStatus.CONFLICT, "SWAP_NOT_PROPOSED", "Over deze ruil is al besloten.");
    }

    private static String otherParty(SwapRow s) {
        return s.proposedFor().equals(s.from()) ? s.to() : s.from();
    }
}
