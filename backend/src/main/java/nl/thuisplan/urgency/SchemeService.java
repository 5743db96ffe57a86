package nl.thuisplan.urgency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import nl.thuisplan.audit.AuditLog;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.region.Regions;
import nl.thuisplan.region.Regions.RegionRef;
import nl.thuisplan.targetgroup.TargetGroups;
import nl.thuisplan.urgency.UrgencyViews.Category;
import nl.thuisplan.urgency.UrgencyViews.Consistency;
import nl.thuisplan.urgency.UrgencyViews.DraftCheck;
import nl.thuisplan.urgency.UrgencyViews.Quota;
import nl.thuisplan.urgency.UrgencyViews.Ref;
import nl.thuisplan.urgency.UrgencyViews.RegionSchemes;
import nl.thuisplan.urgency.UrgencyViews.Scheme;
import nl.thuisplan.urgency.UrgencyViews.SchemeSummary;
import nl.thuisplan.workflow.Transitions;

/**
 * Scheme versions: every role in scope reads (concept and adopted; a regional scheme is discussed
 * in the open with its gemeenten; a partner only adopted ones); who may create, edit, adopt and delete is {@link SchemeWorkflow}'s
 * to say, and every step goes through {@link Transitions}.
 */
@Singleton
class SchemeService {

    @Serdeable
    record NewScheme(@Nullable String name, @Nullable String validFrom, @Nullable String validTo,
                     @Nullable SchemeInput.LegalInput legalBasis, @Nullable Boolean fromTemplate, @Nullable Long copyOf) {
    }

    private final TenantTransactions tx;
    private final Regions regions;
    private final TargetGroups groups;
    private final SchemeRepository repo;
    private final SchemePartsRepository parts;
    private final SchemeViews views;
    private final SchemeWorkflow workflow;
    private final Transitions transitions;
    private final AuditLog audit;

    SchemeService(TenantTransactions tx, Regions regions, TargetGroups groups, SchemeRepository repo, SchemePartsRepository parts,
                  SchemeViews views, SchemeWorkflow workflow, Transitions transitions, AuditLog audit) {
        this.tx = tx;
        this.regions = regions;
        this.groups = groups;
        this.repo = repo;
        this.parts = parts;
        this.views = views;
        this.workflow = workflow;
        this.transitions = transitions;
        this.audit = audit;
    }

    List<SchemeSummary> list(Caller caller, String regionCode) {
        return tx.read(caller.scope(), () -> views.summaries(caller, repo.findByRegion(regions.require(caller, regionCode).id())
                .stream().filter(s -> s.adopted() || SchemeWorkflow.readsWorkInProgress(caller)).toList()));
    }

    RegionSchemes region(Caller caller, String regionCode) {
        return tx.read(caller.scope(), () -> {
            RegionRef region = regions.require(caller, regionCode);
            return new RegionSchemes(new Ref(region.code(), region.name()), workflow.allowedOnRegion(caller, region.code()));
        });
    }

    Scheme create(Caller caller, String regionCode, NewScheme body) {
        return tx.write(caller.scope(), () -> {
            RegionRef region = regions.require(caller, regionCode);
            workflow.requireCreate(caller, region.code());
            SchemeRow source = body.copyOf() == null ? null : requireScheme(caller, body.copyOf());
            if (source != null && source.regionId() != region.id()) {
                throw ProblemException.badInput("copyOf", "OTHER_REGION", "Die versie hoort bij een andere regio.");
            }
            SchemeInput header = new SchemeInput(
                    body.name() != null ? body.name() : source != null ? source.name() : "Urgentieregeling " + region.name(),
                    body.validFrom() != null ? body.validFrom() : source != null ? source.validFrom().toString() : null,
                    body.validTo() != null ? body.validTo() : source != null ? source.validTo().toString() : null,
                    body.legalBasis() != null ? body.legalBasis() : source == null ? null
                            : new SchemeInput.LegalInput(source.legalName(), source.legalDate() == null ? null : source.legalDate().toString()),
                    List.of(), List.of(), 0);
            SchemeInput.Checked checked = header.validate(targetGroups(region.id()), Set.of());
            long id = repo.insert(region.id(), checked.header(), source == null ? null : source.id(), caller.username());
            SchemeRow created = repo.find(id).orElseThrow();
            if (source != null) {
                parts.replaceCategories(created, parts.categories(source));
                parts.replaceQuotas(created, parts.quotas(source).stream()
                        .map(q -> new Quota(null, q.label(), q.appliesTo(), q.kind(), q.share(), q.perYear())).toList());
            } else if (Boolean.TRUE.equals(body.fromTemplate())) {
                parts.replaceCategories(created, template(region.id()));
            }
            audit.record(new AuditLog.Change(region.id(), caller.username(), "CREATED", "urgency_scheme", String.valueOf(id),
                    created.versionNo(), null, null, created.name(), source == null ? null : "kopie van versie " + source.versionNo()));
            return views.scheme(caller, created);
        });
    }

