package nl.thuisplan.woonzorgvisie.document;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemResponses;
import nl.thuisplan.woonzorgvisie.content.RenderedDocument;
import nl.thuisplan.woonzorgvisie.document.DocumentViews.AdoptInput;
import nl.thuisplan.woonzorgvisie.document.DocumentViews.ApproveInput;
import nl.thuisplan.woonzorgvisie.document.DocumentViews.BodyInput;
import nl.thuisplan.woonzorgvisie.document.DocumentViews.CommentInput;
import nl.thuisplan.woonzorgvisie.document.DocumentViews.CommentView;
import nl.thuisplan.woonzorgvisie.document.DocumentViews.DocumentSummary;
import nl.thuisplan.woonzorgvisie.document.DocumentViews.DocumentView;
import nl.thuisplan.woonzorgvisie.document.DocumentViews.NewDocument;
import nl.thuisplan.woonzorgvisie.document.DocumentViews.RegionActions;
import nl.thuisplan.woonzorgvisie.document.DocumentViews.Preview;
import nl.thuisplan.woonzorgvisie.document.DocumentViews.SectionInput;
import nl.thuisplan.woonzorgvisie.document.DocumentViews.SectionView;
import nl.thuisplan.woonzorgvisie.document.DocumentViews.TakeInput;
import nl.thuisplan.woonzorgvisie.document.DocumentViews.TemplateChanges;
import nl.thuisplan.workflow.LockVersionInput;

/**
 * Woonzorgvisie documents. Reading: adopted ones by everyone in scope of the region (provincie
 * included); concepts only by their writer (the gemeente's own officer, or the region for a
 * deelregio) and the programme manager. Writing and offering for review: the writer. Comments,
 * sending back and the akkoord: the programme manager and the beheerder; adoption of a gemeente's document: the
 * gemeente records its council's decision; of a deelregio's: the programme manager. Rules in {@link DocumentWorkflow}; every view lists
 * what the caller may do as {@code allowedActions}.
 */
@Controller("/api/v1/woonzorgvisie")
@ProblemResponses
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Woonzorgvisie: documenten")
class DocumentController {

    private final DocumentService documents;
    private final ReviewService review;
    private final TemplateUpdate update;

    DocumentController(DocumentService documents, ReviewService review, TemplateUpdate update) {
        this.documents = documents;
        this.review = review;
        this.update = update;
    }

    @Get("/regions/{region}/allowed-actions")
    @Operation(operationId = "getWoonzorgvisieRegionActions", summary = "Wat de beller in de regio mag beginnen: een sjabloon (CREATE_TEMPLATE), een woonzorgvisie voor elk "
            + "gebied (CREATE_DOCUMENT) of voor de eigen gemeente (CREATE_OWN_DOCUMENT)")
    RegionActions allowedActions(String region, Authentication auth) {
        return documents.allowedInRegion(Caller.of(auth), region);
    }

    @Get("/regions/{region}/documents")
    @Operation(operationId = "listWoonzorgvisieDocuments", summary = "Overzicht van de woonzorgvisies van een regio met voortgang (alleen wat de beller mag lezen)")
    List<DocumentSummary> list(String region, Authentication auth) {
        return documents.list(Caller.of(auth), region);
    }

    @ApiResponse(responseCode = "201", description = "Aangemaakt", useReturnTypeSchema = true)
    @Post("/regions/{region}/documents")
    @Operation(operationId = "createWoonzorgvisieDocument", summary = "Een nieuwe woonzorgvisie voor een gemeente (die gemeente of de regio) of deelregio (de regio)")
    HttpResponse<DocumentView> create(String region, @Body NewDocument body, Authentication auth) {
        return HttpResponse.status(HttpStatus.CREATED).body(documents.create(Caller.of(auth), region, body));
    }

    @Get("/documents/{id}")
    @Operation(operationId = "getWoonzorgvisieDocument", summary = "Een woonzorgvisie met hoofdstukken, paragrafen, opmerkingen en rechten van de beller")
    DocumentView get(long id, Authentication auth) {
        return documents.get(Caller.of(auth), id);
    }

    @Put("/documents/{id}/sections/{key}")
    @Operation(operationId = "saveDocumentSection", summary = "Een paragraaf opslaan (per paragraaf optimistisch vergrendeld; conflict geeft 409 met de opgeslagen tekst)")
    SectionView save(long id, String key, @Body SectionInput body, Authentication auth) {
        return documents.saveSection(Caller.of(auth), id, key, body);
    }

