package nl.thuisplan.urgency;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.region.Members;
import nl.thuisplan.urgency.UrgencyViews.Category;
import nl.thuisplan.urgency.UrgencyViews.Deviation;
import nl.thuisplan.urgency.UrgencyViews.LegalBasis;
import nl.thuisplan.urgency.UrgencyViews.Quota;
import nl.thuisplan.urgency.UrgencyViews.Ref;
import nl.thuisplan.urgency.UrgencyViews.Scheme;
import nl.thuisplan.urgency.UrgencyViews.SchemeSummary;

/** Builds the views of docs/api/urgency.md from the stored rows, each with its {@code allowedActions}. */
@Singleton
class SchemeViews {

    private final TenantTransactions tx;
    private final Members members;
    private final SchemePartsRepository parts;
    private final DeviationRepository deviations;
    private final SchemeWorkflow workflow;
    private final DeviationWorkflow deviationWorkflow;

    SchemeViews(TenantTransactions tx, Members members, SchemePartsRepository parts, DeviationRepository deviations,
                SchemeWorkflow workflow, DeviationWorkflow deviationWorkflow) {
        this.tx = tx;
        this.members = members;
        this.parts = parts;
        this.deviations = deviations;
        this.workflow = workflow;
        this.deviationWorkflow = deviationWorkflow;
    }

    /** Member names in a region-wide scope: which gemeenten form a region is public (see BoundaryController). */
    Map<String, String> memberNames(int regionId) {
        Map<String, String> names = new HashMap<>();
        tx.read(Scope.regionsWithAllTheirMunicipalities(Set.of(regionId)), () -> members.current(regionId))
                .forEach(m -> names.put(m.code(), m.name()));
        return names;
    }

    /** The version as the workflow judges it: with its region's current members. */
    SchemeWorkflow.Subject subject(SchemeRow s) {
        return new SchemeWorkflow.Subject(s, memberNames(s.regionId()));
    }

    Scheme scheme(Caller caller, SchemeRow s) {
        return scheme(caller, subject(s));
    }

    Scheme scheme(Caller caller, SchemeWorkflow.Subject subject) {
        SchemeRow s = subject.scheme();
        List<Category> categories = parts.categories(s);
        List<Quota> quotas = parts.quotas(s);
        Map<Long, String> labels = labels(quotas);
        Map<String, String> names = subject.members();
        List<Deviation> shown = deviations.deviations(s).stream()
                .filter(d -> d.status() == DeviationStatus.ACCEPTED || SchemeWorkflow.readsWorkInProgress(caller))
                .map(d -> deviation(caller, s, d, labels, names)).toList();
        return new Scheme(s.id(), new Ref(s.regionCode(), s.regionName()), s.name(), s.versionNo(), s.displayStatus(),
                s.lockVersion(), s.validFrom(), s.validTo(), new LegalBasis(s.legalName(), s.legalDate()), s.adoptedAt(),
                s.adoptedBy(), s.basedOn(), categories, quotas, shown, SchemeChecks.warnings(s.validFrom(), s.validTo(), categories),
                SchemeChecks.consistency(categories, quotas), workflow.allowed(caller, subject));
    }

    List<SchemeSummary> summaries(Caller caller, List<SchemeRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = memberNames(rows.get(0).regionId());
        return rows.stream().map(s -> new SchemeSummary(s.id(), s.name(), s.versionNo(), s.displayStatus(), s.validFrom(),
                s.validTo(), new LegalBasis(s.legalName(), s.legalDate()), parts.categoryRows(s.regionId(), s.id()).size(),
                parts.quotaRows(s.regionId(), s.id()).size(), s.adoptedAt(), s.adoptedBy(), s.basedOn(),
                workflow.allowed(caller, new SchemeWorkflow.Subject(s, names)))).toList();
    }

    /** One deviation of the version, as proposing or deciding it answers. */
    Deviation deviation(Caller caller, SchemeRow s, DeviationRow d) {
        return deviation(caller, s, d, labels(parts.quotas(s)), memberNames(s.regionId()));
    }

    private Deviation deviation(Caller caller, SchemeRow s, DeviationRow d, Map<Long, String> labels, Map<String, String> names) {
        return new Deviation(d.id(), new Ref(d.municipality(), names.getOrDefault(d.municipality(), d.municipality())), d.quotaId(),
                labels.getOrDefault(d.quotaId(), "?"), d.share() == null ? null : d.share().stripTrailingZeros().toPlainString(),
                d.perYear(), d.reason(), d.status(), d.proposedBy(), d.proposedAt(), d.decidedBy(), d.decidedAt(),
                deviationWorkflow.allowed(caller, new DeviationWorkflow.Subject(s, d)));
    }

    private static Map<Long, String> labels(List<Quota> quotas) {
        Map<Long, String> labels = new HashMap<>();
        quotas.forEach(q -> labels.put(q.id(), q.label()));
        return labels;
    }
}
