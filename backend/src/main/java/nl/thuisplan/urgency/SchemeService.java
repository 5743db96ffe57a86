package nl.thuisplan.urgency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.thuisplan.audit.AuditLog;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.auth.Role;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.region.Members;
import nl.thuisplan.region.Regions;
import nl.thuisplan.region.Regions.RegionRef;
import nl.thuisplan.targetgroup.TargetGroups;
import nl.thuisplan.urgency.SchemeRepository.DeviationRow;
import nl.thuisplan.urgency.SchemeRepository.Row;
import nl.thuisplan.urgency.UrgencyViews.Category;
import nl.thuisplan.urgency.UrgencyViews.Consistency;
import nl.thuisplan.urgency.UrgencyViews.Deviation;
import nl.thuisplan.urgency.UrgencyViews.LegalBasis;
import nl.thuisplan.urgency.UrgencyViews.Quota;
import nl.thuisplan.urgency.UrgencyViews.Ref;
import nl.thuisplan.urgency.UrgencyViews.Scheme;
import nl.thuisplan.urgency.UrgencyViews.SchemeSummary;

/**
 * Scheme versions: every role in scope reads (concept and adopted; a regional scheme is discussed
 * in the open with its gemeenten); the programme manager and the beheerder create, edit, adopt
 * and delete concepts.
 */
@Singleton
class SchemeService {

    @Serdeable
    record NewScheme(@Nullable String name, @Nullable String validFrom, @Nullable String validTo,
                     @Nullable SchemeInput.LegalInput legalBasis, @Nullable Boolean fromTemplate, @Nullable Long copyOf) {
    }

    private final TenantTransactions tx;
    private final Regions regions;
    private final Members members;
    private final TargetGroups groups;
    private final SchemeRepository repo;
    private final AuditLog audit;

    SchemeService(TenantTransactions tx, Regions regions, Members members, TargetGroups groups, SchemeRepository repo,
                  AuditLog audit) {
        this.tx = tx;
        this.regions = regions;
        this.members = members;
        this.groups = groups;
        this.repo = repo;
        this.audit = audit;
    }

    List<SchemeSummary> list(Caller caller, String regionCode) {
        return tx.read(caller.scope(), () -> {
            RegionRef region = regions.require(caller, regionCode);
            return repo.schemes(region.id()).stream().map(s -> new SchemeSummary(s.id(), s.name(), s.versionNo(), status(s),
                    s.validFrom(), s.validTo(), new LegalBasis(s.legalName(), s.legalDate()), repo.categories(s).size(),
                    repo.quotas(s).size(), s.adoptedAt(), s.adoptedBy(), s.basedOn())).toList();
        });
    }

    Scheme create(Caller caller, String regionCode, NewScheme body) {
        return tx.write(caller.scope(), () -> {
            RegionRef region = regions.require(caller, regionCode);
            requireConfigure(caller, region.code());
            Row source = body.copyOf() == null ? null : requireScheme(caller, body.copyOf());
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
            Row created = repo.scheme(id).orElseThrow();
            if (source != null) {
                repo.replaceCategories(created, repo.categories(source));
                repo.replaceQuotas(created, repo.quotas(source).stream()
                        .map(q -> new Quota(null, q.label(), q.appliesTo(), q.kind(), q.share(), q.perYear())).toList());
            } else if (Boolean.TRUE.equals(body.fromTemplate())) {
                repo.replaceCategories(created, template(region.id()));
            }
            audit.record(new AuditLog.Change(region.id(), caller.username(), "CREATED", "urgency_scheme", String.valueOf(id),
                    created.versionNo(), null, null, created.name(), source == null ? null : "kopie van versie " + source.versionNo()));
            return view(caller, repo.scheme(id).orElseThrow());
        });
    }

    Scheme get(Caller caller, long id) {
        return tx.read(caller.scope(), () -> view(caller, requireScheme(caller, id)));
    }

