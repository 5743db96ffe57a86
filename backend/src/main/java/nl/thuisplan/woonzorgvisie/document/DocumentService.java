package nl.thuisplan.woonzorgvisie.document;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.thuisplan.audit.AuditLog;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.FieldProblem;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.region.Regions;
import nl.thuisplan.region.Regions.RegionRef;
import nl.thuisplan.woonzorgvisie.content.RenderedDocument;
import nl.thuisplan.woonzorgvisie.document.DocumentLayout.LaidChapter;
import nl.thuisplan.woonzorgvisie.document.DocumentLayout.LaidSection;
import nl.thuisplan.woonzorgvisie.document.DocumentRepository.DocumentRow;
import nl.thuisplan.woonzorgvisie.document.DocumentViews.DocumentSummary;
import nl.thuisplan.woonzorgvisie.document.DocumentViews.DocumentView;
import nl.thuisplan.woonzorgvisie.document.DocumentViews.NewDocument;
import nl.thuisplan.woonzorgvisie.document.DocumentViews.Preview;
import nl.thuisplan.woonzorgvisie.document.DocumentViews.SectionInput;
import nl.thuisplan.woonzorgvisie.document.DocumentViews.SectionView;
import nl.thuisplan.woonzorgvisie.figures.Areas;
import nl.thuisplan.woonzorgvisie.figures.Figures;
import nl.thuisplan.woonzorgvisie.figures.FiguresService;
import nl.thuisplan.woonzorgvisie.template.TemplateContent;
import nl.thuisplan.woonzorgvisie.document.DocumentViews.RegionActions;
import nl.thuisplan.woonzorgvisie.template.TemplateRepository.TemplateRow;
import nl.thuisplan.woonzorgvisie.template.TemplateService;
import nl.thuisplan.woonzorgvisie.template.TemplateVersions;
import nl.thuisplan.woonzorgvisie.template.TemplateVersions.VersionRow;
import nl.thuisplan.woonzorgvisie.template.TemplateWorkflow;
import nl.thuisplan.woonzorgvisie.text.Catalogue;
import nl.thuisplan.woonzorgvisie.text.SectionRenderer;
import nl.thuisplan.woonzorgvisie.text.TextCheck;

/** Creating, reading and writing documents. Review and adoption are in {@link ReviewService}. */
@Singleton
class DocumentService {

    static final int MAX_BODY = 100_000;

    private final TenantTransactions tx;
    private final Regions regions;
    private final DocumentRepository repo;
    private final DocumentLoader loader;
    private final TemplateService templateService;
    private final TemplateVersions templates;
    private final Areas areas;
    private final FiguresService figures;
    private final DocumentWorkflow workflow;
    private final AuditLog audit;

    DocumentService(TenantTransactions tx, Regions regions, DocumentRepository repo, DocumentLoader loader,
                    TemplateService templateService, TemplateVersions templates, Areas areas, FiguresService figures,
                    DocumentWorkflow workflow, AuditLog audit) {
        this.tx = tx;
        this.regions = regions;
        this.repo = repo;
        this.loader = loader;
        this.templateService = templateService;
        this.templates = templates;
        this.areas = areas;
        this.figures = figures;
        this.workflow = workflow;
        this.audit = audit;
    }

    List<DocumentSummary> list(Caller caller, String regionCode) {
        return tx.read(caller.scope(), () -> {
            RegionRef region = regions.require(caller, regionCode);
            return repo.documents(region.id()).stream().filter(d -> DocumentWorkflow.reads(caller, d))
                    .map(d -> loader.summary(caller, d)).toList();
        });
    }

    /** What the caller may start in the region: the overview pages show their "new" forms from this. */
    RegionActions allowedInRegion(Caller caller, String regionCode) {
        RegionRef region = tx.read(caller.scope(), () -> regions.require(caller, regionCode));
        List<String> allowed = new ArrayList<>();
        templateService.allowedInRegion(caller, region.code()).forEach(a -> allowed.add(a.name()));
        workflow.allowedInRegion(caller, region.code()).forEach(a -> allowed.add(a.name()));
        return new RegionActions(region.code(), List.copyOf(allowed));
    }

