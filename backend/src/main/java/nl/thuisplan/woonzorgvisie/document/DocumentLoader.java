package nl.thuisplan.woonzorgvisie.document;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.region.Members.Member;
import nl.thuisplan.region.Regions;
import nl.thuisplan.region.Regions.RegionRef;
import nl.thuisplan.woonzorgvisie.content.RenderedDocument;
import nl.thuisplan.woonzorgvisie.document.DocumentLayout.LaidChapter;
import nl.thuisplan.woonzorgvisie.document.DocumentLayout.LaidSection;
import nl.thuisplan.woonzorgvisie.document.DocumentRepository.CommentRow;
import nl.thuisplan.woonzorgvisie.document.DocumentRepository.DocumentRow;
import nl.thuisplan.woonzorgvisie.document.DocumentRepository.SectionRow;
import nl.thuisplan.woonzorgvisie.document.DocumentViews.AreaView;
import nl.thuisplan.woonzorgvisie.document.DocumentViews.ChapterView;
import nl.thuisplan.woonzorgvisie.document.DocumentViews.CommentView;
import nl.thuisplan.woonzorgvisie.document.DocumentViews.DocumentSummary;
import nl.thuisplan.woonzorgvisie.document.DocumentViews.DocumentView;
import nl.thuisplan.woonzorgvisie.document.DocumentViews.Permissions;
import nl.thuisplan.woonzorgvisie.document.DocumentViews.Progress;
import nl.thuisplan.woonzorgvisie.document.DocumentViews.SectionView;
import nl.thuisplan.woonzorgvisie.document.DocumentViews.TemplateRef;
import nl.thuisplan.woonzorgvisie.figures.Area;
import nl.thuisplan.woonzorgvisie.figures.Areas;
import nl.thuisplan.woonzorgvisie.figures.Figures;
import nl.thuisplan.woonzorgvisie.figures.FiguresService;
import nl.thuisplan.woonzorgvisie.template.TemplateContent.Chapter;
import nl.thuisplan.woonzorgvisie.template.TemplateVersions;
import nl.thuisplan.woonzorgvisie.text.SectionRenderer;

/** Loads a document for a caller (404 when it may not read it) and builds what the endpoints show. */
@Singleton
class DocumentLoader {

    private final TenantTransactions tx;
    private final Regions regions;
    private final DocumentRepository repo;
    private final TemplateVersions templates;
    private final Areas areas;
    private final FiguresService figures;
    private final FigureSnapshots snapshots;
    private final DocumentWorkflow workflow;

    DocumentLoader(TenantTransactions tx, Regions regions, DocumentRepository repo, TemplateVersions templates, Areas areas,
                   FiguresService figures, FigureSnapshots snapshots, DocumentWorkflow workflow) {
        this.tx = tx;
        this.regions = regions;
        this.repo = repo;
        this.templates = templates;
        this.areas = areas;
        this.figures = figures;
        this.snapshots = snapshots;
        this.workflow = workflow;
    }

    DocumentRow require(Caller caller, long id) {
        return check(caller, repo.document(id), id);
    }

    /** As {@link #require}, with the row locked until the transaction ends. */
    DocumentRow requireLocked(Caller caller, long id) {
        return check(caller, repo.lock(id), id);
    }

    private DocumentRow check(Caller caller, Optional<DocumentRow> found, long id) {
        DocumentRow d = found.filter(r -> caller.scope().allowsRegion(r.regionId()))
                .orElseThrow(() -> ProblemException.notFound("Woonzorgvisie " + id));
        if (!DocumentWorkflow.reads(caller, d)) {
            throw ProblemException.notFound("Woonzorgvisie " + id);
        }
        return d;
    }

    /** The chapters of every template version the document or one of its sections follows. */
    Map<Integer, List<Chapter>> versions(DocumentRow d, List<SectionRow> rows) {
        Map<Integer, List<Chapter>> out = new HashMap<>();
        out.put(d.templateVersionNo(), templates.version(d.templateId(), d.templateVersionNo()).orElseThrow().chapters());
        for (SectionRow r : rows) {
            out.computeIfAbsent(r.templateVersionNo(), no -> templates.version(d.templateId(), no).orElseThrow().chapters());
        }
        return out;
    }

    List<LaidChapter> layout(DocumentRow d) {
        List<SectionRow> rows = repo.sections(d);
        return DocumentLayout.of(versions(d, rows), d.templateVersionNo(), rows);
    }

    /** The newest published version when it is newer than the one the document follows. */
    Integer newerVersion(DocumentRow d) {
        return templates.newestPublished(d.templateId()).map(TemplateVersions.VersionRow::no)
                .filter(no -> no > d.templateVersionNo()).orElse(null);
    }

    static String title(DocumentRow d) {
        return "Woonzorgvisie " + d.areaName() + " " + (d.fromYear() == d.toYear() ? String.valueOf(d.fromYear())
                : d.fromYear() + "–" + d.toYear());
    }