    Scheme get(Caller caller, long id) {
        return tx.read(caller.scope(), () -> views.scheme(caller, requireScheme(caller, id)));
    }

    Scheme update(Caller caller, long id, SchemeInput body) {
        return tx.write(caller.scope(), () -> {
            SchemeWorkflow.Subject subject = views.subject(requireScheme(caller, id));
            SchemeRow s = subject.scheme();
            AtomicReference<SchemeInput.Checked> input = new AtomicReference<>();
            return transitions.of(workflow, caller, subject, SchemeAction.EDIT)
                    .lockVersion(body.lockVersion())
                    .check(() -> {
                        Set<Long> quotaIds = parts.quotas(s).stream().map(Quota::id).collect(Collectors.toSet());
                        SchemeInput.Checked checked = body.validate(targetGroups(s.regionId()), quotaIds);
                        requireConsistent(checked.categories(), checked.quotas());
                        input.set(checked);
                    })
                    .apply(version -> {
                        SchemeInput.Checked checked = input.get();
                        if (!repo.updateHeader(s, checked.header(), version, caller.username())) {
                            return Optional.empty();
                        }
                        parts.replaceCategories(s, checked.categories());
                        parts.replaceQuotas(s, checked.quotas());
                        return Optional.of(Transitions.done(views.scheme(caller, after(subject)),
                                new AuditLog.Change(s.regionId(), caller.username(), "UPDATED", "urgency_scheme", String.valueOf(s.id()),
                                        s.versionNo(), null, null, checked.categories().size() + " categorieën, "
                                        + checked.quotas().size() + " quota", null)));
                    });
        });
    }

    /**
     * The consistency of the version as the editor holds it, without storing anything: the editor asks
     * while the programme manager types, so a ✓ never stands for a version that is no longer on screen.
     * Field mistakes come back as the answer's fields (200), not as a 400: they are the form's business.
     */
    DraftCheck check(Caller caller, long id, SchemeInput body) {
        return tx.read(caller.scope(), () -> {
            SchemeWorkflow.Subject subject = views.subject(requireScheme(caller, id));
            if (!workflow.hasRoleFor(caller, subject, SchemeAction.EDIT)) {
                throw workflow.forbidden(subject, SchemeAction.EDIT);
            }
            SchemeRow s = subject.scheme();
            Set<Long> quotaIds = parts.quotas(s).stream().map(Quota::id).collect(Collectors.toSet());
            try {
                SchemeInput.Checked checked = body.withLockVersion(s.lockVersion()).validate(targetGroups(s.regionId()), quotaIds);
                return new DraftCheck(SchemeChecks.consistency(checked.categories(), checked.quotas()), List.of());
            } catch (ProblemException invalid) {
                return new DraftCheck(null, invalid.fields());
            }
        });
    }

    Scheme adopt(Caller caller, long id, @Nullable Integer lockVersion) {
        return tx.write(caller.scope(), () -> {
            SchemeWorkflow.Subject subject = views.subject(requireScheme(caller, id));
            SchemeRow s = subject.scheme();
            return transitions.of(workflow, caller, subject, SchemeAction.ADOPT)
                    .lockVersion(lockVersion)
                    .check(() -> {
                        requireConsistent(parts.categories(s), parts.quotas(s));
                        requireNoOverlap(s);
                    })
                    .apply(version -> repo.adopt(s.regionId(), s.id(), version, SchemeStatus.CONCEPT, SchemeStatus.ADOPTED,
                            caller.username()) != 1 ? Optional.empty()
                            : Optional.of(Transitions.done(views.scheme(caller, after(subject)),
                            new AuditLog.Change(s.regionId(), caller.username(), SchemeStatus.ADOPTED.name(), "urgency_scheme",
                                    String.valueOf(s.id()), s.versionNo(), null, SchemeStatus.CONCEPT.name(),
                                    SchemeStatus.ADOPTED.name(), s.validFrom() + " t/m " + s.validTo()))));
        });
    }

