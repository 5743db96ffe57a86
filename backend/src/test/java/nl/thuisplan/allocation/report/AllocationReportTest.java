package nl.thuisplan.allocation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Renders the allocation PDF and reads it back: what a reader sees, not how Jasper got there. */
class AllocationReportTest {

    /** Kept for looking at (pdftoppm -png -r 60 ...); target/ so it never lands in git. */
    private static final Path SAMPLE = Path.of("target", "reports", "allocation-sample.pdf");
    private static final Path MINIMAL = Path.of("target", "reports", "allocation-minimal.pdf");

    @Test
    void rendersTableStepsAndFooterWithEmbeddedDejaVu() throws IOException {
        AllocationReportData data = ReportFixtures.sample(18, 60);
        byte[] pdf = AllocationReport.pdf(data);
        Files.createDirectories(SAMPLE.getParent());
        Files.write(SAMPLE, pdf);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = text(doc);
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            assertThat(text).contains("Verdeling Aandachtsgroepen 2026–2030");
            assertThat(text).contains("Metropoolregio Amsterdam · 2026–2030");
            assertThat(text).contains("Basisverdeling na overleg, versie 3");
            // a municipality on one line with its target (Dutch thousands separator)
            AllocationReportData.Row amsterdam = data.rows().get(0);
            assertThat(amsterdam.target()).isGreaterThan(999);
            assertThat(text).containsPattern("Amsterdam GM0363 [0-9.,]+ " + dutch(amsterdam.target()) + " ");
            AllocationReportData.Row diemen = data.rows().get(2);
            assertThat(text).containsPattern("Diemen GM0384 " + diemen.quota().replace(".", "\\.") + " "
                    + diemen.target() + " min\\. 2 – max\\. 10%");
            assertThat(text).contains("Totaal te verdelen " + dutch(data.total()));
            assertThat(text).contains("Begrenzingen Diemen minimaal 2, maximaal 10% van verhuringen");
            assertThat(text).contains("Draagkracht Bestaande plekken, sterkte 1");
            assertThat(text).contains("Totaal " + dutch(data.total()) + " " + dutch(data.allocated()));
            assertThat(text).doesNotContain("Niet toegewezen");
            assertThat(text).contains("Afrondingsstappen");
            assertThat(text).contains(data.steps().get(data.steps().size() - 1).text());
            assertThat(text).contains(data.steps().get(data.steps().size() - 2).text());
            assertThat(text).contains("Geëxtrapoleerde inwonertallen").contains("€ 1.250.000");
            assertThat(text).contains("pagina 1 van " + doc.getNumberOfPages());
            assertThat(text).contains("Thuisplan — gegenereerd 23-11-2026 14:05 door regio.mra");
            assertThat(embeddedFontNames(doc)).anyMatch(name -> name.contains("DejaVuSans"));
            assertThat(fonts(doc)).allMatch(PDFont::isEmbedded);
        }
    }

    @Test
    void rendersWithoutOptionalParts() throws IOException {
        byte[] pdf = AllocationReport.pdf(ReportFixtures.minimal());
        Files.createDirectories(MINIMAL.getParent());
        Files.write(MINIMAL, pdf);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = text(doc);
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(text).contains("Verdeling Statushouders 2027");
            assertThat(text).containsPattern("Begrenzingen geen\\R");
            assertThat(text).contains("Maastricht GM0935 7,10 6 max. 6 0,05");
            assertThat(text).contains("Niet toegewezen door begrenzingen: 2");
            assertThat(text).doesNotContain("Draagkracht").doesNotContain("Doelgroepen")
                    .doesNotContain("Afrondingsstappen").doesNotContain("Waarschuwingen");
            assertThat(text).contains("pagina 1 van 1");
        }
    }

    @Test
    void nationalScaleHasTheFooterOnEveryPage() throws IOException {
        // dozens of bounds once overflowed the title band, and a page the title overflows has no footer
        byte[] pdf = AllocationReport.pdf(ReportFixtures.sample(342, 400));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(10);
            assertThat(text(doc, 1)).doesNotContain("vervolg");
            assertThat(text(doc, 2)).startsWith("Begrenzingen (vervolg)");
            assertThat(text(doc, 3)).startsWith("Verdeling per gemeente (vervolg)");
            for (int page = 1; page <= pages; page++) {
                assertThat(text(doc, page)).as("page %d", page)
                        .contains("Thuisplan — gegenereerd 23-11-2026 14:05 door regio.mra")
                        .contains("pagina " + page + " van " + pages);
            }
        }
    }

    private static String text(PDDocument doc) throws IOException {
        return text(doc, 0);
    }

    /** Text of one page (1-based), or of the whole document for 0; lines in reading order. */
    private static String text(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        if (page > 0) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
        }
        return stripper.getText(doc);
    }

    private static List<PDFont> fonts(PDDocument doc) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }

    private static List<String> embeddedFontNames(PDDocument doc) throws IOException {
        return fonts(doc).stream().filter(PDFont::isEmbedded).map(PDFont::getName).toList();
    }

    private static String dutch(int n) {
        return String.format(java.util.Locale.forLanguageTag("nl-NL"), "%,d", n);
    }
}
