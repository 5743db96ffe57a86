package nl.thuisplan.woonzorgvisie.document;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import nl.thuisplan.audit.AuditLog;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.FieldProblem;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.workflow.Transitions;
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
    private final DocumentWorkflow workflow;
    private final Transitions transitions;
    private final FigureSnapshots snapshots;
    private final AuditLog audit;

    ReviewService(TenantTransactions tx, DocumentRepository repo, DocumentLoader loader, DocumentWorkflow workflow,
                  Transitions transitions, FigureSnapshots snapshots, AuditLog audit) {
        this.tx = tx;
        this.repo = repo;
        this.loader = loader;
        this.workflow = workflow;
        this.transitions = transitions;
        this.snapshots = snapshots;
        this.audit = audit;
    }

    DocumentView submit(Caller caller, long id, Integer lockVersion) {
        return tx.write(caller.scope(), () -> {
            DocumentRow d = loader.requireLocked(caller, id);
            return transitions.of(workflow, caller, d, DocumentAction.SUBMIT)
                    .lockVersion(lockVersion)
                    .check(() -> requireFilled(d))
                    .apply(version -> move(caller, d, version, DocumentStatus.IN_REVIEW, DocumentAction.SUBMIT));
        });
    }

    DocumentView sendBack(Caller caller, long id, Integer lockVersion) {
        return tx.write(caller.scope(), () -> {
            DocumentRow d = loader.requireLocked(caller, id);
            return transitions.of(workflow, caller, d, DocumentAction.RETURN)
                    .lockVersion(lockVersion)
                    .apply(version -> move(caller, d, version, DocumentStatus.CONCEPT, DocumentAction.RETURN));
        });
    }

    DocumentView adopt(Caller caller, long id, AdoptInput body) {
        LocalDate decision = decisionDate(body.decisionDate());
        if (body.decisionReference() != null && body.decisionReference().length() > 200) {
            throw ProblemException.badInput("decisionReference", "LENGTH", "Het kenmerk is hoogstens 200 tekens.");
        }
        String reference = body.decisionReference() == null || body.decisionReference().isBlank() ? null : body.decisionReference().strip();
        return tx.write(caller.scope(), () -> {
            DocumentRow d = loader.requireLocked(caller, id);
            return transitions.of(workflow, caller, d, DocumentAction.ADOPT)
                    .lockVersion(body.lockVersion())
                    .check(() -> requireResolved(d))
                    .apply(version -> {
                        Figures snapshot = loader.liveFigures(d);
                        if (repo.adopt(d.regionId(), d.id(), version, decision, reference, snapshots.write(snapshot), caller.username(),
                                DocumentStatus.IN_REVIEW.name(), DocumentStatus.ADOPTED.name()) != 1) {
                            return Optional.empty();
                        }
                        return Optional.of(Transitions.done(loader.view(caller, repo.document(id).orElseThrow()),
                                new AuditLog.Change(d.regionId(), caller.username(), DocumentStatus.ADOPTED.name(), "wzv_document",
                                        String.valueOf(id), d.templateVersionNo(), null, d.status().name(), DocumentStatus.ADOPTED.name(),
                                        "besluit " + decision + (reference == null ? "" : ", " + reference))));
                    });
        });
    }

    CommentView comment(Caller caller, long id, String key, String text) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.length() > 4000) {
            throw ProblemException.badInput("body", "LENGTH", "Een opmerking heeft 1 tot 4000 tekens.");
        }
        return tx.write(caller.scope(), () -> {
            DocumentRow d = loader.require(caller, id);
            workflow.require(caller, d, DocumentAction.COMMENT);
            LaidSection s = DocumentService.find(loader.layout(d), key, id);
            CommentRow c = repo.insertComment(d.regionId(), d.id(), s.key(), body, caller.username());
            audit.record(new AuditLog.Change(d.regionId(), caller.username(), "COMMENTED", "wzv_document", String.valueOf(id), null,
                    key, null, body, null));
            return view(c);
        });
    }

    CommentView resolve(Caller caller, long id, long commentId) {
        return tx.write(caller.scope(), () -> {
            DocumentRow d = loader.require(caller, id);
            workflow.require(caller, d, DocumentAction.RESOLVE_COMMENT);
            CommentRow c = repo.comment(d.regionId(), d.id(), commentId)
                    .orElseThrow(() -> ProblemException.notFound("Opmerking " + commentId));
            if (c.resolvedAt() != null) {
                return view(c);
            }
            if (repo.resolve(d.regionId(), d.id(), commentId, caller.username()) != 1) {
                throw new IllegalStateException("comment " + commentId + " was resolved meanwhile");
            }
            CommentRow done = repo.comment(d.regionId(), d.id(), commentId).orElseThrow();
            audit.record(new AuditLog.Change(d.regionId(), caller.username(), "COMMENT_RESOLVED", "wzv_document", String.valueOf(id),
                    null, c.sectionKey(), null, null, c.body()));
            return view(done);
        });
    }

    /** One status change: the guarded write and its audit event; empty when the lock version moved on. */
    private Optional<Transitions.Done<DocumentView>> move(Caller caller, DocumentRow d, int version, DocumentStatus to,
                                                          DocumentAction action) {
        if (repo.setStatus(d.regionId(), d.id(), to.name(), version, caller.username(), DocumentStatus.IN_REVIEW.name()) != 1) {
            return Optional.empty();
        }
        return Optional.of(Transitions.done(loader.view(caller, repo.document(d.id()).orElseThrow()),
                new AuditLog.Change(d.regionId(), caller.username(), action.audited(), "wzv_document", String.valueOf(d.id()),
                        d.templateVersionNo(), "status", d.status().name(), to.name(), null)));
    }

    /** Offering for review needs every required section written; the answer names the empty ones. */
    private void requireFilled(DocumentRow d) {
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
    }

    /** Adoption waits until every review comment is handled. */
    private void requireResolved(DocumentRow d) {
        long open = repo.comments(d).stream().filter(c -> c.resolvedAt() == null).count();
        if (open > 0) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "OPEN_COMMENTS",
                    open + (open == 1 ? " opmerking is" : " opmerkingen zijn") + " nog niet afgehandeld.");
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
