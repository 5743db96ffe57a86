package nl.thuisplan.woonzorgvisie.document;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.text.Normalizer;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.Downloads;
import nl.thuisplan.common.FileResponses;
import nl.thuisplan.common.ProblemResponses;
import nl.thuisplan.woonzorgvisie.content.RenderedDocument;
import nl.thuisplan.woonzorgvisie.export.DocumentExport;

/**
 * A woonzorgvisie as PDF (for the council) and DOCX (for the secretariat to edit further). Whoever
 * may read the document may download it; a concept is marked as such on every page.
 */
@Controller("/api/v1/woonzorgvisie")
@ProblemResponses
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Woonzorgvisie: documenten")
class DocumentFileController {

    private static final MediaType DOCX = MediaType.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final DocumentService documents;
    private final DocumentExport export;

    DocumentFileController(DocumentService documents, DocumentExport export) {
        this.documents = documents;
        this.export = export;
    }

    @FileResponses.Pdf
    @Get("/documents/{id}/export.pdf")
    @Operation(operationId = "exportWoonzorgvisiePdf", summary = "De woonzorgvisie als PDF: voorblad, inhoud, kopteksten, paginanummers, tabellen en grafieken")
    HttpResponse<byte[]> pdf(long id, Authentication auth) {
        RenderedDocument doc = documents.rendered(Caller.of(auth), id);
        return Downloads.attachment(export.pdf(doc), fileName(doc) + ".pdf", MediaType.of("application/pdf"));
    }

    @FileResponses.Docx
    @Get("/documents/{id}/export.docx")
    @Operation(operationId = "exportWoonzorgvisieDocx", summary = "De woonzorgvisie als Word-document om verder te bewerken")
    HttpResponse<byte[]> docx(long id, Authentication auth) {
        RenderedDocument doc = documents.rendered(Caller.of(auth), id);
        return Downloads.attachment(export.docx(doc), fileName(doc) + ".docx", DOCX);
    }

    /** "Woonzorgvisie Súdwest-Fryslân 2026–2030" -> "woonzorgvisie-sudwest-fryslan-2026-2030": safe in every browser. */
    static String fileName(RenderedDocument doc) {
        String ascii = Normalizer.normalize(doc.title(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "")
                + (DocumentStatus.ADOPTED.name().equals(doc.status()) ? "" : "-concept");
    }
}
