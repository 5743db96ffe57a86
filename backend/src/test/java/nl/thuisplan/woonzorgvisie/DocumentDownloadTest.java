package nl.thuisplan.woonzorgvisie;

import static nl.thuisplan.woonzorgvisie.WoonzorgvisieApi.ENSCHEDE;
import static nl.thuisplan.woonzorgvisie.WoonzorgvisieApi.PM;
import static nl.thuisplan.woonzorgvisie.WoonzorgvisieApi.id;
import static nl.thuisplan.woonzorgvisie.WoonzorgvisieApi.section;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import nl.thuisplan.support.Api.Download;
import nl.thuisplan.support.ApiTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** The PDF and DOCX of a woonzorgvisie through the API, read back: headings, the writer's text and the live figures. */
@MicronautTest(transactional = false)
class DocumentDownloadTest extends ApiTest {

    @Inject
    WoonzorgvisieApi wzv;

    @Test
    void pdfAndDocxHoldTheHeadingsTextAndFigures() throws IOException {
        wzv.inhabitants("GM0153", "2082-06-01", 158_734);
        long id = id(wzv.create(ENSCHEDE, wzv.published(), "GM0153", 2083, 2087));
        JsonNode d = wzv.document(ENSCHEDE, id);
        JsonNode s = section(d, "analyse.demografie");
        assertThat(wzv.write(ENSCHEDE, id, "analyse.demografie", "Enschede is **een stad** met {{kerncijfers.inwoners}} inwoners.\n\n"
                + "{{blok:kerncijfers}}", s.get("lockVersion").getIntValue()).status()).isEqualTo(200);

        Download pdf = wzv.api.download("/api/v1/woonzorgvisie/documents/" + id + "/export.pdf", wzv.api.token(ENSCHEDE));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(5);
            text = new PDFTextStripper().getText(doc);
        }
        assertThat(text).contains("Woonzorgvisie Enschede 2083–2087", "Inhoud", "3 Woonzorganalyse", "3.1 Demografie en woningvoorraad",
                "Enschede is een stad met 158.734 inwoners.", "Kerncijfers Enschede", "158.734", "pagina 2 van", "CONCEPT");

        Download docx = wzv.api.download("/api/v1/woonzorgvisie/documents/" + id + "/export.docx", wzv.api.token(PM));
        assertThat(docx.status()).isEqualTo(200);
        assertThat(docx.contentType()).contains("wordprocessingml");
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx.bytes()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
            assertThat(extractor.getText()).contains("3 Woonzorganalyse", "3.1 Demografie en woningvoorraad",
                    "Enschede is een stad met 158.734 inwoners.", "Sociale huurwoningen");
        }
        // the concept is not for other municipalities
        assertThat(wzv.api.download("/api/v1/woonzorgvisie/documents/" + id + "/export.docx", wzv.api.token("provincie.overijssel")).status())
                .isEqualTo(404);
    }
}
