package nl.thuisplan.allocation;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.FileResponses;
import nl.thuisplan.common.ProblemResponses;
import nl.thuisplan.spreadsheet.TableFormat;

/** Downloads, with the same access as what they export (scenario result, model results). */
@Controller("/api/v1/allocation")
@ProblemResponses
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Verdeling")
class AllocationFileController {

    private final AllocationExports exports;

    AllocationFileController(AllocationExports exports) {
        this.exports = exports;
    }

    @FileResponses.Spreadsheet
    @Get("/scenarios/{id}/export.{ext:csv|xlsx}")
    @Operation(operationId = "exportScenario", summary = "De doorrekening van een scenario als CSV of XLSX")
    HttpResponse<byte[]> scenario(long id, @Parameter(description = "csv of xlsx", schema = @Schema(allowableValues = {"csv", "xlsx"})) String ext, Authentication auth) {
        TableFormat format = TableFormat.fromExtension(ext);
        return nl.thuisplan.common.Downloads.attachment(exports.scenarioTable(Caller.of(auth), id, format), "verdeling-scenario-" + id + "." + format.extension,
                format.mediaType());
    }

    @FileResponses.Pdf
    @Get("/scenarios/{id}/export.pdf")
    @Operation(operationId = "exportScenarioPdf", summary = "Het rapport van een scenario als PDF: model, parameters, tabel en afrondingsstappen")
    HttpResponse<byte[]> scenarioPdf(long id, Authentication auth) {
        return nl.thuisplan.common.Downloads.attachment(exports.scenarioPdf(Caller.of(auth), id), "verdeling-scenario-" + id + ".pdf",
                io.micronaut.http.MediaType.of("application/pdf"));
    }

    @FileResponses.Spreadsheet
    @Get("/models/{id}/results.{ext:csv|xlsx}")
    @Operation(operationId = "exportAllocationResults", summary = "Taakstelling en realisatie van een vastgesteld model als CSV of XLSX")
    HttpResponse<byte[]> results(long id, @Parameter(description = "csv of xlsx", schema = @Schema(allowableValues = {"csv", "xlsx"})) String ext, Authentication auth) {
        TableFormat format = TableFormat.fromExtension(ext);
        return nl.thuisplan.common.Downloads.attachment(exports.resultsTable(Caller.of(auth), id, format), "verdeling-resultaat-" + id + "." + format.extension,
                format.mediaType());
    }

}
