package nl.thuisplan.woonzorgvisie.export;

import net.sf.jasperreports.engine.JasperReport;
import nl.thuisplan.report.CompiledReport;

/**
 * The woonzorgvisie template, compiled from {@code reports/woonzorgvisie.jrxml} at build time and loaded on
 * first use (see {@link CompiledReport}).
 */
final class DocumentTemplate {

    static final String RESOURCE = "/reports/woonzorgvisie.jasper";
    private static final CompiledReport REPORT = new CompiledReport(RESOURCE);

    private DocumentTemplate() {
    }

    static JasperReport get() {
        return REPORT.get();
    }
}
