package nl.thuisplan.woonzorgvisie.document;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.thuisplan.audit.AuditLog;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.woonzorgvisie.document.DocumentRepository.DocumentRow;
import nl.thuisplan.woonzorgvisie.document.DocumentRepository.SectionRow;
import nl.thuisplan.woonzorgvisie.document.DocumentViews.DocumentView;
import nl.thuisplan.woonzorgvisie.document.DocumentViews.SectionContent;
import nl.thuisplan.woonzorgvisie.document.DocumentViews.TemplateChange;
import nl.thuisplan.woonzorgvisie.document.DocumentViews.TemplateChanges;
import nl.thuisplan.woonzorgvisie.template.TemplateContent.Chapter;
import nl.thuisplan.woonzorgvisie.template.TemplateContent.Section;
import nl.thuisplan.woonzorgvisie.template.TemplateVersions;
import nl.thuisplan.woonzorgvisie.template.TemplateVersions.VersionRow;

/**
 * Moving a document to a newer published template version, one section at a time: what differs
 * (added, removed, changed title, guidance, required flag or starting text), and taking one
 * difference over. The writer's own text is replaced only when asked, or when it is still the old
 * starting text. When nothing differs any more, the document follows the new version.
 */
@Singleton
class TemplateUpdate {

    private final TenantTransactions tx;
    private final DocumentRepository repo;
    private final DocumentLoader loader;
    private final TemplateVersions templates;
    private final DocumentWorkflow workflow;
    private final AuditLog audit;

    TemplateUpdate(TenantTransactions tx, DocumentRepository repo, DocumentLoader loader, TemplateVersions templates,
                   DocumentWorkflow workflow, AuditLog audit) {
        this.tx = tx;
        this.repo = repo;
        this.loader = loader;
        this.templates = templates;
        this.workflow = workflow;
        this.audit = audit;
    }

    TemplateChanges changes(Caller caller, long id) {
        return tx.read(caller.scope(), () -> {
            DocumentRow d = loader.require(caller, id);
            return changes(d);
        });
    }

    private TemplateChanges changes(DocumentRow d) {
        VersionRow newest = templates.newestPublished(d.templateId()).orElseThrow();
        if (d.adopted() || newest.no() <= d.templateVersionNo()) {
            return new TemplateChanges(d.templateVersionNo(), null, List.of());
        }
        return new TemplateChanges(d.templateVersionNo(), newest.no(), diff(d, newest));
    }

    private List<TemplateChange> diff(DocumentRow d, VersionRow newest) {
        List<SectionRow> rows = repo.sections(d);
        Map<Integer, List<Chapter>> versions = loader.versions(d, rows);
        Map<String, SectionRow> byKey = new HashMap<>();
        rows.forEach(r -> byKey.put(r.key(), r));
        List<TemplateChange> out = new ArrayList<>();
        for (Chapter c : newest.chapters()) {
            for (Section after : c.sectionList()) {
                SectionRow row = byKey.get(after.key());
                if (row == null) {
                    out.add(new TemplateChange(after.key(), c.title(), after.title(), "ADDED", List.of("section"), null,
                            content(after), true));
                    continue;
                }
                if (row.templateVersionNo() >= newest.no()) {
                    continue;
                }
                Section before = DocumentLayout.find(versions.get(row.templateVersionNo()), after.key());
                List<String> fields = fields(before, after);
                if (!fields.isEmpty()) {
                    out.add(new TemplateChange(after.key(), c.title(), after.title(), "CHANGED", fields, content(before), content(after),
                            untouched(row, before)));
                }
            }
        }
        for (SectionRow row : rows) {
            if (DocumentLayout.find(newest.chapters(), row.key()) == null) {
                List<Chapter> own = versions.get(row.templateVersionNo());
                Section before = DocumentLayout.find(own, row.key());
                Chapter chapter = DocumentLayout.chapterOf(own, row.key());
                out.add(new TemplateChange(row.key(), chapter == null ? "" : chapter.title(), before == null ? row.key() : before.title(),
                        "REMOVED", List.of("section"), before == null ? null : content(before), null, before != null && untouched(row, before)));
            }
        }
        return out;
    }

