package nl.thuisplan.woonzorgvisie.template;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.thuisplan.audit.AuditLog;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.FieldProblem;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.workflow.LockVersionInput;
import nl.thuisplan.workflow.Transitions;
import nl.thuisplan.region.Members;
import nl.thuisplan.region.Regions;
import nl.thuisplan.region.Regions.RegionRef;
import nl.thuisplan.woonzorgvisie.figures.Area;
import nl.thuisplan.woonzorgvisie.figures.Areas;
import nl.thuisplan.woonzorgvisie.figures.Figures;
import nl.thuisplan.woonzorgvisie.figures.FiguresService;
import nl.thuisplan.woonzorgvisie.template.TemplateContent.Chapter;
import nl.thuisplan.woonzorgvisie.template.TemplateRepository.TemplateRow;
import nl.thuisplan.woonzorgvisie.template.TemplateVersions.VersionRow;
import nl.thuisplan.woonzorgvisie.template.TemplateViews.NewTemplate;
import nl.thuisplan.woonzorgvisie.template.TemplateViews.Preview;
import nl.thuisplan.woonzorgvisie.template.TemplateViews.TemplateDetail;
import nl.thuisplan.woonzorgvisie.template.TemplateViews.TemplateSummary;
import nl.thuisplan.woonzorgvisie.template.TemplateViews.TemplateVersion;
import nl.thuisplan.woonzorgvisie.template.TemplateViews.VersionInput;
import nl.thuisplan.woonzorgvisie.template.TemplateViews.VersionSummary;
import nl.thuisplan.woonzorgvisie.text.Catalogue;
import nl.thuisplan.woonzorgvisie.text.SectionRenderer;
import nl.thuisplan.woonzorgvisie.text.TextCheck;

/**
 * Templates: everyone in scope of the region reads published versions; the region's programme
 * manager and the beheerder create templates, edit drafts and publish ({@link TemplateWorkflow}).
 * A published version is what documents follow, so it never changes (the database refuses it too).
 */
@Singleton
public class TemplateService {

    private final TenantTransactions tx;
    private final Regions regions;
    private final Members members;
    private final TemplateRepository repo;
    private final TemplateVersions versions;
    private final TemplateWorkflow workflow;
    private final Transitions transitions;
    private final FiguresService figures;
    private final Areas areas;
    private final AuditLog audit;

    TemplateService(TenantTransactions tx, Regions regions, Members members, TemplateRepository repo, TemplateVersions versions,
                    TemplateWorkflow workflow, Transitions transitions, FiguresService figures, Areas areas, AuditLog audit) {
        this.tx = tx;
        this.regions = regions;
        this.members = members;
        this.repo = repo;
        this.versions = versions;
        this.workflow = workflow;
        this.transitions = transitions;
        this.figures = figures;
        this.areas = areas;
        this.audit = audit;
    }

    private static void requireConfigure(Caller caller, String regionCode) {
        if (!TemplateWorkflow.configures(caller, regionCode)) {
            throw ProblemException.forbidden("Alleen de programmamanager van de regio beheert sjablonen.");
        }
    }

    public Catalogue catalogue(Caller caller, String regionCode) {
        return tx.read(caller.scope(), () -> Catalogue.forGroups(figures.groups(regions.require(caller, regionCode).id())));
    }

    /** What the caller may start in the region (a new template); the region must be in the caller's scope. */
    public List<TemplateAction> allowedInRegion(Caller caller, String regionCode) {
        return workflow.allowedInRegion(caller, regionCode);
    }

    List<TemplateSummary> list(Caller caller, String regionCode) {
        return tx.read(caller.scope(), () -> {
            RegionRef region = regions.require(caller, regionCode);
            boolean drafts = TemplateWorkflow.configures(caller, region.code());
            return repo.templates(region.id()).stream().map(t -> summary(caller, t, versions.versions(t.id())))
                    .filter(s -> drafts || s.publishedVersionNo() != null).toList();
        });
    }

    private TemplateSummary summary(Caller caller, TemplateRow t, List<VersionRow> all) {
        Integer published = all.stream().filter(VersionRow::published).map(VersionRow::no).reduce((a, b) -> b).orElse(null);
        Integer draft = all.stream().filter(v -> !v.published()).map(VersionRow::no).findFirst().orElse(null);
        return new TemplateSummary(t.id(), t.name(), t.description(), published, draft,
                all.isEmpty() ? t.createdAt() : all.get(all.size() - 1).updatedAt(),
                workflow.allowedOnTemplate(caller, t.regionCode(), all));
    }

