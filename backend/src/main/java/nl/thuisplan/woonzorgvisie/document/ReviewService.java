package nl.thuisplan.woonzorgvisie.document;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.thuisplan.audit.AuditLog;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.FieldProblem;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.report.PdfDocuments;
import nl.thuisplan.woonzorgvisie.document.DocumentLayout.LaidSection;
import nl.thuisplan.woonzorgvisie.document.DocumentRepository.CommentRow;
import nl.thuisplan.woonzorgvisie.document.DocumentRepository.DocumentRow;
import nl.thuisplan.woonzorgvisie.document.DocumentViews.AdoptInput;
import nl.thuisplan.woonzorgvisie.document.DocumentViews.CommentView;
import nl.thuisplan.woonzorgvisie.document.DocumentViews.DocumentView;
import nl.thuisplan.woonzorgvisie.figures.Figures;

/**
 * The review: the writer offers the document (concept → in review), the programme manager comments
 * per section and either sends it back or adopts it once every comment is resolved. Adoption
 * stores the figures as they are at that moment, and the database freezes the document.
 */
@Singleton
class ReviewService {

    private final TenantTransactions tx;
    private final DocumentRepository repo;
    private final DocumentLoader loader;
    private final AuditLog audit;

    ReviewService(TenantTransactions tx, DocumentRepository repo, DocumentLoader loader, AuditLog audit) {
        this.tx = tx;
        this.repo = repo;
        this.loader = loader;
        this.audit = audit;
    }

