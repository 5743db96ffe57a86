package nl.thuisplan.urgency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.FileResponses;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.ProblemResponses;
import nl.thuisplan.urgency.UrgencyViews.Deviation;
import nl.thuisplan.urgency.UrgencyViews.DraftCheck;
import nl.thuisplan.urgency.UrgencyViews.Scheme;
import nl.thuisplan.urgency.UrgencyViews.SchemeSummary;
import nl.thuisplan.workflow.LockVersionInput;

/**
 * Urgentieregelingen. Reading (versions, capacity check): every role in scope of the region.
 * Creating, editing, adopting, deleting and deciding deviations: the region's programme manager
 * and the beheerder. Proposing a deviation: a gemeente medewerker, for its own municipality.
 * The checks are in {@link SchemeService} and {@link DeviationService}.
 */
@Controller("/api/v1/urgency")
@ProblemResponses
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Urgentieregelingen")
class SchemeController {

    private final SchemeService schemes;
    private final DeviationService deviations;
    private final CapacityService capacity;

    SchemeController(SchemeService schemes, DeviationService deviations, CapacityService capacity) {
        this.schemes = schemes;
        this.deviations = deviations;
        this.capacity = capacity;
    }

    @Get("/mandatory-categories")
    @Operation(operationId = "listMandatoryCategories", summary = "De verplichte categorieën van de nieuwe wet (sjabloon)")
    List<MandatoryCategories.Mandatory> mandatory() {
        return MandatoryCategories.ALL;
    }

    @Get("/regions/{region}")
    @Operation(operationId = "getUrgencyRegion", summary = "De urgentieregeling van een regio als geheel: wat de aanroeper ermee mag (CREATE)")
    UrgencyViews.RegionSchemes region(String region, Authentication auth) {
        return schemes.region(Caller.of(auth), region);
    }

    @Get("/regions/{region}/schemes")
    @Operation(operationId = "listUrgencySchemes", summary = "Alle versies van de urgentieregeling van een regio")
    List<SchemeSummary> list(String region, Authentication auth) {
        return schemes.list(Caller.of(auth), region);
    }

    @ApiResponse(responseCode = "201", description = "Aangemaakt", useReturnTypeSchema = true)
    @Post("/regions/{region}/schemes")
    @Operation(operationId = "createUrgencyScheme", summary = "Een nieuwe conceptversie, leeg, uit het sjabloon of als kopie (programmamanager)")
    HttpResponse<Scheme> create(String region, @Body SchemeService.NewScheme body, Authentication auth) {
        return HttpResponse.status(HttpStatus.CREATED).body(schemes.create(Caller.of(auth), region, body));
    }

    @Get("/schemes/compare{?a,b}")
    @Operation(operationId = "compareUrgencySchemes", summary = "Twee versies naast elkaar: wat veranderde in kop, categorieën en quota")
    SchemeComparison.Comparison compare(@Nullable @QueryValue Long a, @Nullable @QueryValue Long b, Authentication auth) {
        if (a == null || b == null) {
            throw ProblemException.badInput(a == null ? "a" : "b", "REQUIRED", "Kies twee versies (a en b).");
        }
        Caller caller = Caller.of(auth);
        return SchemeComparison.of(schemes.get(caller, a), schemes.get(caller, b));
    }

    @Get("/schemes/{id}")
    @Operation(operationId = "getUrgencyScheme", summary = "Een versie met categorieën, quota, afwijkingen, waarschuwingen en consistentie")
    Scheme get(long id, Authentication auth) {
        return schemes.get(Caller.of(auth), id);
    }

    @Put("/schemes/{id}")
    @Operation(operationId = "updateUrgencyScheme", summary = "Een conceptversie opslaan als geheel (programmamanager), met optimistische vergrendeling")
    Scheme update(long id, @Body SchemeInput body, Authentication auth) {
        return schemes.update(Caller.of(auth), id, body);
    }

    @Post("/schemes/{id}/check")
    @Operation(operationId = "checkUrgencySchemeDraft", summary = "De consistentie van de quota van een nog niet opgeslagen concept (programmamanager); slaat niets op")
    DraftCheck check(long id, @Body SchemeInput body, Authentication auth) {
        return schemes.check(Caller.of(auth), id, body);
    }

    @Post("/schemes/{id}/adopt")
    @Operation(operationId = "adoptUrgencyScheme", summary = "Een versie vaststellen (programmamanager); overlappende vastgestelde versies worden geweigerd")
    Scheme adopt(long id, @Body LockVersionInput body, Authentication auth) {
        return schemes.adopt(Caller.of(auth), id, body.required());
    }

