package nl.thuisplan.urgency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.thuisplan.audit.AuditLog;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.FieldProblem;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.urgency.UrgencyViews.Deviation;
import nl.thuisplan.urgency.UrgencyViews.Quota;
import nl.thuisplan.workflow.Transitions;

/**
 * Local deviations: a gemeente medewerker proposes one for its own municipality, with a reason;
 * the programme manager accepts or rejects it while the version is a concept (an adopted
 * version's deviations are settled in its successor). Who may is {@link SchemeWorkflow}'s and
 * {@link DeviationWorkflow}'s to say; a decision goes through {@link Transitions}.
 */
@Singleton
class DeviationService {

    @Serdeable
    record Proposal(@Nullable Long quotaId, @Nullable String share, @Nullable Integer perYear, @Nullable String reason) {
    }

    private final TenantTransactions tx;
    private final SchemeService schemes;
    private final SchemePartsRepository parts;
    private final DeviationRepository repo;
    private final SchemeViews views;
    private final SchemeWorkflow schemeWorkflow;
    private final DeviationWorkflow workflow;
    private final Transitions transitions;
    private final AuditLog audit;

    DeviationService(TenantTransactions tx, SchemeService schemes, SchemePartsRepository parts, DeviationRepository repo,
                     SchemeViews views, SchemeWorkflow schemeWorkflow, DeviationWorkflow workflow, Transitions transitions,
                     AuditLog audit) {
        this.tx = tx;
        this.schemes = schemes;
        this.parts = parts;
        this.repo = repo;
        this.views = views;
        this.schemeWorkflow = schemeWorkflow;
        this.workflow = workflow;
        this.transitions = transitions;
        this.audit = audit;
    }

    Deviation propose(Caller caller, long schemeId, Proposal body) {
        return tx.write(caller.scope(), () -> {
            SchemeWorkflow.Subject subject = views.subject(schemes.requireScheme(caller, schemeId));
            SchemeRow s = subject.scheme();
            if (!schemeWorkflow.allowed(caller, subject).contains(SchemeAction.PROPOSE_DEVIATION)) {
                throw schemeWorkflow.forbidden(subject, SchemeAction.PROPOSE_DEVIATION);
            }
            Map<Long, Quota> quotas = new HashMap<>();
            parts.quotas(s).forEach(q -> quotas.put(q.id(), q));
            List<FieldProblem> errors = new ArrayList<>();
            Quota quota = body.quotaId() == null ? null : quotas.get(body.quotaId());
            if (quota == null) {
                errors.add(new FieldProblem("quotaId", "UNKNOWN_QUOTA", "Kies een quotum van deze versie."));
            }
            String share = null;
            Integer perYear = null;
            if (quota != null && quota.share() != null) {
                share = SchemeInput.share(body.share(), "share", errors);
            } else if (quota != null) {
                if (body.perYear() == null || body.perYear() < 0 || body.perYear() > 1_000_000) {
                    errors.add(new FieldProblem("perYear", "RANGE", "Een geheel getal van 0 tot 1000000."));
                } else {
                    perYear = body.perYear();
                }
            }
            String reason = body.reason() == null ? "" : body.reason().trim();
            if (reason.isEmpty() || reason.length() > 2000) {
                errors.add(new FieldProblem("reason", "LENGTH", "Geef een reden van 1 tot 2000 tekens."));
            }
            if (!errors.isEmpty()) {
                throw new ProblemException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "De invoer is niet geldig.", errors);
            }
            String own = caller.municipality().code();
            long id = repo.insert(s.regionId(), s.id(), quota.id(), own, share == null ? null : new BigDecimal(share), perYear, reason,
                    caller.username());
            audit.record(new AuditLog.Change(s.regionId(), caller.username(), "DEVIATION_" + DeviationStatus.PROPOSED.name(),
                    "urgency_scheme", String.valueOf(s.id()), s.versionNo(), own + "/" + quota.label(), quota.share() != null
                    ? quota.share() : String.valueOf(quota.perYear()), share != null ? share : String.valueOf(perYear), reason));
            return views.deviation(caller, s, repo.find(s.regionId(), s.id(), id).orElseThrow());
        });
    }

    Deviation decide(Caller caller, long deviationId, DeviationAction action) {
        return tx.write(caller.scope(), () -> {
            long schemeId = repo.schemeOf(deviationId).orElseThrow(() -> ProblemException.notFound("Afwijking " + deviationId));
            SchemeRow s = schemes.requireScheme(caller, schemeId);
            DeviationRow d = repo.find(s.regionId(), s.id(), deviationId)
                    .orElseThrow(() -> ProblemException.notFound("Afwijking " + deviationId));
            DeviationStatus to = action.outcome();
            return transitions.of(workflow, caller, new DeviationWorkflow.Subject(s, d), action)
                    .lockVersion(DeviationWorkflow.UNVERSIONED)
                    .apply(version -> repo.decide(s.regionId(), s.id(), deviationId, DeviationStatus.PROPOSED, to,
                            caller.username()) != 1 ? Optional.empty()
                            : Optional.of(Transitions.done(views.deviation(caller, s, repo.find(s.regionId(), s.id(), deviationId)
                            .orElseThrow()), new AuditLog.Change(s.regionId(), caller.username(), "DEVIATION_" + to.name(),
                            "urgency_scheme", String.valueOf(s.id()), s.versionNo(), String.valueOf(deviationId),
                            DeviationStatus.PROPOSED.name(), to.name(), null))));
        });
    }
}