    @Post("/documents/{id}/preview")
    @Operation(operationId = "previewDocumentSection", summary = "Een tekst weergegeven met de cijfers van deze woonzorgvisie")
    Preview preview(long id, @Body BodyInput body, Authentication auth) {
        return documents.preview(Caller.of(auth), id, body.body() == null ? "" : body.body());
    }

    @Get("/documents/{id}/rendered")
    @Operation(operationId = "getRenderedDocument", summary = "De hele woonzorgvisie met ingevulde cijfers (vastgesteld: de momentopname)")
    RenderedDocument rendered(long id, Authentication auth) {
        return documents.rendered(Caller.of(auth), id);
    }

    @Post("/documents/{id}/submit")
    @Operation(operationId = "submitWoonzorgvisieDocument", summary = "Ter beoordeling aanbieden (schrijver)")
    DocumentView submit(long id, @Body LockVersionInput body, Authentication auth) {
        return review.submit(Caller.of(auth), id, body.lockVersion());
    }

    @Post("/documents/{id}/return")
    @Operation(operationId = "returnWoonzorgvisieDocument", summary = "Terug naar concept (programmamanager)")
    DocumentView sendBack(long id, @Body LockVersionInput body, Authentication auth) {
        return review.sendBack(Caller.of(auth), id, body.lockVersion());
    }

    @Post("/documents/{id}/approve")
    @Operation(operationId = "approveWoonzorgvisieDocument", summary = "Akkoord van de regio op de woonzorgvisie van een gemeente, met toelichting "
            + "(programmamanager); daarna stelt de gemeenteraad haar vast")
    DocumentView approve(long id, @Body ApproveInput body, Authentication auth) {
        return review.approve(Caller.of(auth), id, body);
    }

    @Post("/documents/{id}/adopt")
    @Operation(operationId = "adoptWoonzorgvisieDocument", summary = "Een woonzorgvisie van een deelregio vaststellen met besluitdatum; de cijfers "
            + "worden vastgelegd (programmamanager)")
    DocumentView adopt(long id, @Body AdoptInput body, Authentication auth) {
        return review.adopt(Caller.of(auth), id, body);
    }

    @Post("/documents/{id}/record-adoption")
    @Operation(operationId = "recordWoonzorgvisieAdoption", summary = "De vaststelling door de gemeenteraad vastleggen met datum en kenmerk van het "
            + "raadsbesluit, na het akkoord van de regio; de cijfers worden vastgelegd (gemeente)")
    DocumentView recordAdoption(long id, @Body AdoptInput body, Authentication auth) {
        return review.recordAdoption(Caller.of(auth), id, body);
    }

    @ApiResponse(responseCode = "201", description = "Aangemaakt", useReturnTypeSchema = true)
    @Post("/documents/{id}/sections/{key}/comments")
    @Operation(operationId = "addSectionComment", summary = "Een opmerking bij een paragraaf (programmamanager, ter beoordeling)")
    HttpResponse<CommentView> comment(long id, String key, @Body CommentInput body, Authentication auth) {
        return HttpResponse.status(HttpStatus.CREATED).body(review.comment(Caller.of(auth), id, key, body.body()));
    }

    @Post("/documents/{id}/comments/{commentId}/resolve")
    @Operation(operationId = "resolveSectionComment", summary = "Een opmerking afhandelen (schrijver of programmamanager)")
    CommentView resolve(long id, long commentId, Authentication auth) {
        return review.resolve(Caller.of(auth), id, commentId);
    }

    @Get("/documents/{id}/template-changes")
    @Operation(operationId = "getTemplateChanges", summary = "Wat een nieuwere sjabloonversie per paragraaf anders doet")
    TemplateChanges changes(long id, Authentication auth) {
        return update.changes(Caller.of(auth), id);
    }

    @Post("/documents/{id}/template-changes/{key}/take")
    @Operation(operationId = "takeTemplateChange", summary = "Eén paragraafwijziging van de nieuwere sjabloonversie overnemen (schrijver)")
    DocumentView take(long id, String key, @Body TakeInput body, Authentication auth) {
        return update.take(Caller.of(auth), id, key, Boolean.TRUE.equals(body.replaceBody()));
    }

    @Post("/documents/{id}/template-changes/follow")
    @Operation(operationId = "followTemplateOrder", summary = "De nieuwere sjabloonversie volgen wanneer geen paragraaf meer verschilt (schrijver)")
    DocumentView follow(long id, Authentication auth) {
        return update.follow(Caller.of(auth), id);
    }
}
