package nl.thuisplan.woonzorgvisie.export;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Objects;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import nl.thuisplan.report.PdfDocuments;
import nl.thuisplan.woonzorgvisie.content.RenderedDocument;

/**
 * A woonzorgvisie as PDF (tagged, Dutch, with bookmarks) and as DOCX. Both are exported from the
 * same filled report ({@code reports/woonzorgvisie.jrxml}), so a council member who edits the DOCX
 * starts from the pages and contents the PDF has. Stateless and thread-safe.
 */
@Singleton
public class DocumentExport {

    /** Compiles the template now (seconds), so the first user who asks for an export does not wait. */
    public static void warmUp() {
        DocumentTemplate.get();
    }

    public byte[] pdf(RenderedDocument doc) {
        try {
            return PdfDocuments.export(fill(doc), doc.title(), "Thuisplan");
        } catch (JRException e) {
            throw new IllegalStateException("woonzorgvisie PDF failed: " + e.getMessage(), e);
        }
    }

    public byte[] docx(RenderedDocument doc) {
        try {
            return PdfDocuments.exportDocx(fill(doc), doc.title(), "Thuisplan");
        } catch (JRException e) {
            throw new IllegalStateException("woonzorgvisie DOCX failed: " + e.getMessage(), e);
        }
    }

    /** Fill without export, table of contents numbered; package-private so the bench can time it apart. */
    static JasperPrint fill(RenderedDocument doc) throws JRException {
        Objects.requireNonNull(doc, "doc");
        List<DocumentFlow.Line> lines = DocumentFlow.of(doc, BarChartImage::png);
        JasperPrint print = JasperFillManager.fillReport(DocumentTemplate.get(), CoverText.parameters(doc), new FlowSource(lines));
        TocPages.fill(print);
        return print;
    }
}
