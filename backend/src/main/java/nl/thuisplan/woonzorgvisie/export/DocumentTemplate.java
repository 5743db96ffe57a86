package nl.thuisplan.woonzorgvisie.export;

import net.sf.jasperreports.engine.JasperReport;
import nl.thuisplan.report.PdfDocuments;

/**
 * The compiled woonzorgvisie template. Compiling a .jrxml generates and compiles Java for its
 * expressions (seconds for this one), so it happens once per JVM; a compiled JasperReport is
 * immutable and may be filled by many threads at once.
 */
final class DocumentTemplate {

    static final String RESOURCE = "/reports/woonzorgvisie.jrxml";

    private DocumentTemplate() {
    }

    static JasperReport get() {
        return Holder.REPORT;
    }

    /** The JVM initialises a class once, under its own lock: lazy and thread-safe without locking here. */
    private static final class Holder {
        static final JasperReport REPORT = PdfDocuments.compile(RESOURCE);
    }
}
