package nl.thuisplan.report;

import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.util.Locale;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.export.ooxml.JRDocxExporter;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.export.SimpleDocxExporterConfiguration;
import net.sf.jasperreports.export.SimpleDocxReportConfiguration;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/** Exporting PDFs (and DOCX) the same way for every document; the templates are {@link CompiledReport}s. */
public final class PdfDocuments {

    /** Documents are read in the Netherlands whatever the server's zone; footers say local time. */
    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private PdfDocuments() {
    }

    public static byte[] export(JasperPrint print, String title, String author) throws JRException {
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
        config.setCompressed(true);
        config.setMetadataTitle(title);
        config.setMetadataAuthor(author);
        config.setMetadataCreator("Thuisplan");
        config.setDisplayMetadataTitle(true);
        // Dutch public bodies must publish accessible PDFs: tag the structure and the language.
        config.setTagged(true);
        config.setTagLanguage("nl-NL");
        exporter.setConfiguration(config);
        exporter.exportReport();
        return out.toByteArray();
    }

    /**
     * The same filled report as a Word document, for councils that edit it further. Each page
     * becomes a table in Word; flexible row heights let a row grow where Word sets text a little
     * wider than JasperReports measured, instead of cutting the last line off.
     */
    public static byte[] exportDocx(JasperPrint print, String title, String author) throws JRException {
        JRDocxExporter exporter = new JRDocxExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimpleDocxReportConfiguration report = new SimpleDocxReportConfiguration();
        // rows grow with their text in Word: nothing is clipped where Word's line metrics differ
        report.setFlexibleRowHeight(true);
        exporter.setConfiguration(report);
        SimpleDocxExporterConfiguration config = new SimpleDocxExporterConfiguration();
        config.setMetadataTitle(title);
        config.setMetadataAuthor(author);
        config.setMetadataApplication("Thuisplan");
        // the same DejaVu Sans as the PDF, also where Word does not have it: same line breaks, same pages
        config.setEmbedFonts(true);
        exporter.setConfiguration(config);
        exporter.exportReport();
        return out.toByteArray();
    }
}
