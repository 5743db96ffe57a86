package nl.thuisplan.report;

import java.io.IOException;
import java.io.InputStream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * A report template compiled at build time ({@link TemplateCompiler}), loaded from the classpath on
 * first use. Nothing is compiled or written to disk at run time. A failed load is not remembered:
 * the next call tries again, so one bad moment never breaks the exports for the instance's life.
 * A loaded JasperReport is immutable and may be filled by many threads at once.
 */
public final class CompiledReport {

    private final String resource;
    private volatile JasperReport report;

    /** @param resource the classpath path of the {@code .jasper}, e.g. {@code /reports/allocation.jasper} */
    public CompiledReport(String resource) {
        this.resource = resource;
    }

    public JasperReport get() {
        JasperReport loaded = report;
        if (loaded == null) {
            synchronized (this) {
                if (report == null) {
                    report = load(resource);
                }
                loaded = report;
            }
        }
        return loaded;
    }

    private static JasperReport load(String resource) {
        try (InputStream in = CompiledReport.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath; the build compiles it from the .jrxml");
            }
            return (JasperReport) JRLoader.loadObject(in);
        } catch (IOException | JRException e) {
            throw new IllegalStateException("cannot load " + resource, e);
        }
    }
}
