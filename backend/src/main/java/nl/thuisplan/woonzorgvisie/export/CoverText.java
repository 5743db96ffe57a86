package nl.thuisplan.woonzorgvisie.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.TimeZone;
import net.sf.jasperreports.engine.JRParameter;
import nl.thuisplan.report.PdfDocuments;
import nl.thuisplan.woonzorgvisie.content.RenderedDocument;
import nl.thuisplan.woonzorgvisie.document.DocumentStatus;

/** The template's parameters: what the cover, the running header and the footer say, in Dutch. */
final class CoverText {

    /** "23 november 2026", as Dutch council documents write dates. */
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", PdfDocuments.DUTCH);

    private CoverText() {
    }

    /** A HashMap because JasperReports adds its own entries to the map during the fill. */
    static Map<String, Object> parameters(RenderedDocument doc) {
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, PdfDocuments.DUTCH);
        p.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(PdfDocuments.AMSTERDAM));
        p.put("TITLE", doc.title());
        p.put("AREA", area(doc));
        p.put("REGION", doc.regionName());
        p.put("PERIOD", period(doc));
        p.put("STATUS", doc.status());
        p.put("STATUS_TEXT", status(doc));
        p.put("TEMPLATE_TEXT", doc.templateName() + ", versie " + doc.templateVersionNo());
        p.put("FIGURES_AS_OF", figuresAsOf(doc.figuresAsOf()));
        return p;
    }

    static String area(RenderedDocument doc) {
        String kind = "SUBREGION".equals(doc.areaKind()) ? "Deelregio " : "MUNICIPALITY".equals(doc.areaKind()) ? "Gemeente " : "";
        return kind + doc.areaName();
    }

    static String period(RenderedDocument doc) {
        return doc.fromYear() == doc.toYear() ? String.valueOf(doc.fromYear()) : doc.fromYear() + "–" + doc.toYear();
    }

    /**
     * "Concept", "In beoordeling", "Akkoord van de regio", or who adopted it: "Vastgesteld door de gemeenteraad op
     * 12 maart 2027 (raadsbesluit 2027/041)" for a gemeente, "Vastgesteld door de regio op …" for a deelregio.
     */
    static String status(RenderedDocument doc) {
        // a report built on the same template (the dashboard's) carries a label of its own instead
        return DocumentStatus.of(doc.status())
                .map(s -> s == DocumentStatus.ADOPTED ? adopted(doc) : s.label())
                .orElse(doc.status());
    }

    private static String adopted(RenderedDocument doc) {
        boolean council = "MUNICIPALITY".equals(doc.areaKind());
        String text = council ? "Vastgesteld door de gemeenteraad" : "Vastgesteld door de regio";
        if (doc.decisionDate() != null) {
            text += " op " + longDate(doc.decisionDate());
        }
        String reference = doc.decisionReference();
        return reference == null || reference.isBlank() ? text : text + " (" + (council ? "raadsbesluit " : "besluit ") + reference + ")";
    }

    static String figuresAsOf(Instant asOf) {
        return asOf == null ? null : "Cijfers per " + longDate(asOf.atZone(PdfDocuments.AMSTERDAM).toLocalDate());
    }

    static String longDate(LocalDate date) {
        return LONG_DATE.format(date);
    }
}
