package nl.thuisplan.urgency.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import nl.thuisplan.report.PdfDocuments;

/**
 * PDF of one version of a regional urgentieregeling, fit to attach to a council proposal: status,
 * validity and legal basis, the categories in priority order, the quotas and the accepted local
 * deviations. Layout lives in {@code reports/urgency.jrxml}; this class only turns the data into the
 * template's parameters and lines ({@link UrgencyLines}). Stateless and thread-safe.
 */
public final class UrgencyDocument {

    /** Documents are read in the Netherlands whatever the server's zone; the footer says local time. */
    static final ZoneId AMSTERDAM = PdfDocuments.AMSTERDAM;
    static final Locale DUTCH = PdfDocuments.DUTCH;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(AMSTERDAM);

    private UrgencyDocument() {
    }

    /** Loads the template (compiled at build time) now, so the first user who asks for a PDF does not wait for it. */
    public static void warmUp() {
        UrgencyTemplate.get();
    }

    public static byte[] pdf(UrgencyDocumentData data) {
        Objects.requireNonNull(data, "data");
        try {
            return export(fill(data), data);
        } catch (JRException e) {
            throw new IllegalStateException("urgency document failed: " + e.getMessage(), e);
        }
    }

    static JasperPrint fill(UrgencyDocumentData data) throws JRException {
        return JasperFillManager.fillReport(UrgencyTemplate.get(), parameters(data), UrgencyLines.of(data));
    }

    static byte[] export(JasperPrint print, UrgencyDocumentData data) throws JRException {
        return PdfDocuments.export(print, nullToEmpty(data.schemeName()) + ", versie " + data.versionNo()
                + " — " + nullToEmpty(data.regionName()), data.generatedBy());
    }

    /** A HashMap because JasperReports adds its own entries to the map during the fill. */
    static Map<String, Object> parameters(UrgencyDocumentData data) {
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, DUTCH);
        p.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(AMSTERDAM));
        p.put("REGION_NAME", data.regionName());
        p.put("SCHEME_NAME", data.schemeName());
        p.put("VERSION_NO", data.versionNo());
        p.put("STATUS_TEXT", data.statusText());
        p.put("VALIDITY", validity(data.validFrom(), data.validTo()));
        p.put("LEGAL_BASIS", data.legalBasisText());
        p.put("GENERATED_AT", data.generatedAt() == null ? null : DATE_TIME.format(data.generatedAt()));
        p.put("GENERATED_BY", data.generatedBy());
        return p;
    }

    /** "van 01-01-2027 tot en met 31-12-2030"; either end may be open in a draft. */
    static String validity(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return "nog niet vastgelegd";
        }
        String start = from == null ? "" : "van " + DATE.format(from);
        String end = to == null ? "" : "tot en met " + DATE.format(to);
        return (start + " " + end).strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
