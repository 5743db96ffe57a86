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
import nl.thuisplan.woonzorgvisie.document.DocumentViews.ApproveInput;
import nl.thuisplan.woonzorgvisie.document.DocumentViews.CommentView;
import nl.thuisplan.woonzorgvisie.document.DocumentViews.DocumentView;
import nl.thuisplan.woonzorgvisie.figures.Figures;

/**
 * The review: the writer offers the document (concept → in review), the programme manager comments per
 * section and either sends it back or, once every comment is resolved, gives the region's akkoord (a gemeente's
 * document, which its gemeenteraad then adopts and the gemeente records) or adopts it (a deelregio's). Adoption
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

    /** The region's akkoord on a gemeente's document once every comment is handled; its council adopts it next. */
    DocumentView approve(Caller caller, long id, ApproveInput body) {
        String comment = body.comment() == null || body.comment().isBlank() ? null : body.comment().strip();
        if (comment != null && comment.length() > 4000) {
            throw ProblemException.badInput("comment", "LENGTH", "Een toelichting bij het akkoord is hoogstens 4000 tekens.");
        }
        return tx.write(caller.scope(), () -> {
            DocumentRow d = loader.requireLocked(caller, id);
            return transitions.of(workflow, caller, d, DocumentAction.APPROVE)
                    .lockVersion(body.lockVersion())
                    .check(() -> requireResolved(d))
                    .apply(version -> {
                        if (repo.approve(d.regionId(), d.id(), version, comment, caller.username(), DocumentStatus.IN_REVIEW.name(),
                                DocumentStatus.APPROVED.name()) != 1) {
                            return Optional.empty();
                        }
                        return Optional.of(Transitions.done(loader.view(caller, repo.document(id).orElseThrow()),
                                new AuditLog.Change(d.regionId(), caller.username(), DocumentAction.APPROVE.audited(), "wzv_document",
                                        String.valueOf(id), d.templateVersionNo(), "status", d.status().name(),
                                        DocumentStatus.APPROVED.name(), comment)));
                    });
        });
    }

    /** The region adopts its own (deelregio) document; the decision date is required, the reference optional. */
    DocumentView adopt(Caller caller, long id, AdoptInput body) {
        LocalDate decision = decisionDate(body.decisionDate(), "Vul de datum van het besluit in.");
        String reference = reference(body.decisionReference(), false);
        return adopt(caller, id, body.lockVersion(), DocumentAction.ADOPT, DocumentStatus.IN_REVIEW, decision, reference);
    }

    /**
     * The gemeente records that its gemeenteraad adopted the document the region approved: the date and the
     * reference of the raadsbesluit are both required.
     */
    DocumentView recordAdoption(Caller caller, long id, AdoptInput body) {
        List<FieldProblem> missing = new java.util.ArrayList<>();
        if (body.decisionDate() == null || body.decisionDate().isBlank()) {
            missing.add(new FieldProblem("decisionDate", "REQUIRED", "Vul de datum van het raadsbesluit in."));
        }
        if (body.decisionReference() == null || body.decisionReference().isBlank()) {
            missing.add(new FieldProblem("decisionReference", "REQUIRED", "Vul het kenmerk van het raadsbesluit in."));
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "Vul de datum en het kenmerk van het raadsbesluit in.",
                    missing);
        }
        LocalDate decision = decisionDate(body.decisionDate(), "Vul de datum van het raadsbesluit in.");
        String reference = reference(body.decisionReference(), true);
        return adopt(caller, id, body.lockVersion(), DocumentAction.RECORD_ADOPTION, DocumentStatus.APPROVED, decision, reference);
    }

    /** Adoption by either body: the figures as they are now become the document's snapshot, and the database freezes it. */
    private DocumentView adopt(Caller caller, long id, Integer lockVersion, DocumentAction action, DocumentStatus from,
                               LocalDate decision, String reference) {
        return tx.write(caller.scope(), () -> {
            DocumentRow d = loader.requireLocked(caller, id);
            return transitions.of(workflow, caller, d, action)
                    .lockVersion(lockVersion)
                    .check(() -> requireResolved(d))
                    .apply(version -> {
                        Figures snapshot = loader.liveFigures(d);
                        if (repo.adopt(d.regionId(), d.id(), version, decision, reference, snapshots.write(snapshot), caller.username(),
                                from.name(), DocumentStatus.ADOPTED.name()) != 1) {
                            return Optional.empty();
                        }
                        String body = action == DocumentAction.RECORD_ADOPTION ? "raadsbesluit " : "besluit ";
                        return Optional.of(Transitions.done(loader.view(caller, repo.document(id).orElseThrow()),
                                new AuditLog.Change(d.regionId(), caller.username(), action.audited(), "wzv_document",
                                        String.valueOf(id), d.templateVersionNo(), null, d.status().name(), DocumentStatus.ADOPTED.name(),
                                        body + decision + (reference == null ? "" : ", " + reference))));
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

    private static String reference(String text, boolean required) {
        if (text != null && text.length() > 200) {
            throw ProblemException.badInput("decisionReference", "LENGTH", "Het kenmerk is hoogstens 200 tekens.");
        }
        String reference = text == null || text.isBlank() ? null : text.strip();
        if (required && reference == null) {
            throw ProblemException.badInput("decisionReference", "REQUIRED", "Vul het kenmerk van het raadsbesluit in.");
        }
        return reference;
    }

    private static LocalDate decisionDate(String text, String whenMissing) {
        if (text == null || text.isBlank()) {
            throw ProblemException.badInput("decisionDate", "REQUIRED", whenMissing);
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
