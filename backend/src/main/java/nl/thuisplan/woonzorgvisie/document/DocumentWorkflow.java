package nl.thuisplan.woonzorgvisie.document;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.auth.Role;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.woonzorgvisie.document.DocumentRepository.DocumentRow;
import nl.thuisplan.woonzorgvisie.template.TemplateWorkflow;
import nl.thuisplan.workflow.Workflow;

/**
 * Who may do what with a woonzorgvisie, the one place that decides it. The writer (the gemeente's own
 * officer; the region for a deelregio; the beheerder) writes a concept and offers it for review; the
 * region's programme manager (and the beheerder) comments and sends back. A gemeente's document then gets the
 * region's akkoord, after which the gemeente records its council's adoption; a deelregio's document the region
 * adopts itself. Row-level security
 * already hides what a caller may not read; these rules decide the rest, so an error says why.
 */
@Singleton
class DocumentWorkflow implements Workflow<DocumentRow, DocumentAction> {

    private static final Set<DocumentAction> WRITER = Set.of(DocumentAction.EDIT, DocumentAction.TAKE_TEMPLATE_CHANGES,
            DocumentAction.SUBMIT);
    private static final Set<DocumentAction> REVIEWER = Set.of(DocumentAction.COMMENT, DocumentAction.RETURN);

    // the loader builds views with this workflow's allowedActions, so it is looked up when a conflict needs it
    private final Provider<DocumentLoader> loader;

    DocumentWorkflow(Provider<DocumentLoader> loader) {
        this.loader = loader;
    }

    /** Adopted documents are public within the region; drafts only for their writers and the region. */
    static boolean reads(Caller caller, DocumentRow d) {
        return d.adopted() || reviews(caller, d) || writes(caller, d);
    }

    /**
     * Review comments are the writer's exchange with its region, not part of the council document: a
     * partner (corporatie, zorgaanbieder) reads an adopted woonzorgvisie without them (V15 hides them too).
     */
    static boolean readsComments(Caller caller) {
        return !caller.role().partner();
    }

    /** A gemeente writes its own document; the region writes a deelregio's; the beheerder anything. */
    static boolean writes(Caller caller, DocumentRow d) {
        if (caller.is(Role.PLATFORM_ADMIN)) {
            return true;
        }
        return d.municipalityCode() != null ? caller.worksFor(d.municipalityCode()) : caller.managesRegion(d.regionCode());
    }

    /** The region's programme manager (and the beheerder) review and adopt. */
    static boolean reviews(Caller caller, DocumentRow d) {
        return TemplateWorkflow.configures(caller, d.regionCode());
    }

    /** What the caller may start in the region: any area's document (the region), or its own gemeente's. */
    List<DocumentAction> allowedInRegion(Caller caller, String regionCode) {
        if (TemplateWorkflow.configures(caller, regionCode)) {
            return List.of(DocumentAction.CREATE_DOCUMENT);
        }
        boolean ownMunicipality = caller.is(Role.MUNICIPALITY_OFFICER) && caller.municipality() != null
                && caller.region() != null && caller.region().code().equals(regionCode);
        return ownMunicipality ? List.of(DocumentAction.CREATE_OWN_DOCUMENT) : List.of();
    }

    /** May the caller create a document for this municipality (null: for a deelregio) of the region? */
    static boolean creates(Caller caller, String regionCode, String municipalityCode) {
        if (TemplateWorkflow.configures(caller, regionCode)) {
            return true;
        }
        return municipalityCode != null && caller.worksFor(municipalityCode);
    }

    @Override
    public List<DocumentAction> allowed(Caller caller, DocumentRow d) {
        List<DocumentAction> out = new ArrayList<>();
        boolean writer = writes(caller, d);
        boolean reviewer = reviews(caller, d);
        boolean municipal = d.municipalityCode() != null;
        switch (d.status()) {
            case CONCEPT -> {
                if (writer) {
                    out.addAll(List.of(DocumentAction.EDIT, DocumentAction.TAKE_TEMPLATE_CHANGES, DocumentAction.SUBMIT));
                }
            }
            case IN_REVIEW -> {
                if (reviewer) {
                    out.add(DocumentAction.COMMENT);
                }
            }
            case APPROVED -> {
                if (writer && municipal) {
                    out.add(DocumentAction.RECORD_ADOPTION);
                }
            }
            case ADOPTED -> {
                return List.of();
            }
        }
        if (writer || reviewer) {
            out.add(DocumentAction.RESOLVE_COMMENT);
        }
        if (d.status() == DocumentStatus.IN_REVIEW && reviewer) {
            out.addAll(List.of(DocumentAction.RETURN, municipal ? DocumentAction.APPROVE : DocumentAction.ADOPT));
        }
        // until the council has decided, the region may withdraw its akkoord and send the document back
        if (d.status() == DocumentStatus.APPROVED && reviewer) {
            out.add(DocumentAction.RETURN);
        }
        return List.copyOf(out);
    }

    /**
     * For the steps that change no status (edit, take template changes, comment, resolve): 403 without
     * the role, the feature's 409 when the document's state does not allow it now.
     */
    void require(Caller caller, DocumentRow d, DocumentAction action) {
        if (!hasRoleFor(caller, d, action)) {
            throw forbidden(d, action);
        }
        if (!allowed(caller, d).contains(action)) {
            throw notAllowedNow(d, action);
        }
    }

