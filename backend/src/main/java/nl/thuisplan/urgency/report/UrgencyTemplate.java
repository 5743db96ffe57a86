package nl.thuisplan.urgency.report;

import net.sf.jasperreports.engine.JasperReport;
import nl.thuisplan.report.CompiledReport;

/**
 * The urgency template, compiled from {@code reports/urgency.jrxml} at build time and loaded on
 * first use (see {@link CompiledReport}).
 */
final class UrgencyTemplate {

    static final String RESOURCE = "/reports/urgency.jasper";
    private static final CompiledReport REPORT = new CompiledReport(RESOURCE);

    private UrgencyTemplate() {
    }

    static JasperReport get() {
        return REPORT.get();
    }
}
