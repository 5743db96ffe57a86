package nl.thuisplan.allocation;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.thuisplan.allocation.ModelRepository.Model;
import nl.thuisplan.allocation.RealisationRepository.SwapRow;
import nl.thuisplan.allocation.RealisationRepository.Target;
import nl.thuisplan.allocation.RealisationViews.RealisationInput;
import nl.thuisplan.allocation.RealisationViews.Row;
import nl.thuisplan.allocation.RealisationViews.Swap;
import nl.thuisplan.allocation.RealisationViews.SwapInput;
import nl.thuisplan.audit.AuditLog;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.FieldProblem;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.workflow.Transitions;

/**
 * What municipalities write against an adopted model: their own realisation, and swaps that
 * both parties confirm (Huisvestingswet art. 29(2)). Only a municipality's own officer writes
 * for it; row-level security refuses anything else underneath.
 */
@Singleton
class RealisationService {

    private final TenantTransactions tx;
    private final ResultsService results;
    private final RealisationRepository repo;
    private final AuditLog audit;
    private final Transitions transitions;
    private final SwapWorkflow workflow;

    RealisationService(TenantTransactions tx, ResultsService results, RealisationRepository repo, AuditLog audit,
                       Transitions transitions, SwapWorkflow workflow) {
        this.tx = tx;
        this.results = results;
        this.repo = repo;
        this.audit = audit;
        this.transitions = transitions;
        this.workflow = workflow;
    }

    Row record(Caller caller, long modelId, String municipality, RealisationInput body) {
        return tx.write(caller.scope(), () -> {
            Model m = results.requireAdopted(caller, modelId);
            if (!AllocationAccess.mayRecord(caller, municipality)) {
                throw ProblemException.forbidden("Alleen de gemeente zelf legt haar realisatie vast.");
            }
            if (repo.targets(m).stream().noneMatch(t -> t.code().equals(municipality))) {
                throw ProblemException.notFound("Gemeente " + municipality + " in dit verdeelmodel");
            }
            if (body.realised() == null || body.realised() < 0 || body.realised() > 100_000) {
                throw ProblemException.badInput("realised", "RANGE", "De realisatie is een geheel getal van 0 tot 100000.");
            }
            String note = body.note() == null || body.note().isBlank() ? null : body.note().trim();
            if (note != null && note.length() > 1000) {
                throw ProblemException.badInput("note", "LENGTH", "De toelichting is hoogstens 1000 tekens.");
            }
            var before = repo.realisation(m, municipality);
            boolean ok = body.version() == null
                    ? repo.insertRealisation(m, municipality, body.realised(), note, caller.username())
                    : repo.updateRealisation(m, municipality, body.realised(), note, body.version(), caller.username());
            if (!ok) {
                throw new ProblemException(HttpStatus.CONFLICT, "VERSION_CONFLICT",
                        "Iemand anders heeft de realisatie intussen vastgelegd. Laad de pagina opnieuw.", before.orElse(null));
            }
            audit.record(new AuditLog.Change(m.regionId(), caller.username(), "REALISATION_RECORDED", "allocation_model",
                    String.valueOf(m.id()), null, municipality, before.map(r -> String.valueOf(r.realised())).orElse(null),
                    String.valueOf(body.realised()), note));
            return results.results(caller, m).rows().stream().filter(r -> r.municipality().code().equals(municipality))
                    .findFirst().orElseThrow();
        });
    }

