package nl.thuisplan.woonzorgvisie.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Exports a woonzorgvisie and reads it back: what a reader sees, not how Jasper got there. */
class DocumentExportTest {

    /** Kept for looking at (pdftoppm -png -r 60 ...); target/ so it never lands in git. */
    private static final Path PDF = Path.of("target", "reports", "woonzorgvisie-sample.pdf");
    private static final Path DOCX = Path.of("target", "reports", "woonzorgvisie-sample.docx");
    private static final Path ADOPTED = Path.of("target", "reports", "woonzorgvisie-adopted.pdf");

    private final DocumentExport export = new DocumentExport();

    @Test
    void pdfHasCoverContentsNumberedHeadingsTextTablesAndChart() throws IOException {
        byte[] pdf = export.pdf(ExportFixtures.sample("CONCEPT"));
        write(PDF, pdf);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(5);
            String cover = flat(text(doc, 1));
            assertThat(cover).startsWith("WOONZORGVISIE Woonzorgvisie Enschede 2026–2030 Gemeente Enschede · Regio Twente 2026–2030 Concept")
                    .contains("Sjabloon Woonzorgvisie Regio Twente, versie 2")
                    .contains("Cijfers per 23 november 2026")
                    .doesNotContain("pagina 1 van");

            String toc = text(doc, 2);
            assertThat(flat(toc)).contains("Inhoud").contains("pagina 2 van " + pages)
                    .contains("Woonzorgvisie Enschede 2026–2030 Gemeente Enschede CONCEPT");
            // every heading is listed with the page it really starts on
            List<String> headings = List.of("Samenvatting", "Kern", "1 Inleiding", "1.1 Aanleiding", "3 Woonzorganalyse",
                    "3.1 Demografie", "3.2 Wonen met zorg", "Bijlagen");
            for (String heading : headings) {
                int listed = tocPage(toc, heading);
                assertThat(firstPageStartingWith(doc, heading)).as(heading).isEqualTo(listed);
            }
            // a chapter starts on a new page; a short section does not
            assertThat(tocPage(toc, "Samenvatting")).isEqualTo(3);
            assertThat(tocPage(toc, "1 Inleiding")).isGreaterThan(tocPage(toc, "Samenvatting"));
            assertThat(tocPage(toc, "3.2 Wonen met zorg")).isEqualTo(tocPage(toc, "3.1 Demografie"));

            String body = flat(text(doc, 3, pages));
            assertThat(body).contains("Enschede telt 161.000 inwoners en ruim 76.000 huishoudens.")
                    .contains("A & B < C.")
                    .contains("1. Genoeg woningen voor uitstroom").contains("– wijkteams").contains("• Eerste punt")
                    .contains("<script>alert('x')</script>")
                    .contains("Tot slot een zin met <b>ruwe</b> HTML erin.")
                    .contains("Wonen met zorg is een gezamenlijke opgave.")
                    .contains("Groep Aantal Ouderen 2.345 Jongeren 678");
            assertThat(body).contains("Vraag per aandachtsgroep, 2026")
                    .contains("Aandachtsgroep Huidige vraag Nieuwe vraag per jaar Benodigde woningen per jaar")
                    .contains("Uitstroom beschermd wonen 1.234 20 40")
                    .contains("Totaal 2.266")
                    .contains("Vraaganalyse 2026 (vastgesteld 3 maart 2026)");
            assertThat(flat(text(doc, tocPage(toc, "3.2 Wonen met zorg"))))
                    .contains("3.2 Wonen met zorg Nog niet ingevuld.");
            assertThat(flat(text(doc, tocPage(toc, "Bijlagen")))).contains("Bijlagen Nog niet ingevuld.");
            for (int page = 2; page <= pages; page++) {
                assertThat(flat(text(doc, page))).as("page %d", page).contains("pagina " + page + " van " + pages)
                        .contains("CONCEPT");
            }

            assertThat(images(doc)).as("the chart").isEqualTo(1);
            assertThat(fonts(doc)).isNotEmpty().allMatch(PDFont::isEmbedded);
            assertThat(fonts(doc)).anyMatch(font -> font.getName().contains("DejaVuSans"));
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("nl-NL");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Woonzorgvisie Enschede 2026–2030");
            assertThat(bookmarks(doc)).containsExactly("Samenvatting", "  Kern", "1 Inleiding", "  1.1 Aanleiding",
                    "3 Woonzorganalyse", "  3.1 Demografie", "  3.2 Wonen met zorg", "Bijlagen");
        }
    }

    @Test
    void adoptedDocumentNamesTheDecisionAndDropsTheConceptMarker() throws IOException {
        byte[] pdf = export.pdf(ExportFixtures.sample("ADOPTED"));
        write(ADOPTED, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(flat(text(doc, 1))).contains("Vastgesteld door de gemeenteraad op 12 maart 2027 (raadsbesluit 2027/041)");
            assertThat(flat(text(doc, 1, doc.getNumberOfPages()))).doesNotContain("CONCEPT").doesNotContain("Concept");
        }
    }

    @Test
    void docxHoldsHeadingsTextAndTables() throws IOException {
        byte[] docx = export.docx(ExportFixtures.sample("IN_REVIEW"));
        write(DOCX, docx);

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = flat(extractor.getText());
            assertThat(text).contains("Woonzorgvisie Enschede 2026–2030").contains("In beoordeling")
                    .contains("Inhoud").contains("3 Woonzorganalyse").contains("3.1 Demografie")
                    .contains("Enschede telt 161.000 inwoners en ruim 76.000 huishoudens.")
                    .contains("<script>alert('x')</script>")
                    .contains("Uitstroom beschermd wonen").contains("1.234").contains("Totaal")
                    .contains("Nog niet ingevuld.");
            assertThat(doc.getTables()).isNotEmpty();
            assertThat(doc.getAllPictures()).hasSize(1);
            assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo("Woonzorgvisie Enschede 2026–2030");
        }
    }

    /** The page number the table of contents gives for a heading: its line ends in the number. */
    private static int tocPage(String toc, String heading) {
        String label = heading.contains(" ") && Character.isDigit(heading.charAt(0))
                ? Pattern.quote(heading.substring(0, heading.indexOf(' '))) + "\\s+" + Pattern.quote(heading.substring(heading.indexOf(' ') + 1))
                : Pattern.quote(heading);
        Matcher m = Pattern.compile("(?m)^" + label + "\\s+(\\d+)\\s*$").matcher(toc);
        assertThat(m.find()).as("%s in the contents:%n%s", heading, toc).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** The first page after the contents on which a line is the heading. */
    private static int firstPageStartingWith(PDDocument doc, String heading) throws IOException {
        for (int page = 3; page <= doc.getNumberOfPages(); page++) {
            for (String line : text(doc, page).split("\\R")) {
                if (line.strip().equals(heading)) {
                    return page;
                }
            }
        }
        return -1;
    }

    private static List<String> bookmarks(PDDocument doc) {
        List<String> titles = new ArrayList<>();
        for (PDOutlineItem chapter : doc.getDocumentCatalog().getDocumentOutline().children()) {
            titles.add(chapter.getTitle());
            for (PDOutlineItem section : chapter.children()) {
                titles.add("  " + section.getTitle());
            }
        }
        return titles;
    }

    private static int images(PDDocument doc) throws IOException {
        int n = 0;
        for (PDPage page : doc.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().isImageXObject(name)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static String text(PDDocument doc, int page) throws IOException {
        return text(doc, page, page);
    }

    private static String text(PDDocument doc, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(doc);
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
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

    private static void write(Path path, byte[] bytes) throws IOException {
        Files.createDirectories(path.getParent());
        Files.write(path, bytes);
    }
}
