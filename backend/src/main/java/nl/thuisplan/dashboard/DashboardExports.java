package nl.thuisplan.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.thuisplan.dashboard.DashboardViews.Row;
import nl.thuisplan.dashboard.DashboardViews.TrendPoint;
import nl.thuisplan.smallnumbers.Cell;
import nl.thuisplan.woonzorgvisie.content.DataBlock.Column;
import nl.thuisplan.woonzorgvisie.content.DataBlock;
import nl.thuisplan.woonzorgvisie.content.Part;
import nl.thuisplan.woonzorgvisie.content.RenderedDocument;
import nl.thuisplan.woonzorgvisie.text.MarkdownHtml;

/**
 * The dashboard tables as files: CSV and XLSX with the same cells (and the same hidden ones) as the
 * screen, and the PDF report built as a document of data blocks, so it shares the woonzorgvisie's
 * cover, contents, headers, tables and charts.
 */
final class DashboardExports {

    private DashboardExports() {
    }

    static List<String> header(List<Row> rows, String areaLabel) {
        List<String> h = new ArrayList<>(List.of(areaLabel, "Inwoners", "Huidige vraag", "Nieuwe vraag per jaar",
                "Benodigde woningen per jaar", "Benodigde woningen per 1.000 inwoners", "Taakstelling", "Gerealiseerd",
                "Gerealiseerd (% van de taakstelling)", "Urgentieregeling", "Urgentie: capaciteit per jaar", "Urgentie: urgente instroom per jaar",
                "Urgentie: saldo per jaar", "Vraaganalyses vastgesteld", "Gemeenten", "Woonzorgvisies vastgesteld",
                "Woonzorgvisies ter beoordeling", "Woonzorgvisies concept", "Zonder woonzorgvisie"));
        if (!rows.isEmpty()) {
            rows.get(0).trend().forEach(t -> h.add("Benodigde woningen " + t.year()));
        }
        // completeness (issue 15): appended, so the columns before keep their place
        h.add("Volledigheid");
        h.add("Urgentie: oordeel");
        if (!rows.isEmpty()) {
            rows.get(0).trend().forEach(t -> h.add("Gemeenten met cijfers " + t.year()));
        }
        return h;
    }

    /** One line per row, the total last; visible counts as numbers, hidden ones as "<5". */
    static List<List<Object>> lines(List<Row> rows, Row total) {
        List<List<Object>> out = new ArrayList<>();
        for (Row r : rows) {
            out.add(line(r));
        }
        out.add(line(total));
        return out;
    }

    private static List<Object> line(Row r) {
        List<Object> l = new ArrayList<>();
        l.add(r.area().name());
        l.add(r.inhabitants() == null ? "" : r.inhabitants());
        l.add(cell(r.stock()));
        l.add(cell(r.inflow()));
        l.add(cell(r.moves()));
        l.add(decimal(r.movesPerThousand()));
        l.add(cell(r.target()));
        l.add(cell(r.realised()));
        l.add(decimal(r.realisedShare()));
        l.add(r.urgency() == null ? "" : r.urgency().scheme());
        l.add(r.urgency() == null ? "" : decimal(r.urgency().capacity()));
        l.add(r.urgency() == null ? "" : cell(r.urgency().inflow()));
        l.add(r.urgency() == null ? "" : decimal(r.urgency().balance()));
        l.add(r.completeness().known());
        l.add(r.completeness().expected());
        l.add(r.woonzorgvisie().adopted());
        l.add(r.woonzorgvisie().inReview());
        l.add(r.woonzorgvisie().concept());
        l.add(r.woonzorgvisie().none());
        for (TrendPoint t : r.trend()) {
            l.add(cell(t.moves()));
        }
        l.add(r.completeness().text());
        l.add(r.urgency() == null ? "" : outcome(r.urgency()));
        for (TrendPoint t : r.trend()) {
            l.add(t.completeness().known());
        }
        return l;
    }

    /** The urgentietoets in words: a pass only on complete demand. */
    static String outcome(DashboardViews.Urgency u) {
        return switch (u.outcome()) {
            case "SHORTFALL" -> "tekort";
            case "ENOUGH" -> "voldoende";
            default -> "niet te beoordelen (" + u.completeness().text() + ")";
        };
    }

    /** A count with a mark when the municipalities behind it are not all known. */
    private static String marked(Cell c, nl.thuisplan.completeness.Completeness completeness) {
        return completeness.complete() ? c.text() : c.text() + " *";
    }

    private static final String MARK_NOTE = " Een * markeert een cijfer waarvoor niet alle gemeenten een vastgestelde vraaganalyse "
            + "hebben: het is de som van de bekende gemeenten, de andere zijn onbekend (niet nul).";

    private static Object cell(Cell c) {
        return c.value() != null ? c.value() : c.suppressed() ? c.text() : "";
    }

