package nl.thuisplan.demand;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.FileResponses;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.ProblemResponses;
import nl.thuisplan.spreadsheet.TableFormat;
import nl.thuisplan.spreadsheet.TableWriter;

/** Downloads for every role that may read the analysis; the import for whoever may edit it. */
@Controller("/api/v1/demand")
@ProblemResponses
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Vraaganalyses")
class DemandFileController {

    private final DemandFiles files;
    private final DemandRegionService regions;
    private final DemandTotals totals;

    DemandFileController(DemandFiles files, DemandRegionService regions, DemandTotals totals) {
        this.files = files;
        this.regions = regions;
        this.totals = totals;
    }

    @FileResponses.Spreadsheet
    @Get("/analyses/{id}/{kind:template|export}.{ext:csv|xlsx}")
    @Operation(operationId = "exportDemandAnalysis", summary = "Sjabloon of export van een vraaganalyse (CSV of XLSX), met de huidige cijfers")
    HttpResponse<byte[]> export(long id, @Parameter(description = "template (leeg sjabloon) of export", schema = @Schema(allowableValues = {"template", "export"})) String kind, @Parameter(description = "csv of xlsx", schema = @Schema(allowableValues = {"csv", "xlsx"})) String ext, Authentication auth) {
        TableFormat format = TableFormat.fromExtension(ext);
        return download(files.export(Caller.of(auth), id, format), "vraaganalyse-" + id + "-" + kind, format);
    }

    @Post(value = "/analyses/{id}/import{?dryRun}", consumes = MediaType.MULTIPART_FORM_DATA)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "importDemandAnalysis", summary = "CSV of XLSX inlezen; dryRun=true toont wat zou veranderen. Alles of niets.")
    DemandFiles.ImportResult importFile(long id, @Part("file") CompletedFileUpload file,
                                        @Nullable @QueryValue Boolean dryRun, Authentication auth) {
        try {
            return files.importFile(Caller.of(auth), id, file.getBytes(), file.getFilename(), dryRun == null || dryRun);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FileResponses.Spreadsheet
    @Get("/regions/{region}/years/{year}/export.{ext:csv|xlsx}")
    @Operation(operationId = "exportDemandOverview", summary = "Het overzicht per gemeente (status) als CSV of XLSX")
    HttpResponse<byte[]> exportOverview(String region, @Min(2000) @Max(2100) int year, @Parameter(description = "csv of xlsx", schema = @Schema(allowableValues = {"csv", "xlsx"})) String ext, Authentication auth) {
        TableFormat format = TableFormat.fromExtension(ext);
        var overview = regions.overview(Caller.of(auth), region, year);
        List<List<Object>> rows = overview.municipalities().stream().map(r -> java.util.Arrays.<Object>asList(r.municipality().code(),
                r.municipality().name(), r.subregion() == null ? null : r.subregion().name(), r.status().label,
                r.versionNo(), r.overdue() ? "ja" : "nee")).toList();
        byte[] bytes = TableWriter.write(format, "Status " + year,
                List.of("CBS-code", "Gemeente", "Deelregio", "Status", "Versie", "Te laat"), rows,
                List.of("Vraaganalyses " + year + " per gemeente", "Status: de stand van de nieuwste versie van de vraaganalyse van het jaar. "
                        + "Te laat: de deadline is verstreken en de cijfers zijn nog niet ingediend."));
        return download(bytes, "vraaganalyses-" + region + "-" + year, format);
    }

    @FileResponses.Spreadsheet
    @Get("/regions/{region}/years/{year}/totals.{ext:csv|xlsx}")
    @Operation(operationId = "exportDemandTotals", summary = "De totalen per aandachtsgroep als CSV of XLSX")
    HttpResponse<byte[]> exportTotals(String region, @Min(2000) @Max(2100) int year, @Parameter(description = "csv of xlsx", schema = @Schema(allowableValues = {"csv", "xlsx"})) String ext, Authentication auth) {
        TableFormat format = TableFormat.fromExtension(ext);
        DemandTotals.Totals t = totals.totals(Caller.of(auth), region, year);
        List<List<Object>> rows = new java.util.ArrayList<>();
        for (DemandTotals.Row r : t.rows()) {
            rows.add(withCompleteness(row(r.targetGroup().name(), "regio (gemeenten)", r.region().stock(), r.region().inflow(),
                    r.region().moves(), r.region().perThousand(), r.region().suppressed()), t.completeness().text()));
            rows.add(withCompleteness(row(r.targetGroup().name(), "regionale voorzieningen", r.regional().stock(), r.regional().inflow(),
                    r.regional().moves(), null, false), ""));
            for (DemandTotals.SubregionFigures s : r.subregions()) {
                rows.add(withCompleteness(row(r.targetGroup().name(), "deelregio " + s.subregion().name(), s.stock(), s.inflow(), s.moves(),
                        s.perThousand(), s.suppressed()), s.completeness().text()));
            }
        }
        byte[] bytes = TableWriter.write(format, "Totalen " + year, List.of("Aandachtsgroep", "Niveau", "Huidige vraag",
                "Nieuwe vraag per jaar", "Benodigde woningen per jaar", "Huidige vraag per 1.000 inwoners",
                "Nieuwe vraag per jaar per 1.000 inwoners", "Benodigde woningen per jaar per 1.000 inwoners", "Volledigheid"), rows,
                List.of("Totalen van de vraaganalyses " + year + " per aandachtsgroep",
                        "Niveau 'regio (gemeenten)' telt per gemeente de nieuwste vastgestelde vraaganalyse op; 'regionale "
                                + "voorzieningen' is de vraaganalyse van de regio zelf en telt geen huishouden dubbel. Per 1.000 "
                                + "inwoners van de meegetelde gemeenten.",
                        "'niet getoond': dit totaal zou de cijfers van een andere gemeente verraden (bescherming van kleine aantallen).",
                        "Volledigheid: op basis van hoeveel gemeenten met een vastgestelde vraaganalyse het totaal is berekend; "
                                + "een gemeente zonder telt als onbekend, niet als nul."));
        return download(bytes, "totalen-" + region + "-" + year, format);
    }

    /** The completeness of a total (issue 15), appended as the last column: "op basis van 3 van 30 gemeenten". */
    private static List<Object> withCompleteness(List<Object> row, String completeness) {
        List<Object> out = new java.util.ArrayList<>(row);
        out.add(completeness);
        return out;
    }

    /** A hidden total (small-group protection, see {@link DemandTotals}) reads "niet getoond", never 0. */
    private static List<Object> row(String group, String level, @Nullable Long stock, @Nullable Long inflow, @Nullable Long moves,
                                    @Nullable DemandTotals.PerThousand p, boolean suppressed) {
        if (suppressed) {
            return java.util.Arrays.asList(group, level, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN);
        }
        return java.util.Arrays.asList(group, level, stock, inflow, moves, p == null ? null : new java.math.BigDecimal(p.stock()),
                p == null ? null : new java.math.BigDecimal(p.inflow()), p == null ? null : new java.math.BigDecimal(p.moves()));
    }

    private static final String HIDDEN = "niet getoond";

    private static HttpResponse<byte[]> download(byte[] bytes, String name, TableFormat format) {
        if (bytes == null) {
            throw ProblemException.notFound("Bestand");
        }
        return nl.thuisplan.common.Downloads.attachment(bytes, name + "." + format.extension, format.mediaType());
    }
}