    static Progress progress(List<LaidChapter> layout) {
        int sections = 0;
        int filled = 0;
        int required = 0;
        int requiredFilled = 0;
        for (LaidChapter c : layout) {
            for (LaidSection s : c.sections()) {
                boolean f = DocumentLayout.filled(s);
                sections++;
                filled += f ? 1 : 0;
                required += s.required() ? 1 : 0;
                requiredFilled += s.required() && f ? 1 : 0;
            }
        }
        return new Progress(sections, filled, required, requiredFilled);
    }

    DocumentSummary summary(Caller caller, DocumentRow d) {
        List<LaidChapter> layout = layout(d);
        int open = (int) comments(caller, d).stream().filter(c -> c.resolvedAt() == null).count();
        return new DocumentSummary(d.id(), title(d), area(d), d.fromYear(), d.toYear(), d.status(), d.templateId(), d.templateName(),
                d.templateVersionNo(), d.adopted() ? null : newerVersion(d), progress(layout), open, d.updatedAt(), d.updatedBy(),
                d.lockVersion(), workflow.allowed(caller, d));
    }

    DocumentView view(Caller caller, DocumentRow d) {
        List<LaidChapter> layout = layout(d);
        Map<String, List<CommentView>> comments = new HashMap<>();
        for (CommentRow c : comments(caller, d)) {
            comments.computeIfAbsent(c.sectionKey(), k -> new ArrayList<>())
                    .add(new CommentView(c.id(), c.author(), c.body(), c.createdAt(), c.resolvedAt(), c.resolvedBy()));
        }
        List<ChapterView> chapters = layout.stream().map(c -> new ChapterView(c.key(), c.number(), c.title(),
                c.sections().stream().map(s -> section(s, comments.getOrDefault(s.key(), List.of()))).toList())).toList();
        List<DocumentAction> allowed = workflow.allowed(caller, d);
        // the older shape of allowedActions, kept because the API has it
        Permissions permissions = new Permissions(allowed.contains(DocumentAction.EDIT), allowed.contains(DocumentAction.SUBMIT),
                allowed.contains(DocumentAction.RETURN),
                allowed.contains(DocumentAction.ADOPT) || allowed.contains(DocumentAction.RECORD_ADOPTION));
        return new DocumentView(d.id(), title(d), d.regionCode(), area(d), d.fromYear(), d.toYear(), d.status(), d.lockVersion(),
                new TemplateRef(d.templateId(), d.templateName(), d.templateVersionNo()), d.adopted() ? null : newerVersion(d),
                d.submittedAt(), d.adoptedAt(), d.adoptedBy(), d.decisionDate(), d.decisionReference(),
                d.municipalityCode() != null ? "COUNCIL" : "REGION", d.approvedAt(), d.approvedBy(), d.approvalComment(), permissions,
                progress(layout), chapters, allowed);
    }

    private List<CommentRow> comments(Caller caller, DocumentRow d) {
        return DocumentWorkflow.readsComments(caller) ? repo.comments(d) : List.of();
    }

    static SectionView section(LaidSection s, List<CommentView> comments) {
        SectionRow r = s.row();
        return new SectionView(s.key(), s.number(), s.title(), s.guidance(), s.required(), r.body(), DocumentLayout.filled(s),
                r.lockVersion(), r.updatedAt(), r.updatedBy(), comments);
    }

    static AreaView area(DocumentRow d) {
        return new AreaView(d.areaKind(), d.areaCode(), d.areaName());
    }

    /** The figures the document shows: its snapshot once adopted, otherwise computed now. */
    Figures figures(DocumentRow d) {
        if (d.adopted()) {
            return snapshots.read(d);
        }
        return liveFigures(d);
    }

    /** Today's figures; read region-wide (the caller's right to this document is already checked). */
    Figures liveFigures(DocumentRow d) {
        return tx.read(Scope.regionsWithAllTheirMunicipalities(Set.of(d.regionId())), () -> {
            RegionRef region = regions.byId(d.regionId()).orElseThrow();
            Area area = (d.municipalityCode() != null ? areas.municipality(d.regionId(), d.municipalityCode())
                    : areas.subregion(d.regionId(), d.subregionCode()))
                    .orElseGet(() -> new Area(d.areaKind(), d.areaCode(), d.areaName(), "–",
                            d.municipalityCode() == null ? List.of() : List.of(new Member(d.municipalityCode(), d.areaName()))));
            return figures.compute(region, area, d.fromYear(), d.toYear());
        });
    }

    RenderedDocument rendered(DocumentRow d) {
        Figures f = figures(d);
        List<RenderedDocument.Chapter> chapters = layout(d).stream().map(c -> new RenderedDocument.Chapter(c.key(), c.number(), c.title(),
                c.sections().stream().map(s -> new RenderedDocument.Section(s.key(), s.number(), s.title(), s.required(),
                        SectionRenderer.render(s.row().body(), f.values(), f.blocks()))).toList())).toList();
        return new RenderedDocument(title(d), d.regionName(), d.areaName(), d.areaKind(), d.fromYear(), d.toYear(), d.status().name(),
                d.decisionDate(), d.decisionReference(), f.asOf(), d.templateName(), d.templateVersionNo(), chapters);
    }
}