    Scheme update(Caller caller, long id, SchemeInput body) {
        return tx.write(caller.scope(), () -> {
            Row s = requireEditable(caller, id);
            Set<Long> quotaIds = repo.quotas(s).stream().map(Quota::id).collect(Collectors.toSet());
            SchemeInput.Checked checked = body.validate(targetGroups(s.regionId()), quotaIds);
            Consistency consistency = SchemeChecks.consistency(checked.categories(), checked.quotas());
            if (!consistency.consistent()) {
                throw inconsistent(consistency);
            }
            if (!repo.updateHeader(s, checked.header(), body.lockVersion(), caller.username())) {
                throw new ProblemException(HttpStatus.CONFLICT, "VERSION_CONFLICT",
                        "Iemand anders heeft deze versie intussen gewijzigd. Laad haar opnieuw.", view(caller, s));
            }
            repo.replaceCategories(s, checked.categories());
            repo.replaceQuotas(s, checked.quotas());
            audit.record(new AuditLog.Change(s.regionId(), caller.username(), "UPDATED", "urgency_scheme", String.valueOf(s.id()),
                    s.versionNo(), null, null, checked.categories().size() + " categorieën, " + checked.quotas().size() + " quota", null));
            return view(caller, repo.scheme(id).orElseThrow());
        });
    }

    Scheme adopt(Caller caller, long id, int lockVersion) {
        return tx.write(caller.scope(), () -> {
            Row s = requireEditable(caller, id);
            Consistency consistency = SchemeChecks.consistency(repo.categories(s), repo.quotas(s));
            if (!consistency.consistent()) {
                throw inconsistent(consistency);
            }
            List<Row> overlap = repo.adoptedOverlapping(s.regionId(), s.validFrom(), s.validTo(), s.id());
            if (!overlap.isEmpty()) {
                Row o = overlap.get(0);
                throw new ProblemException(HttpStatus.CONFLICT, "SCHEME_OVERLAP", "Versie " + o.versionNo() + " is al vastgesteld voor "
                        + o.validFrom() + " t/m " + o.validTo() + " en overlapt met deze versie. Pas de geldigheid aan.");
            }
            if (!repo.adopt(s, lockVersion, caller.username())) {
                throw new ProblemException(HttpStatus.CONFLICT, "VERSION_CONFLICT",
                        "Iemand anders heeft deze versie intussen gewijzigd. Laad haar opnieuw.", view(caller, s));
            }
            audit.record(new AuditLog.Change(s.regionId(), caller.username(), "ADOPTED", "urgency_scheme", String.valueOf(s.id()),
                    s.versionNo(), null, "CONCEPT", "ADOPTED", s.validFrom() + " t/m " + s.validTo()));
            return view(caller, repo.scheme(id).orElseThrow());
        });
    }

    void delete(Caller caller, long id, int lockVersion) {
        tx.write(caller.scope(), () -> {
            Row s = requireEditable(caller, id);
            if (!repo.delete(s, lockVersion)) {
                throw new ProblemException(HttpStatus.CONFLICT, "VERSION_CONFLICT", "Iemand anders heeft deze versie intussen gewijzigd.");
            }
            audit.record(new AuditLog.Change(s.regionId(), caller.username(), "DELETED", "urgency_scheme", String.valueOf(s.id()),
                    s.versionNo(), null, s.name(), null, null));
            return null;
        });
    }

    /** The readable document of a version (PDF), for every reader. */
    byte[] document(Caller caller, long id) {
        UrgencyViews.Scheme scheme = get(caller, id);
        Map<String, String> groupNames = tx.read(caller.scope(), () -> {
            Map<String, String> names = new HashMap<>();
            groups.forRegion(requireScheme(caller, id).regionId(), false).forEach(g -> names.put(g.code(), g.name()));
            return names;
        });
        return nl.thuisplan.urgency.report.UrgencyDocument.pdf(UrgencyPdf.data(scheme, groupNames, caller.username()));
    }

    // ---- shared within the package ----

