package nl.thuisplan.allocation;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.thuisplan.allocation.AllocationViews.CriterionView;
import nl.thuisplan.allocation.AllocationViews.Result;
import nl.thuisplan.allocation.AllocationViews.ResultRow;
import nl.thuisplan.allocation.RealisationViews.Results;
import nl.thuisplan.allocation.RealisationViews.Row;
import nl.thuisplan.allocation.report.AllocationReport;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.indicator.Indicator;
import nl.thuisplan.spreadsheet.TableFormat;
import nl.thuisplan.spreadsheet.TableWriter;

/** Tables of a scenario's computation and of a model's results, as CSV or XLSX. */
@Singleton
class AllocationExports {

    private final Computations computations;
    private final ResultsService results;

    AllocationExports(Computations computations, ResultsService results) {
        this.computations = computations;
        this.results = results;
    }

    byte[] scenarioTable(Caller caller, long scenarioId, TableFormat format) {
        Result r = computations.result(caller, scenarioId);
        List<String> indicators = new ArrayList<>();
        r.rows().stream().flatMap(row -> row.indicators().keySet().stream()).distinct().forEach(indicators::add);
        List<String> criteria = r.criteria().stream().map(CriterionView::indicator).toList();
        List<String> header = new ArrayList<>(List.of("cbs_code", "gemeente"));
        indicators.forEach(i -> header.add(i));
        criteria.forEach(c -> header.add("bijdrage_" + c));
        header.addAll(List.of("sleutelquotum", "draagkrachtfactor", "quotum", "taakstelling", "begrenzing", "per_1000_inwoners"));
        List<List<Object>> rows = new ArrayList<>();
        for (ResultRow row : r.rows()) {
            List<Object> line = new ArrayList<>(List.of(row.municipality().code(), row.municipality().name()));
            indicators.forEach(i -> line.add(number(row.indicators().get(i))));
            criteria.forEach(c -> line.add(number(row.contributions().get(c))));
            line.addAll(Arrays.asList(number(row.keyQuota()), number(row.draagkrachtFactor()), number(row.quota()), row.target(),
                    row.bound().name(), number(row.perThousand())));
            rows.add(line);
        }
        return TableWriter.write(format, "Verdeling", header, rows);
    }

    /** The PDF report of a scenario: model, parameters, table and rounding steps. */
    byte[] scenarioPdf(Caller caller, long scenarioId) {
        Computations.Named named = computations.resultWithRegion(caller, scenarioId);
        return AllocationReport.pdf(AllocationPdf.data(named.regionName(), named.result(), caller.username()));
    }

    byte[] resultsTable(Caller caller, long modelId, TableFormat format) {
        Results res = results.results(caller, modelId);
        List<String> header = List.of("cbs_code", "gemeente", "quotum", "taakstelling", "ruil", "taakstelling_na_ruil",
                "meegenomen_uit_vorige_periode", "te_realiseren", "gerealiseerd", "verschil", "naar_volgende_periode");
        List<List<Object>> rows = new ArrayList<>();
        for (Row row : res.rows()) {
            rows.add(Arrays.asList(row.municipality().code(), row.municipality().name(), number(row.quota()), row.target(),
                    row.swapped(), row.effectiveTarget(), row.carriedIn(), row.due(), row.realised(), row.difference(),
                    row.carriedOut()));
        }
        return TableWriter.write(format, "Realisatie " + res.model().period(), header, rows);
    }

    /** Decimal strings become numbers in a spreadsheet; absent stays empty. */
    private static Object number(String text) {
        return text == null ? null : new java.math.BigDecimal(text);
    }

    static String label(String indicator) {
        return Indicator.label(indicator);
    }
}