    DocumentView submit(Caller caller, long id, Integer lockVersion) {
        return tx.write(caller.scope(), () -> {
            DocumentRow d = loader.requireLocked(caller, id);
            if (!DocumentAccess.writes(caller, d)) {
                throw ProblemException.forbidden("Alleen de schrijver biedt de woonzorgvisie ter beoordeling aan.");
            }
            requireStatus(d, "CONCEPT", "Alleen een concept kan ter beoordeling worden aangeboden.");
            List<FieldProblem> empty = loader.layout(d).stream().flatMap(c -> c.sections().stream())
                    .filter(s -> s.required() && !DocumentLayout.filled(s))
                    .map(s -> new FieldProblem("sections." + s.key(), "REQUIRED_SECTION_EMPTY",
                            "Verplichte paragraaf " + DocumentService.place(s) + " is nog niet ingevuld."))
                    .toList();
            if (!empty.isEmpty()) {
                throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "REQUIRED_SECTIONS_EMPTY",
                        empty.size() + (empty.size() == 1 ? " verplichte paragraaf is" : " verplichte paragrafen zijn") + " nog niet ingevuld.",
                        empty);
            }
            move(caller, d, "IN_REVIEW", lockVersion, "SUBMITTED");
            return loader.view(caller, repo.document(id).orElseThrow());
        });
    }

    DocumentView sendBack(Caller caller, long id, Integer lockVersion) {
        return tx.write(caller.scope(), () -> {
            DocumentRow d = loader.requireLocked(caller, id);
            requireReviewer(caller, d);
            requireStatus(d, "IN_REVIEW", "Alleen een woonzorgvisie ter beoordeling gaat terug naar concept.");
            move(caller, d, "CONCEPT", lockVersion, "RETURNED");
            return loader.view(caller, repo.document(id).orElseThrow());
        });
    }

    DocumentView adopt(Caller caller, long id, AdoptInput body) {
        LocalDate decision = decisionDate(body.decisionDate());
        if (body.decisionReference() != null && body.decisionReference().length() > 200) {
            throw ProblemException.badInput("decisionReference", "LENGTH", "Het kenmerk is hoogstens 200 tekens.");
        }
        return tx.write(caller.scope(), () -> {
            DocumentRow d = loader.requireLocked(caller, id);
            requireReviewer(caller, d);
            requireStatus(d, "IN_REVIEW", "Alleen een beoordeelde woonzorgvisie kan worden vastgesteld.");
            long open = repo.comments(d).stream().filter(c -> c.resolvedAt() == null).count();
            if (open > 0) {
                throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "OPEN_COMMENTS",
                        open + (open == 1 ? " opmerking is" : " opmerkingen zijn") + " nog niet afgehandeld.");
            }
            Figures snapshot = loader.liveFigures(d);
            String reference = body.decisionReference() == null || body.decisionReference().isBlank() ? null : body.decisionReference().strip();
            if (body.lockVersion() == null || !repo.adopt(d, body.lockVersion(), decision, reference, snapshot, caller.username())) {
                throw conflict(caller, id);
            }
            audit.record(new AuditLog.Change(d.regionId(), caller.username(), "ADOPTED", "wzv_document", String.valueOf(id),
                    d.templateVersionNo(), null, d.status(), "ADOPTED", "besluit " + decision + (reference == null ? "" : ", " + reference)));
            return loader.view(caller, repo.document(id).orElseThrow());
        });
    }

    CommentView comment(Caller caller, long id, String key, String text) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.length() > 4000) {
            throw ProblemException.badInput("body", "LENGTH", "Een opmerking heeft 1 tot 4000 tekens.");
        }
        return tx.write(caller.scope(), () -> {
            DocumentRow d = loader.require(caller, id);
            requireReviewer(caller, d);
            requireStatus(d, "IN_REVIEW", "Opmerkingen plaatst de programmamanager terwijl de woonzorgvisie ter beoordeling ligt.");
            LaidSection s = DocumentService.find(loader.layout(d), key, id);
            CommentRow c = repo.insertComment(d, s.key(), body, caller.username());
            audit.record(new AuditLog.Change(d.regionId(), caller.username(), "COMMENTED", "wzv_document", String.valueOf(id), null,
                    key, null, body, null));
            return view(c);
        });
    }

    CommentView resolve(Caller caller, long id, long commentId) {
        return tx.write(caller.scope(), () -> {
            DocumentRow d = loader.require(caller, id);
            if (!DocumentAccess.writes(caller, d) && !DocumentAccess.reviews(caller, d)) {
                throw ProblemException.forbidden("Alleen de schrijver of de programmamanager handelt een opmerking af.");
            }
            if (d.adopted()) {
                throw new ProblemException(HttpStatus.CONFLICT, "DOCUMENT_NOT_EDITABLE", "Deze woonzorgvisie is vastgesteld.");
            }
            CommentRow c = repo.comments(d).stream().filter(x -> x.id() == commentId).findFirst()
                    .orElseThrow(() -> ProblemException.notFound("Opmerking " + commentId));
            if (c.resolvedAt() != null) {
                return view(c);
            }
            CommentRow done = repo.resolve(d, commentId, caller.username()).orElseThrow();
            audit.record(new AuditLog.Change(d.regionId(), caller.username(), "COMMENT_RESOLVED", "wzv_document", String.valueOf(id),
                    null, c.sectionKey(), null, null, c.body()));
            return view(done);
        });
    }

    private void move(Caller caller, DocumentRow d, String status, Integer lockVersion, String action) {
        if (lockVersion == null || !repo.setStatus(d, status, lockVersion, caller.username())) {
            throw conflict(caller, d.id());
        }
        audit.record(new AuditLog.Change(d.regionId(), caller.username(), action, "wzv_document", String.valueOf(d.id()),
                d.templateVersionNo(), "status", d.status(), status, null));
    }

    private ProblemException conflict(Caller caller, long id) {
        return new ProblemException(HttpStatus.CONFLICT, "VERSION_CONFLICT",
                "De woonzorgvisie is intussen gewijzigd. Laad haar opnieuw.", loader.view(caller, repo.document(id).orElseThrow()));
    }

    private static void requireReviewer(Caller caller, DocumentRow d) {
        if (!DocumentAccess.reviews(caller, d)) {
            throw ProblemException.forbidden("Alleen de programmamanager van de regio beoordeelt en stelt vast.");
        }
    }

    private static void requireStatus(DocumentRow d, String status, String message) {
        if (!status.equals(d.status())) {
            throw new ProblemException(HttpStatus.CONFLICT, "WRONG_STATUS", message);
        }
    }

    private static LocalDate decisionDate(String text) {
        if (text == null || text.isBlank()) {
            throw ProblemException.badInput("decisionDate", "REQUIRED", "Vul de datum van het raadsbesluit in.");
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.isAfter(LocalDate.now(PdfDocuments.AMSTERDAM)) || date.getYear() < 2000) {
                throw ProblemException.badInput("decisionDate", "RANGE", "De besluitdatum ligt niet in de toekomst (en na 2000).");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw ProblemException.badInput("decisionDate", "FORMAT", "Een datum als 2026-03-12.");
        }
    }

    private static CommentView view(CommentRow c) {
        return new CommentView(c.id(), c.author(), c.body(), c.createdAt(), c.resolvedAt(), c.resolvedBy());
    }
}