    @Override
    public boolean hasRoleFor(Caller caller, DocumentRow d, DocumentAction action) {
        boolean municipal = d.municipalityCode() != null;
        if (action == DocumentAction.RECORD_ADOPTION) {
            return municipal && writes(caller, d);
        }
        // the gemeenteraad adopts a gemeente's document, so the region only gives its akkoord there
        if (action == DocumentAction.APPROVE) {
            return municipal && reviews(caller, d);
        }
        if (action == DocumentAction.ADOPT) {
            return !municipal && reviews(caller, d);
        }
        if (WRITER.contains(action)) {
            return writes(caller, d);
        }
        if (REVIEWER.contains(action)) {
            return reviews(caller, d);
        }
        return writes(caller, d) || reviews(caller, d);
    }

    @Override
    public int lockVersion(DocumentRow d) {
        return d.lockVersion();
    }

    @Override
    public ProblemException forbidden(DocumentRow d, DocumentAction action) {
        return ProblemException.forbidden(switch (action) {
            case EDIT -> "Alleen de eigen gemeente schrijft deze woonzorgvisie.";
            case SUBMIT -> "Alleen de schrijver biedt de woonzorgvisie ter beoordeling aan.";
            case TAKE_TEMPLATE_CHANGES -> "Alleen de schrijver neemt sjabloonwijzigingen over.";
            case RESOLVE_COMMENT -> "Alleen de schrijver of de programmamanager handelt een opmerking af.";
            case CREATE_DOCUMENT, CREATE_OWN_DOCUMENT -> "Een gemeente maakt alleen haar eigen woonzorgvisie.";
            case ADOPT -> d.municipalityCode() != null
                    ? "De gemeenteraad stelt de woonzorgvisie van een gemeente vast; de gemeente legt dat besluit vast na het akkoord van de regio."
                    : "Alleen de programmamanager van de regio stelt de woonzorgvisie van een deelregio vast.";
            case APPROVE -> d.municipalityCode() != null
                    ? "Alleen de programmamanager van de regio geeft akkoord op een woonzorgvisie."
                    : "De woonzorgvisie van een deelregio stelt de regio zelf vast; daar hoort geen akkoord bij.";
            case RECORD_ADOPTION -> d.municipalityCode() != null
                    ? "Alleen de gemeente legt het besluit van haar gemeenteraad vast."
                    : "De woonzorgvisie van een deelregio stelt de regio vast, niet een gemeenteraad.";
            default -> "Alleen de programmamanager van de regio beoordeelt een woonzorgvisie.";
        });
    }

    @Override
    public ProblemException notAllowedNow(DocumentRow d, DocumentAction action) {
        return switch (action) {
            case EDIT -> new ProblemException(HttpStatus.CONFLICT, "DOCUMENT_NOT_EDITABLE", d.adopted()
                    ? "Deze woonzorgvisie is vastgesteld en verandert niet meer."
                    : d.status() == DocumentStatus.APPROVED
                    ? "De regio heeft akkoord gegeven; de programmamanager zet de woonzorgvisie terug naar concept voor wijzigingen."
                    : "Deze woonzorgvisie ligt ter beoordeling; de programmamanager zet haar terug naar concept voor wijzigingen.");
            case TAKE_TEMPLATE_CHANGES -> new ProblemException(HttpStatus.CONFLICT, "DOCUMENT_NOT_EDITABLE",
                    "Alleen een concept neemt een nieuwe sjabloonversie over.");
            case RESOLVE_COMMENT -> new ProblemException(HttpStatus.CONFLICT, "DOCUMENT_NOT_EDITABLE", "Deze woonzorgvisie is vastgesteld.");
            case SUBMIT -> wrongStatus("Alleen een concept kan ter beoordeling worden aangeboden.");
            case RETURN -> wrongStatus("Alleen een woonzorgvisie ter beoordeling of met akkoord gaat terug naar concept.");
            case ADOPT -> wrongStatus("Alleen een woonzorgvisie ter beoordeling kan worden vastgesteld.");
            case APPROVE -> wrongStatus("Akkoord geeft de programmamanager op een woonzorgvisie die ter beoordeling ligt.");
            case RECORD_ADOPTION -> wrongStatus("De vaststelling door de gemeenteraad legt de gemeente vast nadat de regio akkoord heeft gegeven.");
            case COMMENT -> wrongStatus("Opmerkingen plaatst de programmamanager terwijl de woonzorgvisie ter beoordeling ligt.");
            default -> wrongStatus("Dat kan niet in deze stand van de woonzorgvisie.");
        };
    }

    private static ProblemException wrongStatus(String message) {
        return new ProblemException(HttpStatus.CONFLICT, "WRONG_STATUS", message);
    }

    @Override
    public ProblemException stale(Caller caller, DocumentRow d) {
        return new ProblemException(HttpStatus.CONFLICT, "VERSION_CONFLICT",
                "De woonzorgvisie is intussen gewijzigd. Laad haar opnieuw.", loader.get().view(caller, d));
    }
}