    /** "1.234,5" back to a number for a spreadsheet cell. */
    private static Object decimal(String dutch) {
        return dutch == null ? "" : new BigDecimal(dutch.replace(".", "").replace(',', '.'));
    }

    /** The PDF report as a document: the regions compared, the trend, and each region the caller may see per municipality. */
    static RenderedDocument report(String title, String scope, int year, String groupName, DashboardViews.RegionsTable regions,
                                   List<DashboardViews.MunicipalitiesTable> details, int threshold) {
        List<RenderedDocument.Chapter> chapters = new ArrayList<>();
        String note = "Aantallen van 1 tot " + (threshold - 1) + " staan er als \"<" + threshold + "\"; zo nodig is een tweede cel "
                + "verborgen, zodat het totaal ze niet verraadt.";
        chapters.add(new RenderedDocument.Chapter("regios", "1", "Regio's vergeleken", List.of(
                section("regios.vraag", "1.1", "Vraag", text("Aandachtsgroep: **" + groupName + "**, jaar " + year + ". " + note),
                        demand("Vraag per regio, " + year, "Regio", regions.rows(), regions.total(), true)),
                section("regios.verdeling", "1.2", "Eerlijke verdeling en realisatie", null,
                        fairShare("Taakstelling en realisatie per regio, " + year, "Regio", regions.rows(), regions.total())),
                section("regios.urgentie", "1.3", "Urgentie", null, urgency("Urgentie per regio, " + year, regions.rows())),
                section("regios.voortgang", "1.4", "Vraaganalyses en woonzorgvisies", null,
                        progress("Voortgang per regio, " + year, "Regio", regions.rows(), regions.total())),
                section("regios.trend", "1.5", "Ontwikkeling", null, trend("Benodigde woningen per jaar per regio", regions.rows(),
                        regions.total())))));
        int n = 2;
        for (DashboardViews.MunicipalitiesTable d : details) {
            String number = String.valueOf(n++);
            String key = "detail." + d.region().code();
            chapters.add(new RenderedDocument.Chapter(key, number, d.region().name() + " per gemeente", List.of(
                    section(key + ".vraag", number + ".1", "Vraag", null, demand("Vraag per gemeente, " + year, "Gemeente", d.rows(),
                            d.total(), false)),
                    section(key + ".verdeling", number + ".2", "Eerlijke verdeling en realisatie", null,
                            fairShare("Taakstelling en realisatie per gemeente, " + year, "Gemeente", d.rows(), d.total())),
                    section(key + ".voortgang", number + ".3", "Vraaganalyses en woonzorgvisies", null,
                            progress("Voortgang per gemeente, " + year, "Gemeente", d.rows(), d.total())))));
        }
        return new RenderedDocument(title, "programma Een thuis voor iedereen", scope, "REPORT", year, year, "Dashboardrapport", null, null, Instant.now(),
                "Thuisplan-dashboard", 1, chapters);
    }

    private static RenderedDocument.Section section(String key, String number, String title, Part intro, DataBlock block) {
        List<Part> parts = new ArrayList<>();
        if (intro != null) {
            parts.add(intro);
        }
        parts.add(Part.block(block));
        return new RenderedDocument.Section(key, number, title, false, parts);
    }

    private static Part text(String markdown) {
        return Part.text(markdown, MarkdownHtml.toHtml(markdown));
    }

    private static DataBlock demand(String title, String label, List<Row> rows, Row total, boolean chart) {
        List<List<String>> lines = rows.stream().map(r -> List.of(r.area().name(), r.stock().text(), r.inflow().text(),
                marked(r.moves(), r.completeness()), dash(r.movesPerThousand()), basis(r))).toList();
        List<String> labels = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (Row r : rows) {
            if (r.movesPerThousand() != null) {
                labels.add(r.area().name());
                values.add(new BigDecimal(r.movesPerThousand().replace(".", "").replace(',', '.')));
            }
        }
        return new DataBlock("dashboard-vraag", title, List.of(new Column(label, false), new Column("Huidige vraag", true),
                new Column("Nieuwe vraag per jaar", true), new Column("Benodigde woningen per jaar", true),
                new Column("Per 1.000 inwoners", true), new Column("Gemeenten met cijfers", true)), lines,
                List.of(total.area().name(), total.stock().text(), total.inflow().text(), marked(total.moves(), total.completeness()),
                        dash(total.movesPerThousand()), basis(total)),
                chart && !labels.isEmpty() ? new DataBlock.Chart("Benodigde woningen per 1.000 inwoners", "per 1.000 inwoners", labels, values)
                        : null, "Bron: vastgestelde vraaganalyses in Thuisplan (per gemeente de nieuwste vastgestelde versie). Per 1.000 "
                        + "inwoners van de gemeenten met cijfers; onder de " + nl.thuisplan.completeness.Completeness.SHOWN_FROM_PERCENT
                        + "% van de gemeenten geen cijfer per 1.000." + MARK_NOTE);
    }