    DocumentView create(Caller caller, String regionCode, NewDocument body) {
        RegionRef region = tx.read(caller.scope(), () -> regions.require(caller, regionCode));
        List<FieldProblem> problems = new ArrayList<>();
        if (body.templateId() == null) {
            problems.add(new FieldProblem("templateId", "REQUIRED", "Kies een sjabloon."));
        }
        boolean municipal = body.municipalityCode() != null && !body.municipalityCode().isBlank();
        boolean sub = body.subregionCode() != null && !body.subregionCode().isBlank();
        if (municipal == sub) {
            problems.add(new FieldProblem("municipalityCode", "AREA", "Kies één gemeente of één deelregio."));
        }
        if (body.fromYear() == null || body.fromYear() < 2000 || body.fromYear() > 2100) {
            problems.add(new FieldProblem("fromYear", "RANGE", "Een beginjaar van 2000 tot en met 2100."));
        }
        if (body.toYear() == null || body.toYear() < 2000 || body.toYear() > 2100) {
            problems.add(new FieldProblem("toYear", "RANGE", "Een eindjaar van 2000 tot en met 2100."));
        } else if (body.fromYear() != null && (body.toYear() < body.fromYear() || body.toYear() - body.fromYear() > 10)) {
            problems.add(new FieldProblem("toYear", "PERIOD", "Het eindjaar ligt op of na het beginjaar, hoogstens tien jaar later."));
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "De invoer is niet geldig.", problems);
        }
        if (municipal && !DocumentWorkflow.creates(caller, region.code(), body.municipalityCode())) {
            throw ProblemException.forbidden("Een gemeente maakt alleen haar eigen woonzorgvisie.");
        }
        if (sub && !DocumentWorkflow.creates(caller, region.code(), null)) {
            throw ProblemException.forbidden("Een woonzorgvisie voor een deelregio maakt de programmamanager.");
        }
        // the area and duplicates are checked region-wide: a gemeente's scope cannot see other municipalities' documents
        long id = tx.write(caller.scope(), () -> {
            TemplateRow t = templateService.requireTemplate(caller, body.templateId());
            if (t.regionId() != region.id()) {
                throw ProblemException.badInput("templateId", "OTHER_REGION", "Dat sjabloon hoort bij een andere regio.");
            }
            VersionRow v = templates.newestPublished(t.id()).orElseThrow(() -> new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY,
                    "NO_PUBLISHED_TEMPLATE", "Sjabloon '" + t.name() + "' heeft nog geen gepubliceerde versie."));
            tx.read(Scope.regionsWithAllTheirMunicipalities(Set.of(region.id())), () -> {
                if ((municipal ? areas.municipality(region.id(), body.municipalityCode()) : areas.subregion(region.id(), body.subregionCode()))
                        .isEmpty()) {
                    throw ProblemException.badInput(municipal ? "municipalityCode" : "subregionCode", "NOT_IN_REGION",
                            (municipal ? "Gemeente " : "Deelregio ") + (municipal ? body.municipalityCode() : body.subregionCode())
                                    + " hoort niet bij " + region.name() + ".");
                }
                if (repo.exists(region.id(), municipal ? body.municipalityCode() : null, sub ? body.subregionCode() : null, body.fromYear())) {
                    throw new ProblemException(HttpStatus.CONFLICT, "DOCUMENT_EXISTS",
                            "Er is al een woonzorgvisie voor dit gebied die in " + body.fromYear() + " begint.");
                }
                return null;
            });
            long created = repo.insert(region.id(), municipal ? body.municipalityCode() : null, sub ? body.subregionCode() : null,
                    body.fromYear(), body.toYear(), t.id(), v.no(), caller.username());
            DocumentRow d = repo.document(created).orElseThrow();
            for (TemplateContent.Placed p : TemplateContent.placed(v.chapters())) {
                repo.insertSection(d.regionId(), d.id(), p.section().key(), v.no(), p.section().bodyText(), caller.username());
            }
            audit.record(new AuditLog.Change(region.id(), caller.username(), "CREATED", "wzv_document", String.valueOf(created), v.no(),
                    null, null, DocumentLoader.title(d), "sjabloon " + t.name() + " versie " + v.no()));
            return created;
        });
        return get(caller, id);
    }

    DocumentView get(Caller caller, long id) {
        return tx.read(caller.scope(), () -> loader.view(caller, loader.require(caller, id)));
    }

    SectionView saveSection(Caller caller, long id, String key, SectionInput body) {
        return tx.write(caller.scope(), () -> {
            DocumentRow d = loader.require(caller, id);
            workflow.require(caller, d, DocumentAction.EDIT);
            LaidSection section = find(loader.layout(d), key, id);
            String text = body.body() == null ? "" : body.body();
            if (body.lockVersion() == null) {
                throw ProblemException.badInput("lockVersion", "REQUIRED", "De versie (lockVersion) ontbreekt.");
            }
            if (text.length() > MAX_BODY) {
                throw ProblemException.badInput("body", "LENGTH", "De tekst is langer dan 100.000 tekens.");
            }
            List<FieldProblem> problems = TextCheck.check(text, catalogue(d), "body", place(section));
            if (!problems.isEmpty()) {
                throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "SECTION_INVALID",
                        problems.size() == 1 ? problems.get(0).message() : "De tekst bevat " + problems.size() + " fouten.", problems);
            }
            if (text.equals(section.row().body()) && body.lockVersion() == section.row().lockVersion()) {
                return DocumentLoader.section(section, List.of()); // an autosave of unchanged text writes nothing
            }
            if (repo.updateSection(d.regionId(), d.id(), key, text, body.lockVersion(), caller.username()) != 1) {
                LaidSection now = find(loader.layout(d), key, id);
                throw new ProblemException(HttpStatus.CONFLICT, "SECTION_CONFLICT", now.row().updatedBy()
                        + " heeft deze paragraaf intussen gewijzigd. Kies welke tekst blijft; er is niets overschreven.",
                        DocumentLoader.section(now, List.of()));
            }
            repo.touch(d.regionId(), d.id(), caller.username());
            audit.record(new AuditLog.Change(d.regionId(), caller.username(), "SECTION_SAVED", "wzv_document", String.valueOf(id),
                    body.lockVersion() + 1, key, section.row().body(), text, null));
            return get(caller, id).chapters().stream().flatMap(c -> c.sections().stream()).filter(s -> s.key().equals(key))
                    .findFirst().orElseThrow();
        });
    }

    Preview preview(Caller caller, long id, String text) {
        if (text.length() > MAX_BODY) {
            throw ProblemException.badInput("body", "LENGTH", "De tekst is langer dan 100.000 tekens.");
        }
        return tx.read(caller.scope(), () -> {
            DocumentRow d = loader.require(caller, id);
            Figures f = loader.figures(d);
            return new Preview(SectionRenderer.render(text, f.values(), f.blocks()),
                    TextCheck.check(text, catalogue(d), "body", "deze tekst"));
        });
    }

    RenderedDocument rendered(Caller caller, long id) {
        return tx.read(caller.scope(), () -> loader.rendered(loader.require(caller, id)));
    }

    private Catalogue catalogue(DocumentRow d) {
        return Catalogue.forGroups(figures.groups(d.regionId()));
    }

    static LaidSection find(List<LaidChapter> layout, String key, long id) {
        return layout.stream().flatMap(c -> c.sections().stream()).filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Paragraaf " + key + " van woonzorgvisie " + id));
    }

    static String place(LaidSection s) {
        return (s.number() == null ? "" : s.number() + " ") + s.title();
    }
}
