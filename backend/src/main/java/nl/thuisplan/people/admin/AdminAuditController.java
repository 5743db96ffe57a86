package nl.thuisplan.people.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemResponses;
import nl.thuisplan.people.admin.AdminAuditViews.AdminAuditPage;

/** The administration log: the platform beheerder everything, a regio beheerder its own region ({@link AdminAuditService}). */
@Controller("/api/v1/admin")
@ProblemResponses
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Beheer")
class AdminAuditController {

    private final AdminAuditService service;

    AdminAuditController(AdminAuditService service) {
        this.service = service;
    }

    @Get("/audit")
    @Operation(operationId = "listAdminAudit", summary = "Het beheerlogboek (personen, lidmaatschappen, organisaties, sessies, regio's), "
            + "nieuwste eerst, te filteren op persoon, actie en periode")
    AdminAuditPage list(@QueryValue @Nullable Long personId, @QueryValue @Nullable String action,
                        @QueryValue @Nullable LocalDate from, @QueryValue @Nullable LocalDate to,
                        @QueryValue @Nullable Integer limit, @QueryValue @Nullable Integer offset, Authentication auth) {
        return service.list(Caller.of(auth), new AdminAuditService.Filter(personId, action, from, to), limit, offset);
    }

    @ApiResponse(responseCode = "200", description = "Het logboek als CSV (puntkomma, UTF-8 met BOM; Content-Disposition: attachment)",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
    @Get("/audit.csv")
    @Operation(operationId = "exportAdminAudit", summary = "Het beheerlogboek met dezelfde filters als CSV (ten hoogste 100 000 regels)")
    HttpResponse<Writable> export(@QueryValue @Nullable Long personId, @QueryValue @Nullable String action,
                                  @QueryValue @Nullable LocalDate from, @QueryValue @Nullable LocalDate to, Authentication auth) {
        Writable csv = service.csv(Caller.of(auth), new AdminAuditService.Filter(personId, action, from, to));
        return HttpResponse.ok(csv).contentType(new MediaType(nl.thuisplan.spreadsheet.CsvTableWriter.CONTENT_TYPE))
                .header("Content-Disposition", "attachment; filename=\"beheerlogboek.csv\"");
    }
}