    @ApiResponse(responseCode = "204", description = "Verwijderd")
    @Delete("/schemes/{id}{?lockVersion}")
    @Operation(operationId = "deleteUrgencyScheme", summary = "Een conceptversie verwijderen (programmamanager)")
    HttpResponse<Void> delete(long id, @Nullable @QueryValue Integer lockVersion, Authentication auth) {
        schemes.delete(Caller.of(auth), id, LockVersionInput.require(lockVersion));
        return HttpResponse.noContent();
    }

    @FileResponses.Pdf
    @Get("/schemes/{id}/document.pdf")
    @Operation(operationId = "exportUrgencySchemePdf", summary = "De versie als leesbaar document (PDF) voor een raadsvoorstel")
    HttpResponse<byte[]> document(long id, Authentication auth) {
        return nl.thuisplan.common.Downloads.attachment(schemes.document(Caller.of(auth), id), "urgentieregeling-" + id + ".pdf",
                io.micronaut.http.MediaType.of("application/pdf"));
    }

    @ApiResponse(responseCode = "201", description = "Aangemaakt", useReturnTypeSchema = true)
    @Post("/schemes/{id}/deviations")
    @Operation(operationId = "proposeDeviation", summary = "Een lokale afwijking voorstellen (gemeente medewerker, voor de eigen gemeente)")
    HttpResponse<Deviation> propose(long id, @Body DeviationService.Proposal body, Authentication auth) {
        return HttpResponse.status(HttpStatus.CREATED).body(deviations.propose(Caller.of(auth), id, body));
    }

    @Post("/deviations/{id}/{action:accept|reject}")
    @Operation(operationId = "decideDeviation", summary = "Een voorgestelde afwijking aanvaarden of afwijzen (programmamanager, conceptversie)")
    Deviation decide(long id, String action, Authentication auth) {
        return deviations.decide(Caller.of(auth), id, action.equals("accept") ? DeviationAction.ACCEPT : DeviationAction.REJECT);
    }

    @Get("/schemes/{id}/capacity")
    @Operation(operationId = "getUrgencyCapacity", summary = "Urgentietoets: capaciteit per quotum tegen de vastgestelde vraag; lettingsFactor en quota.<id> proberen "
            + "andere waarden zonder op te slaan")
    CapacityService.Capacity capacity(long id,
            // bound as text and checked below (as the quota.<id> overrides are), so a bad value gets this API's field problem
            @Parameter(description = "Het jaar van de vastgestelde vraag (standaard dit jaar)",
                    schema = @Schema(type = "integer", format = "int32", minimum = "2000", maximum = "2100"))
            @Nullable @QueryValue("year") String yearParam,
            @Parameter(description = "Factor op de toewijzingen, decimaal als tekst (\"1\" = zoals geregistreerd)")
            @Nullable @QueryValue("lettingsFactor") String lettingsFactor,
            HttpRequest<?> request, Authentication auth) {
        Map<String, List<String>> params = request.getParameters().asMap();
        int year = whole(yearParam, "year", 2000, 2100, java.time.LocalDate.now().getYear());
        BigDecimal factor = decimal(lettingsFactor, "lettingsFactor", BigDecimal.ZERO, new BigDecimal("10"));
        Map<Long, BigDecimal> overrides = new HashMap<>();
        for (var e : params.entrySet()) {
            if (e.getKey().startsWith("quota.")) {
                long quotaId;
                try {
                    quotaId = Long.parseLong(e.getKey().substring(6));
                } catch (NumberFormatException ex) {
                    throw ProblemException.badInput(e.getKey(), "BAD_QUOTA", "Gebruik quota.<id>=0.25.");
                }
                overrides.put(quotaId, decimal(e.getValue().get(0), e.getKey(), BigDecimal.ZERO, BigDecimal.ONE));
            }
        }
        return capacity.check(Caller.of(auth), id, year, factor, overrides);
    }

    private static int whole(@Nullable String text, String field, int min, int max, int fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(text);
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.badInput(field, "RANGE", "Een geheel getal van " + min + " tot " + max + ".");
    }

    private static BigDecimal decimal(@Nullable String text, String field, BigDecimal min, BigDecimal max) {
        if (text == null) {
            return BigDecimal.ONE;
        }
        try {
            BigDecimal v = new BigDecimal(text);
            if (v.compareTo(min) >= 0 && v.compareTo(max) <= 0 && v.scale() <= 6) {
                return v;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.badInput(field, "RANGE", "Een getal van " + min + " tot " + max + " (met een punt, hoogstens zes decimalen).");
    }
}
