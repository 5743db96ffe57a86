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
import nl.thuisplan.audit.AuditLog;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.FieldProblem;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.urgency.SchemeRepository.DeviationRow;
import nl.thuisplan.urgency.SchemeRepository.Row;
import nl.thuisplan.urgency.UrgencyViews.Deviation;
import nl.thuisplan.urgency.UrgencyViews.Quota;

/**
 * Local deviations: a gemeente medewerker proposes one for its own municipality, with a reason;
 * the programme manager accepts or rejects it while the version is a concept (an adopted
 * version's deviations are settled in its successor).
 */
@Singleton
class DeviationService {

    @Serdeable
    record Proposal(@Nullable Long quotaId, @Nullable String share, @Nullable Integer perYear, @Nullable String reason) {
    }

    private final TenantTransactions tx;
    private final SchemeService schemes;
    private final SchemeRepository repo;
    private final AuditLog audit;

    DeviationService(TenantTransactions tx, SchemeService schemes, SchemeRepository repo, AuditLog audit) {
        this.tx = tx;
        this.schemes = schemes;
        this.repo = repo;
        this.audit = audit;
    }

    Deviation propose(Caller caller, long schemeId, Proposal body) {
        return tx.write(caller.scope(), () -> {
            Row s = schemes.requireScheme(caller, schemeId);
            Map<String, String> names = schemes.memberNames(s.regionId());
            if (caller.municipality() == null || !caller.worksFor(caller.municipality().code())
                    || !names.containsKey(caller.municipality().code())) {
                throw ProblemException.forbidden("Een lokale afwijking stelt een gemeente van de regio zelf voor.");
            }
            Map<Long, Quota> quotas = new HashMap<>();
            repo.quotas(s).forEach(q -> quotas.put(q.id(), q));
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
            long id = repo.insertDeviation(s, quota.id(), own, share == null ? null : new BigDecimal(share), perYear, reason,
                    caller.username());
            audit.record(new AuditLog.Change(s.regionId(), caller.username(), "DEVIATION_PROPOSED", "urgency_scheme",
                    String.valueOf(s.id()), s.versionNo(), own + "/" + quota.label(), quota.share() != null ? quota.share()
                    : String.valueOf(quota.perYear()), share != null ? share : String.valueOf(perYear), reason));
            return find(caller, s, id);
        });
    }

    Deviation decide(Caller caller, long deviationId, boolean accept) {
        return tx.write(caller.scope(), () -> {
            long schemeId = repo.deviationScheme(deviationId).orElseThrow(() -> ProblemException.notFound("Afwijking " + deviationId));
            Row s = schemes.requireScheme(caller, schemeId);
            SchemeService.requireConfigure(caller, s.regionCode());
            if (s.adopted()) {
                throw new ProblemException(HttpStatus.CONFLICT, "SCHEME_LOCKED",
                        "Deze versie is vastgesteld; neem de afwijking mee in een nieuwe versie.");
            }
            String status = accept ? "ACCEPTED" : "REJECTED";
            if (!repo.decideDeviation(s, deviationId, status, caller.username())) {
                throw new ProblemException(HttpStatus.CONFLICT, "DEVIATION_DECIDED", "Over deze afwijking is al besloten.");
            }
            audit.record(new AuditLog.Change(s.regionId(), caller.username(), "DEVIATION_" + status, "urgency_scheme",
                    String.valueOf(s.id()), s.versionNo(), String.valueOf(deviationId), "PROPOSED", status, null));
            return find(caller, s, deviationId);
        });
    }

    private Deviation find(Caller caller, Row s, long id) {
        Map<Long, String> labels = new HashMap<>();
        repo.quotas(s).forEach(q -> labels.put(q.id(), q.label()));
        Map<String, String> names = schemes.memberNames(s.regionId());
        DeviationRow row = repo.deviations(s).stream().filter(d -> d.id() == id).findFirst().orElseThrow();
        return SchemeService.deviation(caller, s, row, labels, names);
    }
}
