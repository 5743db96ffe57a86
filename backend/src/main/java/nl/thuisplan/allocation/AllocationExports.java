package nl.thuisplan.allocation;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.thuisplan.allocation.AllocationViews.CriterionView;
import nl.thuisplan.allocation.AllocationViews.Result;
import nl.thuisplan.allocation.AllocationViews.ResultRow;
import nl.thuisplan.allocation.RealisationViews.Results;
import nl.thuisplan.allocation.RealisationViews.Row;
import nl.thuisplan.allocation.engine.BoundKind;
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
        List<String> header = new ArrayList<>(List.of("CBS-code", "Gemeente"));
        indicators.forEach(i -> header.add(label(i)));
        criteria.forEach(c -> header.add("Bijdrage " + label(c).toLowerCase(Locale.ROOT)));
        header.addAll(List.of("Sleutelquotum", "Draagkrachtfactor", "Quotum", "Taakstelling", "Begrenzing", "Per 1.000 inwoners"));
        List<List<Object>> rows = new ArrayList<>();
        for (ResultRow row : r.rows()) {
            List<Object> line = new ArrayList<>(List.of(row.municipality().code(), row.municipality().name()));
            indicators.forEach(i -> line.add(number(row.indicators().get(i))));
            criteria.forEach(c -> line.add(number(row.contributions().get(c))));
            line.addAll(Arrays.asList(number(row.keyQuota()), number(row.draagkrachtFactor()), number(row.quota()), row.target(),
                    bound(row.bound()), number(row.perThousand())));
            rows.add(line);
        }
        return TableWriter.write(format, "Verdeling", header, rows, scenarioNotes(r));
    }

    /** The Toelichting sheet: which scenario, which method and key, so a table passed on explains itself. */
    private static List<String> scenarioNotes(Result r) {
        List<String> notes = new ArrayList<>();
        notes.add("Verdeling: " + r.modelName() + ", scenario " + r.scenario().name() + " (versie " + r.scenario().versionNo() + ")");
        notes.add("Periode: " + Period.parse(r.period()).map(Period::label).orElse(r.period()) + "; status: "
                + (r.scenario().status() == ScenarioStatus.ADOPTED ? "vastgesteld" : "concept") + ".");
        notes.add("Aandachtsgroepen: " + String.join(", ", r.targetGroups().stream().map(g -> g.name()).toList()) + ".");
        notes.add("Afrondingsmethode: " + r.method().label() + ". Te verdelen: " + r.total() + " woningen; verdeeld: " + r.allocated() + ".");
        notes.add("Verdeelsleutel: " + String.join(", ", r.criteria().stream()
                .map(c -> label(c.indicator()) + " " + c.weight().replace('.', ',')).toList())
                + (r.draagkracht() == null ? "" : "; draagkracht naar " + label(r.draagkracht().indicator()).toLowerCase(Locale.ROOT)
                + ", sterkte " + r.draagkracht().strength().replace('.', ',')) + ".");
        notes.add("Kengetallen op peildatum " + r.referenceDate() + ". Begrenzing: 'ondergrens' of 'bovengrens' als de gemeente "
                + "bij het herverdelen op haar grens is vastgezet.");
        return notes;
    }

    /** A bound as the reader says it; no bound is an empty cell, not a code. */
    static String bound(BoundKind kind) {
        return switch (kind) {
            case MIN -> "ondergrens";
            case MAX -> "bovengrens";
            case NONE -> "";
        };
    }

    /** The PDF report of a scenario: model, parameters, table and rounding steps. */
    byte[] scenarioPdf(Caller caller, long scenarioId) {
        Computations.Named named = computations.resultWithRegion(caller, scenarioId);
        return AllocationReport.pdf(AllocationPdf.data(named.regionName(), named.result(), caller.username()));
    }

    byte[] resultsTable(Caller caller, long modelId, TableFormat format) {
        Results res = results.results(caller, modelId);
        List<String> header = List.of("CBS-code", "Gemeente", "Quotum", "Taakstelling", "Ruil", "Taakstelling na ruil",
                "Meegenomen uit vorige periode", "Te realiseren", "Gerealiseerd", "Verschil", "Naar volgende periode");
        List<List<Object>> rows = new ArrayList<>();
        for (Row row : res.rows()) {
            rows.add(Arrays.asList(row.municipality().code(), row.municipality().name(), number(row.quota()), row.target(),
                    row.swapped(), row.effectiveTarget(), row.carriedIn(), row.due(), row.realised(), row.difference(),
                    row.carriedOut()));
        }
        return TableWriter.write(format, "Realisatie " + res.model().period(), header, rows, List.of(
                "Realisatie: " + res.model().name() + ", periode " + Period.parse(res.model().period()).map(Period::label)
                        .orElse(res.model().period()),
                "Vastgesteld scenario: " + res.scenario().name() + " (versie " + res.scenario().versionNo() + "), afrondingsmethode "
                        + res.scenario().method().label() + ".",
                "Te realiseren = taakstelling na ruil + meegenomen uit de vorige periode; verschil = gerealiseerd − te realiseren."));
    }

    /** Decimal strings become numbers in a spreadsheet; absent stays empty. */
    private static Object number(String text) {
        return text == null ? null : new java.math.BigDecimal(text);
    }

    static String label(String indicator) {
        return Indicator.label(indicator);
    }
}