    Row requireScheme(Caller caller, long id) {
        Row s = repo.scheme(id).orElseThrow(() -> ProblemException.notFound("Urgentieregeling " + id));
        if (!caller.scope().allowsRegion(s.regionId())) {
            throw ProblemException.notFound("Urgentieregeling " + id);
        }
        return s;
    }

    Row requireEditable(Caller caller, long id) {
        Row s = requireScheme(caller, id);
        requireConfigure(caller, s.regionCode());
        if (s.adopted()) {
            throw new ProblemException(HttpStatus.CONFLICT, "SCHEME_LOCKED", "Deze versie is vastgesteld en verandert niet meer.");
        }
        return s;
    }

    static boolean configures(Caller caller, String regionCode) {
        return caller.managesRegion(regionCode) || caller.is(Role.PLATFORM_ADMIN);
    }

    static void requireConfigure(Caller caller, String regionCode) {
        if (!configures(caller, regionCode)) {
            throw ProblemException.forbidden("Alleen de programmamanager van de regio bewerkt en stelt de urgentieregeling vast.");
        }
    }

    static String status(Row s) {
        return s.adopted() && s.validTo().isBefore(LocalDate.now()) ? "EXPIRED" : s.status();
    }

    Scheme view(Caller caller, Row s) {
        List<Category> categories = repo.categories(s);
        List<Quota> quotas = repo.quotas(s);
        Map<Long, String> labels = new HashMap<>();
        quotas.forEach(q -> labels.put(q.id(), q.label()));
        Map<String, String> names = memberNames(s.regionId());
        List<Deviation> deviations = repo.deviations(s).stream().map(d -> deviation(caller, s, d, labels, names)).toList();
        List<String> actions = new ArrayList<>();
        if (configures(caller, s.regionCode()) && !s.adopted()) {
            actions.addAll(List.of("EDIT", "ADOPT"));
        }
        if (caller.is(Role.MUNICIPALITY_OFFICER) && caller.municipality() != null && names.containsKey(caller.municipality().code())) {
            actions.add("PROPOSE_DEVIATION");
        }
        return new Scheme(s.id(), new Ref(s.regionCode(), s.regionName()), s.name(), s.versionNo(), status(s), s.lockVersion(),
                s.validFrom(), s.validTo(), new LegalBasis(s.legalName(), s.legalDate()), s.adoptedAt(), s.adoptedBy(), s.basedOn(),
                categories, quotas, deviations, SchemeChecks.warnings(s.validFrom(), s.validTo(), categories),
                SchemeChecks.consistency(categories, quotas), actions);
    }

    /** Member names in a region-wide scope: which gemeenten form a region is public (see BoundaryController). */
    Map<String, String> memberNames(int regionId) {
        Map<String, String> names = new HashMap<>();
        tx.read(Scope.regionsWithAllTheirMunicipalities(Set.of(regionId)), () -> members.current(regionId))
                .forEach(m -> names.put(m.code(), m.name()));
        return names;
    }

    static Deviation deviation(Caller caller, Row s, DeviationRow d, Map<Long, String> labels, Map<String, String> names) {
        List<String> actions = "PROPOSED".equals(d.status()) && !s.adopted() && configures(caller, s.regionCode())
                ? List.of("ACCEPT", "REJECT") : List.of();
        return new Deviation(d.id(), new Ref(d.municipality(), names.getOrDefault(d.municipality(), d.municipality())), d.quotaId(),
                labels.getOrDefault(d.quotaId(), "?"), d.share() == null ? null : d.share().stripTrailingZeros().toPlainString(),
                d.perYear(), d.reason(), d.status(), d.proposedBy(), d.proposedAt(), d.decidedBy(), d.decidedAt(), actions);
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

    private static ProblemException inconsistent(Consistency c) {
        boolean overlap = c.clashes().stream().anyMatch(x -> x.code().equals("QUOTA_SETS_OVERLAP"));
        return new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, overlap ? "QUOTA_SETS_OVERLAP" : "QUOTAS_INCONSISTENT",
                c.clashes().get(0).message(), c.clashes(), true);
    }
}
