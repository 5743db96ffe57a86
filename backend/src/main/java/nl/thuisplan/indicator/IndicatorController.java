package nl.thuisplan.indicator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.format.Format;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemResponses;

/** Who may call what is decided in {@link IndicatorService}: reading PM/beheerder/provincie, importing PM/beheerder. */
@Controller("/api/v1/allocation/regions/{region}/indicators")
@ProblemResponses
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Kengetallen")
class IndicatorController {

    private final IndicatorService service;

    IndicatorController(IndicatorService service) {
        this.service = service;
    }

    @Get("{?referenceDate}")
    @Operation(operationId = "getIndicators", summary = "Kengetallen per gemeente van de regio op een peildatum (nieuwste waarde op of voor die datum)")
    IndicatorService.Table table(String region, @Nullable @QueryValue @Format("yyyy-MM-dd") LocalDate referenceDate,
                                 Authentication auth) {
        return service.table(Caller.of(auth), region, referenceDate);
    }

    @Post(value = "/import{?dryRun}", consumes = MediaType.MULTIPART_FORM_DATA)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "importIndicators", summary = "Kengetallen inlezen uit CSV/XLSX of een CBS StatLine-export; dryRun=true toont wat zou veranderen. Alles of niets.")
    IndicatorService.ImportResult importFile(String region, @Part("file") CompletedFileUpload file,
                                             @Nullable @QueryValue Boolean dryRun, Authentication auth) {
        try {
            return service.importFile(Caller.of(auth), region, file.getBytes(), file.getFilename(), dryRun == null || dryRun);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
