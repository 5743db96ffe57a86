package nl.thuisplan.allocation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.thuisplan.allocation.AllocationViews.BoundView;
import nl.thuisplan.allocation.AllocationViews.Result;
import nl.thuisplan.allocation.AllocationViews.ResultRow;
import nl.thuisplan.allocation.AllocationViews.ShareView;
import nl.thuisplan.allocation.report.AllocationReportData;
import nl.thuisplan.allocation.report.AllocationReportData.BoundLine;
import nl.thuisplan.allocation.report.AllocationReportData.CriterionLine;
import nl.thuisplan.allocation.report.AllocationReportData.Row;
import nl.thuisplan.allocation.report.AllocationReportData.StepLine;
import nl.thuisplan.indicator.Indicator;

/** Turns a scenario's result into the report's display data: Dutch labels, decimal commas, sentences. */
final class AllocationPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy").withZone(ZoneId.of("Europe/Amsterdam"));

    private AllocationPdf() {
    }

    /** "; besluit van het Portefeuillehoudersoverleg Wonen van 12-03-2027, kenmerk PHO-2027-04" (none before V22). */
    static String decision(AllocationViews.Decision d) {
        return d == null ? "" : "; besluit van " + d.body() + " van " + DATE.format(d.date()) + ", kenmerk " + d.reference();
    }

    static AllocationReportData data(String regionName, Result r, String user) {
        Map<String, String> names = new HashMap<>();
        r.rows().forEach(row -> names.put(row.municipality().code(), row.municipality().name()));
        String status = r.frozen() && r.adoptedAt() != null
                ? "Vastgesteld op " + DATE.format(r.adoptedAt()) + " door " + r.adoptedBy() + decision(r.decision())
                : "Concept — doorgerekend op " + DATE.format(Instant.now()) + " met de kengetallen van dat moment";
        List<CriterionLine> criteria = r.criteria().stream()
                .map(c -> new CriterionLine(Indicator.label(c.indicator()), percent(c.weight()))).toList();
        String draagkracht = r.draagkracht() == null ? null
                : Indicator.label(r.draagkracht().indicator()) + ", sterkte " + comma(r.draagkracht().strength());
        List<BoundLine> bounds = new ArrayList<>();
        for (BoundView b : r.bounds()) {
            List<String> parts = new ArrayList<>();
            if (b.min() != null) {
                parts.add("minimaal " + b.min());
            }
            if (b.minShare() != null) {
                parts.add("minimaal " + share(b.minShare()));
            }
            if (b.max() != null) {
                parts.add("maximaal " + b.max());
            }
            if (b.maxShare() != null) {
                parts.add("maximaal " + share(b.maxShare()));
            }
            bounds.add(new BoundLine(names.getOrDefault(b.municipality(), b.municipality()), String.join(", ", parts)));
        }
        List<Row> rows = r.rows().stream().map(AllocationPdf::row).toList();
        List<StepLine> steps = r.steps().stream().map(s -> new StepLine(s.number(), s.text())).toList();
        boolean usesOwnDemand = r.criteria().stream().anyMatch(c -> c.indicator().equals(Indicator.OWN_DEMAND.code))
                || r.draagkracht() != null && r.draagkracht().indicator().equals(Indicator.OWN_DEMAND.code);
        List<String> warnings = usesOwnDemand ? r.warnings().stream().map(w -> w.message()).toList() : List.of();
        return new AllocationReportData(regionName, r.modelName(), periodLabel(r.period()),
                r.targetGroups().stream().map(g -> g.name()).toList(), r.scenario().name(), r.scenario().versionNo(), status,
                r.method().label(), r.total(), r.allocated(), r.referenceDate(), criteria, draagkracht, bounds, rows, steps,
                warnings, Instant.now(), user);
    }

    private static Row row(ResultRow r) {
        String bound = switch (r.bound()) {
            case MIN -> "ondergrens";
            case MAX -> "bovengrens";
            default -> "";
        };
        return new Row(r.municipality().code(), r.municipality().name(), comma(r.quota()), r.target(), bound,
                r.perThousand() == null ? "–" : comma(r.perThousand()));
    }

    private static String share(ShareView s) {
        return percent(s.share()) + " van " + Indicator.label(s.indicator()).toLowerCase(java.util.Locale.ROOT);
    }

    static String percent(String fraction) {
        return comma(new BigDecimal(fraction).movePointRight(2).stripTrailingZeros().toPlainString()) + "%";
    }

    private static String comma(String decimal) {
        return decimal.replace('.', ',');
    }

    private static String periodLabel(String period) {
        return Period.parse(period).map(Period::label).orElse(period);
    }
}