    TemplateDetail create(Caller caller, String regionCode, NewTemplate body) {
        return tx.write(caller.scope(), () -> {
            RegionRef region = regions.require(caller, regionCode);
            requireConfigure(caller, region.code());
            String name = body.name() == null ? "" : body.name().strip();
            if (name.isEmpty() || name.length() > 200) {
                throw ProblemException.badInput("name", "REQUIRED", "Geef het sjabloon een naam (hoogstens 200 tekens).");
            }
            if (body.description() != null && body.description().length() > 2000) {
                throw ProblemException.badInput("description", "LENGTH", "De omschrijving is hoogstens 2000 tekens.");
            }
            if (repo.nameTaken(region.id(), name)) {
                throw new ProblemException(HttpStatus.CONFLICT, "TEMPLATE_EXISTS", "Er is al een sjabloon '" + name + "' in deze regio.");
            }
            long id = repo.insertTemplate(region.id(), name, body.description(), caller.username());
            versions.insert(region.id(), id, 1, DefaultTemplate.chapters(), "Standaardindeling woonzorgvisie", caller.username());
            audit.record(new AuditLog.Change(region.id(), caller.username(), "CREATED", "wzv_template", String.valueOf(id), 1,
                    null, null, name, null));
            return detail(caller, requireTemplate(caller, id));
        });
    }

    TemplateDetail get(Caller caller, long id) {
        return tx.read(caller.scope(), () -> detail(caller, requireTemplate(caller, id)));
    }

    private TemplateDetail detail(Caller caller, TemplateRow t) {
        boolean drafts = TemplateWorkflow.configures(caller, t.regionCode());
        List<VersionRow> all = versions.versions(t.id());
        List<VersionSummary> shown = all.stream().filter(v -> drafts || v.published())
                .map(v -> new VersionSummary(v.no(), v.status(), v.changeNote(), v.publishedAt(), v.publishedBy())).toList();
        return new TemplateDetail(t.id(), t.regionCode(), t.name(), t.description(), shown,
                workflow.allowedOnTemplate(caller, t.regionCode(), all));
    }

    TemplateVersion version(Caller caller, long id, int no) {
        return tx.read(caller.scope(), () -> view(caller, requireVersion(caller, requireTemplate(caller, id), no)));
    }

    TemplateVersion save(Caller caller, long id, int no, VersionInput body) {
        return tx.write(caller.scope(), () -> {
            TemplateRow t = requireTemplate(caller, id);
            requireConfigure(caller, t.regionCode());
            VersionRow v = requireVersion(caller, t, no);
            if (!workflow.allowed(caller, v).contains(TemplateAction.EDIT)) {
                throw workflow.notAllowedNow(v, TemplateAction.EDIT);
            }
            int lockVersion = LockVersionInput.require(body.lockVersion());
            List<Chapter> chapters = body.chapters() == null ? List.of() : body.chapters();
            check(t.regionId(), chapters);
            if (body.changeNote() != null && body.changeNote().length() > 2000) {
                throw ProblemException.badInput("changeNote", "LENGTH", "De toelichting op de wijziging is hoogstens 2000 tekens.");
            }
            if (!versions.updateDraft(v, chapters, body.changeNote(), lockVersion, caller.username())) {
                throw new ProblemException(HttpStatus.CONFLICT, "VERSION_CONFLICT",
                        "Iemand anders heeft deze versie intussen opgeslagen. Laad haar opnieuw.", view(caller, v));
            }
            audit.record(new AuditLog.Change(t.regionId(), caller.username(), "UPDATED", "wzv_template", String.valueOf(id), no,
                    null, null, TemplateContent.placed(chapters).size() + " paragrafen", body.changeNote()));
            return view(caller, versions.version(id, no).orElseThrow());
        });
    }

    TemplateVersion publish(Caller caller, long id, int no, @Nullable Integer lockVersion) {
        return tx.write(caller.scope(), () -> {
            TemplateRow t = requireTemplate(caller, id);
            VersionRow v = requireVersion(caller, t, no);
            return transitions.of(workflow, caller, v, TemplateAction.PUBLISH)
                    .lockVersion(lockVersion)
                    // the catalogue may have changed since the draft was saved (a target group switched off)
                    .check(() -> check(t.regionId(), v.chapters()))
                    .apply(expected -> versions.publish(v, expected, caller.username())
                            .map(after -> Transitions.done(view(caller, after), new AuditLog.Change(t.regionId(), caller.username(),
                                    TemplateVersionStatus.PUBLISHED.name(), "wzv_template", String.valueOf(id), no, null, null, null,
                                    v.changeNote()))));
        });
    }