    Swap propose(Caller caller, long modelId, SwapInput body) {
        return tx.write(caller.scope(), () -> {
            Model m = results.requireAdopted(caller, modelId);
            if (!AllocationAccess.partyTo(caller, body.from(), body.to())) {
                throw ProblemException.forbidden("Een ruil stelt een van de twee gemeenten zelf voor.");
            }
            Map<String, String> names = names(m);
            List<FieldProblem> errors = new java.util.ArrayList<>();
            if (!names.containsKey(body.from())) {
                errors.add(new FieldProblem("from", "NOT_A_MEMBER", "Geen gemeente in dit verdeelmodel."));
            }
            if (!names.containsKey(body.to())) {
                errors.add(new FieldProblem("to", "NOT_A_MEMBER", "Geen gemeente in dit verdeelmodel."));
            }
            if (body.from() != null && body.from().equals(body.to())) {
                errors.add(new FieldProblem("to", "SAME_MUNICIPALITY", "Een gemeente ruilt niet met zichzelf."));
            }
            if (body.amount() == null || body.amount() < 1 || body.amount() > 100_000) {
                errors.add(new FieldProblem("amount", "RANGE", "Het aantal is een geheel getal van 1 tot 100000."));
            }
            String reason = body.reason() == null ? "" : body.reason().trim();
            if (reason.isEmpty() || reason.length() > 1000) {
                errors.add(new FieldProblem("reason", "LENGTH", "Geef een reden van 1 tot 1000 tekens."));
            }
            if (!errors.isEmpty()) {
                throw new ProblemException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "De invoer is niet geldig.", errors);
            }
            checkGiverKeepsTarget(caller, m, body.from(), body.amount());
            long id = repo.insertSwap(m, body.from(), body.to(), body.amount(), reason, caller.municipality().code(),
                    caller.username());
            audit.record(new AuditLog.Change(m.regionId(), caller.username(), "SWAP_PROPOSED", "allocation_swap", String.valueOf(id),
                    null, body.from() + "->" + body.to(), null, String.valueOf(body.amount()), reason));
            return results.swap(caller, repo.swap(id).orElseThrow(), names);
        });
    }

    /** CONFIRM or REJECT by the other party, WITHDRAW by the proposer. */
    Swap decide(Caller caller, long swapId, SwapAction action) {
        return tx.write(caller.scope(), () -> {
            long modelId = repo.swapModel(swapId).orElseThrow(() -> ProblemException.notFound("Ruil " + swapId));
            Model m = results.requireAdopted(caller, modelId);
            repo.lockModel(m);
            SwapRow s = repo.swap(swapId).orElseThrow(() -> ProblemException.notFound("Ruil " + swapId));
            // a decided swap is history: 409 to everyone, before whose turn it would have been is asked
            if (s.status() != SwapStatus.PROPOSED) {
                throw SwapWorkflow.decided();
            }
            Map<String, String> names = names(m);
            return transitions.of(workflow, caller, s, action)
                    .lockVersion(s.version())
                    .check(() -> {
                        if (action == SwapAction.CONFIRM) {
                            checkGiverKeepsTarget(caller, m, s.from(), s.amount());
                        }
                    })
                    .apply(version -> repo.decide(m, s, version, action.outcome, caller.username())
                            ? Optional.of(Transitions.done(results.swap(caller, repo.swap(swapId).orElseThrow(), names),
                                    new AuditLog.Change(m.regionId(), caller.username(), "SWAP_" + action.outcome.name(),
                                            "allocation_swap", String.valueOf(swapId), null, s.from() + "->" + s.to(),
                                            SwapStatus.PROPOSED.name(), action.outcome.name(), String.valueOf(s.amount()))))
                            : Optional.empty());
        });
    }

    /** The giving municipality's target after all confirmed swaps and this one may not fall below 0. */
    private void checkGiverKeepsTarget(Caller caller, Model m, String from, int amount) {
        int effective = results.results(caller, m).rows().stream().filter(r -> r.municipality().code().equals(from))
                .mapToInt(Row::effectiveTarget).findFirst().orElse(0);
        if (effective - amount < 0) {
            throw new ProblemException(HttpStatus.CONFLICT, "SWAP_EXCEEDS_TARGET", "De taakstelling van " + from + " is na "
                    + "eerdere ruilen " + effective + "; daar kan geen " + amount + " vanaf.");
        }
    }

    private Map<String, String> names(Model m) {
        Map<String, String> names = new HashMap<>();
        for (Target t : repo.targets(m)) {
            names.put(t.code(), t.name());
        }
        return names;
    }
}
