package nl.thuisplan.woonzorgvisie.document;

import nl.thuisplan.auth.Caller;
import nl.thuisplan.auth.Role;
import nl.thuisplan.woonzorgvisie.document.DocumentRepository.DocumentRow;
import nl.thuisplan.woonzorgvisie.template.TemplateService;

/**
 * Who may do what with a document. Row-level security already hides what a caller may not read;
 * these rules decide the rest and are checked again here so an error says why.
 */
final class DocumentAccess {

    private DocumentAccess() {
    }

    /** Adopted documents are public within the region; drafts only for their writers and the region. */
    static boolean reads(Caller caller, DocumentRow d) {
        return d.adopted() || reviews(caller, d) || writes(caller, d);
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
        return TemplateService.configures(caller, d.regionCode());
    }
}
