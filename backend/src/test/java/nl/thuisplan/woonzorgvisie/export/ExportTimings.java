package nl.thuisplan.woonzorgvisie.export;

import net.sf.jasperreports.engine.JRException;
import nl.thuisplan.woonzorgvisie.content.RenderedDocument;

/** Opens the package-private fill to the bench (another package), which times it apart from the exports. */
public final class ExportTimings {

    private ExportTimings() {
    }

    /** Fills the document without exporting it; returns the page count. */
    public static int fill(RenderedDocument doc) throws JRException {
        return DocumentExport.fill(doc).getPages().size();
    }
}
