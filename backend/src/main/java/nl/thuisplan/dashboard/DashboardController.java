package nl.thuisplan.dashboard;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.micronaut.core.annotation.Nullable;
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
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.Downloads;
import nl.thuisplan.common.FileResponses;
import nl.thuisplan.common.ProblemResponses;
import nl.thuisplan.dashboard.DashboardViews.Filters;
import nl.thuisplan.dashboard.DashboardViews.MapView;
import nl.thuisplan.dashboard.DashboardViews.MunicipalitiesTable;
import nl.thuisplan.dashboard.DashboardViews.RegionsTable;
import nl.thuisplan.spreadsheet.TableFormat;
import nl.thuisplan.spreadsheet.TableWriter;
import nl.thuisplan.woonzorgvisie.export.DocumentExport;

/**
 * Dashboards. Callable by the beheerder, provincie analisten and programme managers; a gemeente
 * medewerker gets 403. What each sees is decided in {@link DashboardAccess}: detail per municipality
 * only where its role reaches, every region by name (ADR 0002), small counts and single municipalities withheld.
 */
@Controller("/api/v1/dashboard")
@ProblemResponses
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Dashboards")
class DashboardController {

    private final DashboardService dashboards;
    private final DocumentExport export;

    DashboardController(DashboardService dashboards, DocumentExport export) {
        this.dashboards = dashboards;
        this.export = export;
    }

    @Get("/filters")
    @Operation(operationId = "getDashboardFilters", summary = "Jaren, aandachtsgroepen en provincies om op te filteren, en de drempel voor kleine aantallen")
    Filters filters(Authentication auth) {
        return dashboards.filters(Caller.of(auth));
    }

    @Get("/regions{?year,targetGroup,province}")
    @Operation(operationId = "getDashboardRegions", summary = "De regio's vergeleken: vraag, eerlijke verdeling, urgentie, volledigheid, woonzorgvisies, trend")
    RegionsTable regions(@Nullable @QueryValue Integer year, @Nullable @QueryValue String targetGroup,
                         @Nullable @QueryValue String province, Authentication auth) {
        return dashboards.regions(Caller.of(auth), year, targetGroup, province);
    }

    @Get("/regions/{code}/municipalities{?year,targetGroup}")
    @Operation(operationId = "getDashboardMunicipalities", summary = "Eén regio per gemeente (waar de rol van de beller reikt)")
    MunicipalitiesTable municipalities(String code, @Nullable @QueryValue Integer year, @Nullable @QueryValue String targetGroup,
                                       Authentication auth) {
        return dashboards.municipalities(Caller.of(auth), code, year, targetGroup);
    }

    @Get("/map{?year,targetGroup}")
    @Operation(operationId = "getDashboardMap", summary = "Per gemeente de waarde voor de kaart: eigen cijfer waar toegestaan, anders het regiogemiddelde")
    MapView map(@Nullable @QueryValue Integer year, @Nullable @QueryValue String targetGroup, Authentication auth) {
        return dashboards.map(Caller.of(auth), year, targetGroup);
    }

    @FileResponses.GeoJson
    @Get("/boundaries")
    @Operation(operationId = "getDashboardBoundaries", summary = "Grenzen van alle gemeenten van de regio's (CBS 2024, vereenvoudigd); geografie is openbaar")
    String boundaries(Authentication auth) {
        return dashboards.boundaries(Caller.of(auth));
    }

    @FileResponses.Spreadsheet
    @Get("/regions.{ext:csv|xlsx}{?year,targetGroup,province}")
    @Operation(operationId = "exportDashboardRegions", summary = "De regiotabel als CSV of XLSX (zelfde verborgen cellen als op het scherm)")
    HttpResponse<byte[]> regionsFile(@Parameter(description = "csv of xlsx", schema = @Schema(allowableValues = {"csv", "xlsx"})) String ext, @Nullable @QueryValue Integer year, @Nullable @QueryValue String targetGroup,
                                     @Nullable @QueryValue String province, Authentication auth) {
        RegionsTable t = dashboards.regions(Caller.of(auth), year, targetGroup, province);
        TableFormat format = TableFormat.fromExtension(ext);
        byte[] bytes = TableWriter.write(format, "Regio's " + t.year(), DashboardExports.header(t.rows(), "Regio"),
                DashboardExports.lines(t.rows(), t.total()));
        return Downloads.attachment(bytes, "dashboard-regios-" + t.year() + "." + format.extension, format.mediaType());
    }

    @FileResponses.Spreadsheet
    @Get("/regions/{code}/municipalities.{ext:csv|xlsx}{?year,targetGroup}")
    @Operation(operationId = "exportDashboardMunicipalities", summary = "Een regio per gemeente als CSV of XLSX")
    HttpResponse<byte[]> municipalitiesFile(String code, @Parameter(description = "csv of xlsx", schema = @Schema(allowableValues = {"csv", "xlsx"})) String ext, @Nullable @QueryValue Integer year,
                                            @Nullable @QueryValue String targetGroup, Authentication auth) {
        MunicipalitiesTable t = dashboards.municipalities(Caller.of(auth), code, year, targetGroup);
        TableFormat format = TableFormat.fromExtension(ext);
        byte[] bytes = TableWriter.write(format, code + " " + t.year(), DashboardExports.header(t.rows(), "Gemeente"),
                DashboardExports.lines(t.rows(), t.total()));
        return Downloads.attachment(bytes, "dashboard-" + code.toLowerCase(java.util.Locale.ROOT) + "-" + t.year() + "." + format.extension,
                format.mediaType());
    }

    @FileResponses.Pdf
    @Get("/report.pdf{?year,targetGroup,province}")
    @Operation(operationId = "exportDashboardReport", summary = "Dashboardrapport (PDF) voor de gekozen filters, met de gemeentetabellen die de beller mag zien")
    HttpResponse<byte[]> report(@Nullable @QueryValue Integer year, @Nullable @QueryValue String targetGroup,
                                @Nullable @QueryValue String province, Authentication auth) {
        DashboardService.Report report = dashboards.report(Caller.of(auth), year, targetGroup, province);
        byte[] pdf = export.pdf(report.document(), "DASHBOARDRAPPORT");
        return Downloads.attachment(pdf, "dashboard-" + report.year() + ".pdf", MediaType.of("application/pdf"));
    }
}