    TemplateVersion newVersion(Caller caller, long id) {
        return tx.write(caller.scope(), () -> {
            TemplateRow t = requireTemplate(caller, id);
            requireConfigure(caller, t.regionCode());
            List<VersionRow> all = versions.versions(id);
            if (!workflow.allowedOnTemplate(caller, t.regionCode(), all).contains(TemplateAction.NEW_VERSION)) {
                VersionRow draft = all.stream().filter(v -> !v.published()).findFirst().orElseThrow();
                throw new ProblemException(HttpStatus.CONFLICT, "DRAFT_EXISTS",
                        "Versie " + draft.no() + " is nog in bewerking; publiceer die eerst.", view(caller, draft));
            }
            VersionRow newest = all.get(all.size() - 1);
            int no = newest.no() + 1;
            versions.insert(t.regionId(), id, no, newest.chapters(), null, caller.username());
            audit.record(new AuditLog.Change(t.regionId(), caller.username(), "VERSION_CREATED", "wzv_template", String.valueOf(id), no,
                    null, null, null, "kopie van versie " + newest.no()));
            return view(caller, versions.version(id, no).orElseThrow());
        });
    }

    /** How a text renders for one member municipality of the region, with the problems a save would report. */
    Preview preview(Caller caller, String regionCode, TemplateViews.PreviewInput body) {
        RegionRef region = tx.read(caller.scope(), () -> {
            RegionRef r = regions.require(caller, regionCode);
            requireConfigure(caller, r.code());
            return r;
        });
        String text = body.body() == null ? "" : body.body();
        if (text.length() > 100_000) {
            throw ProblemException.badInput("body", "LENGTH", "De tekst is langer dan 100.000 tekens.");
        }
        int year = body.year() == null ? LocalDate.now().getYear() : body.year();
        if (year < 2000 || year > 2100) {
            throw ProblemException.badInput("year", "RANGE", "Een jaar van 2000 tot en met 2100.");
        }
        return tx.read(Scope.regionsWithAllTheirMunicipalities(Set.of(region.id())), () -> {
            String code = body.municipalityCode() != null ? body.municipalityCode()
                    : members.current(region.id()).stream().findFirst().map(Members.Member::code)
                    .orElseThrow(() -> ProblemException.badInput("municipalityCode", "NO_MEMBERS", "De regio heeft geen gemeenten."));
            Area area = areas.municipality(region.id(), code).orElseThrow(() -> ProblemException.badInput("municipalityCode",
                    "NOT_IN_REGION", "Gemeente " + code + " hoort niet bij " + region.name() + "."));
            Figures f = figures.compute(region, area, year, year);
            Catalogue catalogue = Catalogue.forGroups(figures.groups(region.id()));
            List<FieldProblem> errors = TextCheck.check(text, catalogue, "body", "deze tekst");
            return new Preview(SectionRenderer.render(text, f.values(), f.blocks()), errors);
        });
    }

    private void check(int regionId, List<Chapter> chapters) {
        List<FieldProblem> problems = TemplateCheck.check(chapters, Catalogue.forGroups(figures.groups(regionId)));
        if (!problems.isEmpty()) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "TEMPLATE_INVALID",
                    problems.size() == 1 ? problems.get(0).message() : "Het sjabloon bevat " + problems.size() + " fouten.", problems);
        }
    }

    /** The template, if the caller's region holds it (otherwise 404, as if it did not exist). */
    public TemplateRow requireTemplate(Caller caller, long id) {
        TemplateRow t = repo.template(id).orElseThrow(() -> ProblemException.notFound("Sjabloon " + id));
        regions.require(caller, t.regionCode());
        return t;
    }

    private VersionRow requireVersion(Caller caller, TemplateRow t, int no) {
        VersionRow v = versions.version(t.id(), no).orElseThrow(() -> ProblemException.notFound("Versie " + no));
        if (!v.published() && !TemplateWorkflow.configures(caller, t.regionCode())) {
            throw ProblemException.forbidden("Een sjabloonversie in bewerking is alleen zichtbaar voor de programmamanager.");
        }
        return v;
    }

    private TemplateVersion view(Caller caller, VersionRow v) {
        return view(workflow, caller, v);
    }

    static TemplateVersion view(TemplateWorkflow workflow, Caller caller, VersionRow v) {
        return new TemplateVersion(v.templateId(), v.no(), v.status(), v.lockVersion(), v.changeNote(), v.chapters(),
                v.updatedAt(), v.updatedBy(), workflow.allowed(caller, v));
    }
}