    void delete(Caller caller, long id, @Nullable Integer lockVersion) {
        tx.write(caller.scope(), () -> {
            SchemeWorkflow.Subject subject = views.subject(requireScheme(caller, id));
            SchemeRow s = subject.scheme();
            return transitions.of(workflow, caller, subject, SchemeAction.DELETE)
                    .lockVersion(lockVersion)
                    .apply(version -> repo.delete(s.regionId(), s.id(), version, SchemeStatus.CONCEPT) != 1 ? Optional.empty()
                            : Optional.of(Transitions.done(s, new AuditLog.Change(s.regionId(), caller.username(), "DELETED",
                            "urgency_scheme", String.valueOf(s.id()), s.versionNo(), null, s.name(), null, null))));
        });
    }

    /** The readable document of a version (PDF), for every reader. */
    byte[] document(Caller caller, long id) {
        Scheme scheme = get(caller, id);
        Map<String, String> groupNames = tx.read(caller.scope(), () -> {
            Map<String, String> names = new HashMap<>();
            groups.forRegion(requireScheme(caller, id).regionId(), false).forEach(g -> names.put(g.code(), g.name()));
            return names;
        });
        return nl.thuisplan.urgency.report.UrgencyDocument.pdf(UrgencyPdf.data(scheme, groupNames, caller.username()));
    }

    /** The version if the caller's scope reaches its region (and, for a partner, it is adopted); otherwise it does not exist (404). */
    SchemeRow requireScheme(Caller caller, long id) {
        SchemeRow s = repo.find(id).orElseThrow(() -> ProblemException.notFound("Urgentieregeling " + id));
        if (!caller.scope().allowsRegion(s.regionId()) || !s.adopted() && !SchemeWorkflow.readsWorkInProgress(caller)) {
            throw ProblemException.notFound("Urgentieregeling " + id);
        }
        return s;
    }

    /** The version as stored after a step, judged with the members read before it (they did not change). */
    private SchemeWorkflow.Subject after(SchemeWorkflow.Subject before) {
        return new SchemeWorkflow.Subject(repo.find(before.scheme().id()).orElseThrow(), before.members());
    }

    private void requireNoOverlap(SchemeRow s) {
        List<SchemeRow> overlap = repo.findOverlapping(s.regionId(), SchemeStatus.ADOPTED, s.validFrom(), s.validTo(), s.id());
        if (!overlap.isEmpty()) {
            SchemeRow o = overlap.get(0);
            throw new ProblemException(HttpStatus.CONFLICT, "SCHEME_OVERLAP", "Versie " + o.versionNo() + " is al vastgesteld voor "
                    + o.validFrom() + " t/m " + o.validTo() + " en overlapt met deze versie. Pas de geldigheid aan.");
        }
    }

    private static void requireConsistent(List<Category> categories, List<Quota> quotas) {
        Consistency c = SchemeChecks.consistency(categories, quotas);
        if (!c.consistent()) {
            boolean overlap = c.clashes().stream().anyMatch(x -> x.code().equals("QUOTA_SETS_OVERLAP"));
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, overlap ? "QUOTA_SETS_OVERLAP" : "QUOTAS_INCONSISTENT",
                    c.clashes().get(0).message(), c.clashes(), true);
        }
    }

    private Set<String> targetGroups(int regionId) {
        Set<String> codes = new HashSet<>();
        groups.forRegion(regionId, false).forEach(g -> codes.add(g.code()));
        return codes;
    }

    private List<Category> template(int regionId) {
        Set<String> known = targetGroups(regionId);
        List<Category> out = new ArrayList<>();
        int priority = 1;
        for (MandatoryCategories.Mandatory m : MandatoryCategories.ALL) {
            out.add(new Category(m.code(), m.name(), m.code(), m.targetGroups().stream().filter(known::contains).toList(), null, null,
                    MandatoryCategories.DECISION_DAYS, MandatoryCategories.WAIT_NORM_DAYS, priority++));
        }
        return out;
    }
}
