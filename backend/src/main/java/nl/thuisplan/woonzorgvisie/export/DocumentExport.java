package nl.thuisplan.woonzorgvisie.export;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import nl.thuisplan.report.PdfDocuments;
import nl.thuisplan.woonzorgvisie.content.DataBlock;
import nl.thuisplan.woonzorgvisie.content.Part;
import nl.thuisplan.woonzorgvisie.content.RenderedDocument;
import nl.thuisplan.woonzorgvisie.document.DocumentStatus;

/**
 * A woonzorgvisie as PDF (tagged, Dutch, with bookmarks) and as DOCX. Both are exported from the
 * same filled report ({@code reports/woonzorgvisie.jrxml}), so a council member who edits the DOCX
 * starts from the pages and contents the PDF has. Stateless and thread-safe.
 */
@Singleton
public class DocumentExport {

    /**
     * Loads the compiled template now, so the first user who asks for an export does not wait;
     * then exports a one-page document to both formats, because loading the fonts, JFreeChart and
     * the exporters costs seconds more on first use.
     */
    public static void warmUp() {
        DocumentTemplate.get();
        DataBlock block = new DataBlock("warm-up", "Opwarmen", List.of(new DataBlock.Column("Groep", false),
                new DataBlock.Column("Aantal", true)), List.of(List.of("Groep", "1")), List.of("Totaal", "1"),
                new DataBlock.Chart("Opwarmen", "aantal", List.of("Groep"), List.of(BigDecimal.ONE)), "Opwarmen");
        RenderedDocument doc = new RenderedDocument("Opwarmen", "Regio", "Gemeente", "MUNICIPALITY", 2026, 2026,
                DocumentStatus.CONCEPT.name(), null, null, Instant.now(), "Sjabloon", 1, List.of(new RenderedDocument.Chapter("c", "1", "Opwarmen",
                List.of(new RenderedDocument.Section("c.s", "1.1", "Opwarmen", false,
                        List.of(Part.text("**Opwarmen** met *tekst*", null), Part.block(block)))))));
        DocumentExport export = new DocumentExport();
        export.pdf(doc);
        export.docx(doc);
    }

    public byte[] pdf(RenderedDocument doc) {
        return pdf(doc, null);
    }

    /** @param kindLabel the label above the cover title instead of WOONZORGVISIE (another kind of report) */
    public byte[] pdf(RenderedDocument doc, String kindLabel) {
        try {
            return PdfDocuments.export(fill(doc, kindLabel), doc.title(), "Thuisplan");
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
        return fill(doc, null);
    }

    static JasperPrint fill(RenderedDocument doc, String kindLabel) throws JRException {
        Objects.requireNonNull(doc, "doc");
        List<DocumentFlow.Line> lines = DocumentFlow.of(doc, BarChartImage::png);
        java.util.Map<String, Object> parameters = CoverText.parameters(doc);
        parameters.put("KIND_LABEL", kindLabel);
        JasperPrint print = JasperFillManager.fillReport(DocumentTemplate.get(), parameters, new FlowSource(lines));
        TocPages.fill(print);
        return print;
    }
}
