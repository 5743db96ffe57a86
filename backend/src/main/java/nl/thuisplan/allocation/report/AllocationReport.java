package nl.thuisplan.allocation.report;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import java.util.stream.Collectors;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import nl.thuisplan.report.PdfDocuments;

/**
 * PDF of one allocation scenario: the parameters it was computed with, the target per municipality
 * and the audited rounding steps. Layout lives in {@code reports/allocation.jrxml}; this class only
 * turns the data into the template's parameters and lines ({@link ReportLines}). Stateless and
 * thread-safe.
 */
public final class AllocationReport {

    /** Reports are read in the Netherlands whatever the server's zone; the footer says local time. */
    static final ZoneId AMSTERDAM = PdfDocuments.AMSTERDAM;
    static final Locale DUTCH = PdfDocuments.DUTCH;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(AMSTERDAM);

    private AllocationReport() {
    }

    /** Loads the template (compiled at build time) now, so the first user who asks for a PDF does not wait for it. */
    public static void warmUp() {
        AllocationTemplate.get();
    }

    public static byte[] pdf(AllocationReportData data) {
        Objects.requireNonNull(data, "data");
        try {
            return export(fill(data), data);
        } catch (JRException e) {
            throw new IllegalStateException("allocation report failed: " + e.getMessage(), e);
        }
    }

    /** Fill without export; package-private so tests and the bench can time the two halves apart. */
    static JasperPrint fill(AllocationReportData data) throws JRException {
        return JasperFillManager.fillReport(AllocationTemplate.get(), parameters(data), ReportLines.of(data));
    }

    static byte[] export(JasperPrint print, AllocationReportData data) throws JRException {
        return PdfDocuments.export(print, "Verdeling " + nullToEmpty(data.modelName()) + " — " + nullToEmpty(data.regionName()), data.generatedBy());
    }

    /** A HashMap because JasperReports adds its own entries to the map during the fill. */
    static Map<String, Object> parameters(AllocationReportData data) {
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, DUTCH);
        p.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(AMSTERDAM));
        p.put("REGION_NAME", data.regionName());
        p.put("MODEL_NAME", data.modelName());
        p.put("PERIOD", data.period());
        List<String> groups = ReportLines.orEmpty(data.targetGroups());
        p.put("TARGET_GROUPS", groups.isEmpty() ? null : String.join(", ", groups));
        p.put("SCENARIO_NAME", data.scenarioName());
        p.put("VERSION_NO", data.versionNo());
        p.put("STATUS_TEXT", data.statusText());
        p.put("METHOD_LABEL", data.methodLabel());
        p.put("TOTAL", data.total());
        p.put("ALLOCATED", data.allocated());
        p.put("REFERENCE_DATE", data.referenceDate() == null ? null : DATE.format(data.referenceDate()));
        p.put("CRITERIA", criteria(data.criteria()));
        p.put("DRAAGKRACHT", data.draagkrachtText());
        p.put("GENERATED_AT", data.generatedAt() == null ? null : DATE_TIME.format(data.generatedAt()));
        p.put("GENERATED_BY", data.generatedBy());
        return p;
    }

    private static String criteria(List<AllocationReportData.CriterionLine> criteria) {
        return ReportLines.orEmpty(criteria).stream()
                .map(c -> c.indicatorLabel() + " — " + c.weightPercent())
                .collect(Collectors.joining("\n"));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
