package nl.thuisplan.urgency.report;

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

/** Renders the urgency document and reads it back: what a reader sees, not how Jasper got there. */
class UrgencyDocumentTest {

    /** Kept for looking at (pdftoppm -png -r 60 ...); target/ so it never lands in git. */
    private static final Path SAMPLE = Path.of("target", "reports", "urgency-sample.pdf");
    private static final Path MINIMAL = Path.of("target", "reports", "urgency-minimal.pdf");
    private static final Path LONG = Path.of("target", "reports", "urgency-long.pdf");

    @Test
    void rendersCategoriesQuotasAndDeviationsOverPagesWithEmbeddedDejaVu() throws IOException {
        UrgencyDocumentData data = UrgencyFixtures.sample();
        byte[] pdf = UrgencyDocument.pdf(data);
        write(SAMPLE, pdf);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            // wrapped lines become spaces, so sentences can be matched whole
            String text = flat(text(doc, 0));
            assertThat(pages).isGreaterThanOrEqualTo(2);
            assertThat(text).startsWith("Urgentieregeling Haaglanden 2027 versie 2 · Regio Haaglanden");
            assertThat(text).contains("Status Vastgesteld op 23-11-2026 door regio.hgl")
                    .contains("Geldig van 01-01-2027 tot en met 31-12-2030")
                    .contains("Grondslag Huisvestingsverordening Haaglanden, 15-11-2026");
            assertThat(text).contains("Waarschuwingen")
                    .contains("• Deze versie overlapt niet met een vastgestelde versie");
            assertThat(text.indexOf("Waarschuwingen")).isLessThan(text.indexOf("Categorieën"));

            // in priority order although the data came reversed; a category with its own decision term
            assertThat(text).contains("1. Mantelzorgers en -ontvangers verplicht (nieuwe wet)");
            String second = between(text, "2. Ernstig zieken", "3. Slachtoffers huiselijk geweld");
            assertThat(second).contains("Aandachtsgroepen medische urgentie, woningzoekenden uit de regio")
                    .contains("Beslistermijn 70 dagen").contains("Norm wachttijd 3 maanden (90 dagen)");
            assertThat(text.indexOf("10. Sociale urgentie")).isGreaterThan(text.indexOf("9. Dakloze gezinnen"));
            assertThat(between(text, "10. Sociale urgentie", "Beslistermijn")).doesNotContain("verplicht (nieuwe wet)");
            // no long criteria text is cut off, and the last block ends whole
            for (UrgencyDocumentData.CategoryBlock c : data.categories()) {
                assertThat(text).contains("Dit geldt voor categorie " + c.priority() + " zonder uitzondering.");
            }
            assertThat(text).contains("medisch advies van de GGD (bewijs 11 compleet).");

            assertThat(text).contains("Quota Quotum Geldt voor Grens")
                    .contains("Alle urgenten alle urgente categorieën hoogstens 30% van de verhuringen")
                    .contains("Housing First Uitstroom MO 50 woningen per jaar");
            assertThat(text).contains("Lokale afwijkingen Gemeente Quotum Afwijking Reden")
                    .contains("Delft Alle urgenten hoogstens 35%").contains("Rijswijk Housing First")
                    .doesNotContain("Geen lokale afwijkingen.");

            assertThat(text).contains("pagina 1 van " + pages);
            for (int page = 1; page <= pages; page++) {
                assertThat(flat(text(doc, page))).as("page %d", page)
                        .contains("Thuisplan — gegenereerd 23-11-2026 14:05 door regio.hgl")
                        .contains("pagina " + page + " van " + pages);
            }
            assertThat(fonts(doc)).isNotEmpty().allMatch(PDFont::isEmbedded);
            assertThat(fonts(doc)).anyMatch(font -> font.getName().contains("DejaVuSans"));
            // accessible: tagged structure in Dutch, and a title a screen reader announces
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("nl-NL");
            assertThat(doc.getDocumentInformation().getTitle())
                    .isEqualTo("Urgentieregeling Haaglanden 2027, versie 2 — Regio Haaglanden");
        }
    }

    @Test
    void rendersAMinimalDraft() throws IOException {
        byte[] pdf = UrgencyDocument.pdf(UrgencyFixtures.minimal());
        write(MINIMAL, pdf);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = flat(text(doc, 0));
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(text).startsWith("Urgentieregeling Zuid-Limburg versie 1 · Regio Zuid-Limburg");
            assertThat(text).contains("Status Concept").contains("Grondslag nog niet vastgelegd");
            assertThat(text).contains("Categorieën Geen categorieën.").contains("Quota Geen quota.")
                    .contains("Lokale afwijkingen Geen lokale afwijkingen.");
            assertThat(text).doesNotContain("Waarschuwingen").doesNotContain("Quotum").doesNotContain("vervolg");
            assertThat(text).contains("pagina 1 van 1");
            assertThat(fonts(doc)).allMatch(PDFont::isEmbedded);
        }
    }

    @Test
    void aCategoryLongerThanAPageFlowsOnInsteadOfBeingCutOff() throws IOException {
        // a block is kept on one page when it fits; one that cannot fit anywhere must still split
        byte[] pdf = UrgencyDocument.pdf(UrgencyFixtures.oneCategoryLongerThanAPage());
        write(LONG, pdf);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(2);
            assertThat(flat(text(doc, 0))).contains("Einde van de zeer lange criteria.")
                    .contains("Bewijsstukken").contains("Beslistermijn 56 dagen")
                    .contains("Geen lokale afwijkingen.");
            assertThat(flat(text(doc, 2))).startsWith("Categorieën (vervolg)");
            for (int page = 1; page <= pages; page++) {
                assertThat(flat(text(doc, page))).as("page %d", page).contains("pagina " + page + " van " + pages);
            }
        }
    }

    @Test
    void keepsShortCategoriesWholeAndLetsLongOnesFlow() {
        // the sample's 1,500-character criteria print about 340 pt high: kept whole
        for (UrgencyDocumentData.CategoryBlock c : UrgencyFixtures.sample().categories()) {
            assertThat(CategoryHeight.estimate(c)).as("category %d", c.priority())
                    .isLessThanOrEqualTo(CategoryHeight.KEEP_TOGETHER_MAX);
        }
        assertThat(CategoryHeight.keepTogether(UrgencyFixtures.oneCategoryLongerThanAPage().categories().get(0)))
                .isFalse();
        assertThat(CategoryHeight.lines(null)).isEqualTo(1);
        assertThat(CategoryHeight.lines("a\nb\n" + "x".repeat(130))).isEqualTo(5);
    }

    @Test
    void validityReadsInDutchDatesAndToleratesOpenEnds() {
        assertThat(UrgencyDocument.validity(java.time.LocalDate.of(2027, 1, 1), null)).isEqualTo("van 01-01-2027");
        assertThat(UrgencyDocument.validity(null, null)).isEqualTo("nog niet vastgelegd");
    }

    private static void write(Path path, byte[] pdf) throws IOException {
        Files.createDirectories(path.getParent());
        Files.write(path, pdf);
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

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        int end = text.indexOf(to, start + 1);
        assertThat(start).as("'%s' in the text", from).isNotNegative();
        assertThat(end).as("'%s' after '%s'", to, from).isGreaterThan(start);
        return text.substring(start, end);
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
}
