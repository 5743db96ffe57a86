package nl.thuisplan.allocation.report;

import net.sf.jasperreports.engine.JasperReport;
import nl.thuisplan.report.PdfDocuments;

/**
 * The compiled allocation template. Compiling a .jrxml generates and compiles Java for its
 * expressions (hundreds of milliseconds), so it happens once per JVM; a compiled JasperReport is
 * immutable and may be filled by many threads at once.
 */
final class AllocationTemplate {

    static final String RESOURCE = "/reports/allocation.jrxml";

    private AllocationTemplate() {
    }

    static JasperReport get() {
        return Holder.REPORT;
    }

    /** The JVM initialises a class once, under its own lock: lazy and thread-safe without locking here. */
    private static final class Holder {
        static final JasperReport REPORT = compile();
    }

    private static JasperReport compile() {
        return PdfDocuments.compile(RESOURCE);
    }
}
