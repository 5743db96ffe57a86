package nl.thuisplan.allocation.report;

import net.sf.jasperreports.engine.JasperReport;
import nl.thuisplan.report.CompiledReport;

/**
 * The allocation template, compiled from {@code reports/allocation.jrxml} at build time and loaded on
 * first use (see {@link CompiledReport}).
 */
final class AllocationTemplate {

    static final String RESOURCE = "/reports/allocation.jasper";
    private static final CompiledReport REPORT = new CompiledReport(RESOURCE);

    private AllocationTemplate() {
    }

    static JasperReport get() {
        return REPORT.get();
    }
}
