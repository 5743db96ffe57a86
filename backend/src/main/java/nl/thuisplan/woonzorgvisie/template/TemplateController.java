package nl.thuisplan.woonzorgvisie.template;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
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
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.ProblemResponses;
import nl.thuisplan.woonzorgvisie.template.TemplateViews.NewTemplate;
import nl.thuisplan.woonzorgvisie.template.TemplateViews.Preview;
import nl.thuisplan.woonzorgvisie.template.TemplateViews.PreviewInput;
import nl.thuisplan.woonzorgvisie.template.TemplateViews.TemplateDetail;
import nl.thuisplan.woonzorgvisie.template.TemplateViews.TemplateSummary;
import nl.thuisplan.woonzorgvisie.template.TemplateViews.TemplateVersion;
import nl.thuisplan.woonzorgvisie.template.TemplateViews.VersionInput;
import nl.thuisplan.woonzorgvisie.text.Catalogue;
import nl.thuisplan.workflow.LockVersionInput;

/**
 * Woonzorgvisie templates. Reading the catalogue and published versions: every role in scope of
 * the region. Creating, editing drafts, publishing and previewing: the region's programme manager
 * and the beheerder ({@link TemplateWorkflow}); every view lists what the caller may do as {@code allowedActions}.
 */
@Controller("/api/v1/woonzorgvisie")
@ProblemResponses
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Woonzorgvisie: sjablonen")
class TemplateController {

    private final TemplateService templates;

    TemplateController(TemplateService templates) {
        this.templates = templates;
    }

    @Get("/catalogue{?region}")
    @Operation(operationId = "getCatalogue", summary = "Plaatshouders en gegevensblokken die een tekst van deze regio kan gebruiken")
    Catalogue catalogue(@Nullable @QueryValue String region, Authentication auth) {
        if (region == null || region.isBlank()) {
            throw ProblemException.badInput("region", "REQUIRED", "Kies een regio.");
        }
        return templates.catalogue(Caller.of(auth), region);
    }

    @Get("/regions/{region}/templates")
    @Operation(operationId = "listTemplates", summary = "De sjablonen van een regio (gemeente en provincie: alleen gepubliceerde)")
    List<TemplateSummary> list(String region, Authentication auth) {
        return templates.list(Caller.of(auth), region);
    }

    @ApiResponse(responseCode = "201", description = "Aangemaakt", useReturnTypeSchema = true)
    @Post("/regions/{region}/templates")
    @Operation(operationId = "createTemplate", summary = "Een nieuw sjabloon met de standaardindeling als versie 1 (programmamanager)")
    HttpResponse<TemplateDetail> create(String region, @Body NewTemplate body, Authentication auth) {
        return HttpResponse.status(HttpStatus.CREATED).body(templates.create(Caller.of(auth), region, body));
    }

    @Post("/regions/{region}/preview")
    @Operation(operationId = "previewTemplateText", summary = "Hoe een sjabloontekst eruitziet met de cijfers van een gemeente (programmamanager)")
    Preview preview(String region, @Body PreviewInput body, Authentication auth) {
        return templates.preview(Caller.of(auth), region, body);
    }

    @Get("/templates/{id}")
    @Operation(operationId = "getTemplate", summary = "Een sjabloon met zijn versies")
    TemplateDetail get(long id, Authentication auth) {
        return templates.get(Caller.of(auth), id);
    }

    @Get("/templates/{id}/versions/{no}")
    @Operation(operationId = "getTemplateVersion", summary = "Eén versie met hoofdstukken en paragrafen")
    TemplateVersion version(long id, int no, Authentication auth) {
        return templates.version(Caller.of(auth), id, no);
    }

    @Put("/templates/{id}/versions/{no}")
    @Operation(operationId = "saveTemplateVersion", summary = "Een versie in bewerking opslaan (optimistische vergrendeling; plaatshouders worden gecontroleerd)")
    TemplateVersion save(long id, int no, @Body VersionInput body, Authentication auth) {
        return templates.save(Caller.of(auth), id, no, body);
    }

    @Post("/templates/{id}/versions/{no}/publish")
    @Operation(operationId = "publishTemplateVersion", summary = "Een versie publiceren; daarna verandert zij niet meer")
    TemplateVersion publish(long id, int no, @Body LockVersionInput body, Authentication auth) {
        return templates.publish(Caller.of(auth), id, no, body.lockVersion());
    }

    @ApiResponse(responseCode = "201", description = "Aangemaakt", useReturnTypeSchema = true)
    @Post("/templates/{id}/versions")
    @Operation(operationId = "createTemplateVersion", summary = "Een nieuwe versie in bewerking, als kopie van de nieuwste")
    HttpResponse<TemplateVersion> newVersion(long id, Authentication auth) {
        return HttpResponse.status(HttpStatus.CREATED).body(templates.newVersion(Caller.of(auth), id));
    }
}