    /** "1 van 82": the municipalities behind a row's demand; empty for the region's own figures. */
    private static String basis(Row r) {
        return r.completeness().expected() == 0 ? "–" : r.completeness().known() + " van " + r.completeness().expected();
    }

    private static DataBlock fairShare(String title, String label, List<Row> rows, Row total) {
        List<List<String>> lines = rows.stream().map(r -> List.of(r.area().name(), r.target().text(), r.realised().text(),
                dash(r.realisedShare()))).toList();
        return new DataBlock("dashboard-verdeling", title, List.of(new Column(label, false), new Column("Taakstelling", true),
                new Column("Gerealiseerd", true), new Column("% van de taakstelling", true)), lines,
                List.of(total.area().name(), total.target().text(), total.realised().text(), dash(total.realisedShare())), null,
                "Bron: vastgestelde verdelingsmodellen van het jaar en de geregistreerde realisatie.");
    }

    private static DataBlock urgency(String title, List<Row> rows) {
        List<List<String>> lines = rows.stream().map(r -> List.of(r.area().name(),
                r.urgency() == null ? "geen vastgestelde regeling" : r.urgency().scheme(),
                r.urgency() == null ? "–" : r.urgency().capacity(), r.urgency() == null ? "–" : r.urgency().inflow().text(),
                r.urgency() == null ? "–" : dash(r.urgency().balance()), r.urgency() == null ? "–" : outcome(r.urgency()))).toList();
        return new DataBlock("dashboard-urgentie", title, List.of(new Column("Regio", false), new Column("Regeling", false),
                new Column("Capaciteit per jaar", true), new Column("Urgente instroom", true), new Column("Saldo", true),
                new Column("Oordeel", false)), lines, null, null,
                "Het breedste urgentiequotum van de regeling die op 1 januari geldt; saldo = capaciteit − urgente instroom. "
                        + "\"Voldoende\" alleen als de vraag van alle gemeenten bekend is; anders is het oordeel niet te geven "
                        + "(een tekort blijft een tekort: de onbekende gemeenten kunnen alleen instroom toevoegen).");
    }

    private static DataBlock progress(String title, String label, List<Row> rows, Row total) {
        List<List<String>> lines = rows.stream().map(r -> List.of(r.area().name(), r.completeness().known() + " van " + r.completeness().expected(),
                String.valueOf(r.woonzorgvisie().adopted()), String.valueOf(r.woonzorgvisie().inReview()),
                String.valueOf(r.woonzorgvisie().concept()))).toList();
        return new DataBlock("dashboard-voortgang", title, List.of(new Column(label, false), new Column("Vraaganalyses vastgesteld", true),
                new Column("Woonzorgvisies vastgesteld", true), new Column("Ter beoordeling", true), new Column("Concept", true)), lines,
                List.of(total.area().name(), total.completeness().known() + " van " + total.completeness().expected(),
                        String.valueOf(total.woonzorgvisie().adopted()), String.valueOf(total.woonzorgvisie().inReview()),
                        String.valueOf(total.woonzorgvisie().concept())), null,
                "Gemeenten met een vastgestelde vraaganalyse van het jaar, en met een woonzorgvisie waarvan de periode het jaar omvat.");
    }

    /** The report's tables hold at most eight columns: the seven newest years. */
    private static final int PDF_YEARS = 7;

    private static List<TrendPoint> recent(List<TrendPoint> trend) {
        return trend.subList(Math.max(0, trend.size() - PDF_YEARS), trend.size());
    }

    private static DataBlock trend(String title, List<Row> rows, Row total) {
        List<Column> columns = new ArrayList<>(List.of(new Column("Regio", false)));
        List<String> labels = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (TrendPoint t : recent(total.trend())) {
            columns.add(new Column(String.valueOf(t.year()), true));
            if (t.moves().value() != null) {
                labels.add(String.valueOf(t.year()));
                values.add(BigDecimal.valueOf(t.moves().value()));
            }
        }
        List<List<String>> lines = rows.stream().map(r -> {
            List<String> l = new ArrayList<>(List.of(r.area().name()));
            recent(r.trend()).forEach(t -> l.add(marked(t.moves(), t.completeness())));
            return l;
        }).toList();
        List<String> sum = new ArrayList<>(List.of(total.area().name()));
        recent(total.trend()).forEach(t -> sum.add(marked(t.moves(), t.completeness())));
        return new DataBlock("dashboard-trend", title, columns, lines, sum,
                labels.isEmpty() ? null : new DataBlock.Chart("Benodigde woningen per jaar, alle regio's samen", "woningen", labels, values),
                "Per jaar de vastgestelde vraaganalyses." + MARK_NOTE);
    }

    private static String dash(String s) {
        return s == null ? "–" : s;
    }
}