    DocumentView take(Caller caller, long id, String key, boolean replaceBody) {
        return tx.write(caller.scope(), () -> {
            DocumentRow d = loader.requireLocked(caller, id);
            workflow.require(caller, d, DocumentAction.TAKE_TEMPLATE_CHANGES);
            VersionRow newest = templates.newestPublished(d.templateId()).orElseThrow();
            TemplateChange change = (newest.no() > d.templateVersionNo() ? diff(d, newest) : List.<TemplateChange>of()).stream()
                    .filter(c -> c.key().equals(key)).findFirst()
                    .orElseThrow(() -> ProblemException.notFound("Sjabloonwijziging voor paragraaf " + key));
            SectionRow row = repo.sections(d).stream().filter(r -> r.key().equals(key)).findFirst().orElse(null);
            switch (change.change()) {
                case "ADDED" -> repo.insertSection(d.regionId(), d.id(), key, newest.no(), change.after().body(), caller.username());
                case "REMOVED" -> repo.deleteSection(d.regionId(), d.id(), key);
                default -> repo.followVersion(d.regionId(), d.id(), key, newest.no(),
                        replaceBody || change.bodyUntouched() ? change.after().body() : null, caller.username());
            }
            audit.record(new AuditLog.Change(d.regionId(), caller.username(), "TEMPLATE_CHANGE_TAKEN", "wzv_document", String.valueOf(id),
                    newest.no(), key, row == null ? null : row.body(), change.after() == null ? null : change.after().body(),
                    change.change() + " " + String.join(",", change.fields())));
            DocumentRow now = repo.document(id).orElseThrow();
            if (diff(now, newest).isEmpty()) {
                repo.setTemplateVersion(now.regionId(), now.id(), newest.no(), caller.username());
                audit.record(new AuditLog.Change(d.regionId(), caller.username(), "TEMPLATE_VERSION_FOLLOWED", "wzv_document",
                        String.valueOf(id), newest.no(), "template_version_no", String.valueOf(d.templateVersionNo()),
                        String.valueOf(newest.no()), null));
            } else {
                repo.touch(now.regionId(), now.id(), caller.username());
            }
            return loader.view(caller, repo.document(id).orElseThrow());
        });
    }

    /** A newer version that differs in no section of this document (only chapter titles or order): follow it at once. */
    DocumentView follow(Caller caller, long id) {
        return tx.write(caller.scope(), () -> {
            DocumentRow d = loader.requireLocked(caller, id);
            if (!workflow.allowed(caller, d).contains(DocumentAction.TAKE_TEMPLATE_CHANGES)) {
                // a writer of a document in review is refused alike: only a concept follows a new version
                throw ProblemException.forbidden("Alleen de schrijver van een concept volgt een nieuwe sjabloonversie.");
            }
            VersionRow newest = templates.newestPublished(d.templateId()).orElseThrow();
            if (newest.no() <= d.templateVersionNo()) {
                return loader.view(caller, d);
            }
            if (!diff(d, newest).isEmpty()) {
                throw new ProblemException(HttpStatus.CONFLICT, "CHANGES_PENDING",
                        "Neem eerst de gewijzigde paragrafen over (of niet): er zijn nog verschillen.");
            }
            repo.setTemplateVersion(d.regionId(), d.id(), newest.no(), caller.username());
            audit.record(new AuditLog.Change(d.regionId(), caller.username(), "TEMPLATE_VERSION_FOLLOWED", "wzv_document",
                    String.valueOf(id), newest.no(), "template_version_no", String.valueOf(d.templateVersionNo()),
                    String.valueOf(newest.no()), null));
            return loader.view(caller, repo.document(id).orElseThrow());
        });
    }

    private static List<String> fields(Section before, Section after) {
        List<String> out = new ArrayList<>();
        if (!Objects.equals(before.title(), after.title())) {
            out.add("title");
        }
        if (!before.guidanceText().equals(after.guidanceText())) {
            out.add("guidance");
        }
        if (before.isRequired() != after.isRequired()) {
            out.add("required");
        }
        if (!before.bodyText().equals(after.bodyText())) {
            out.add("body");
        }
        return out;
    }

    private static boolean untouched(SectionRow row, Section before) {
        return row.body().strip().equals(before.bodyText().strip());
    }

    private static SectionContent content(Section s) {
        return new SectionContent(s.title(), s.guidanceText(), s.isRequired(), s.bodyText());
    }
}
