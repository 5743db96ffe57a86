package nl.thuisplan.woonzorgvisie;

import static nl.thuisplan.woonzorgvisie.WoonzorgvisieApi.PM;
import static nl.thuisplan.woonzorgvisie.WoonzorgvisieApi.quote;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import org.junit.jupiter.api.Test;

/** Woonzorgvisie templates through the API (issue 6): default chapters, placeholder checks with their place, publishing, roles. */
@MicronautTest(transactional = false)
class TemplateApiTest extends ApiTest {

    @Inject
    WoonzorgvisieApi wzv;

    @Test
    void aNewTemplateStartsFromTheDefaultChapterList() {
        long t = wzv.template();
        JsonNode v = wzv.version(t, 1);
        assertThat(v.get("status").getStringValue()).isEqualTo("DRAFT");
        JsonNode chapters = v.get("chapters");
        assertThat(chapters.size()).isEqualTo(12);
        assertThat(chapters.get(0).get("title").getStringValue()).isEqualTo("Samenvatting");
        assertThat(chapters.get(0).get("numbered").getBooleanValue()).isFalse();
        assertThat(chapters.get(3).get("title").getStringValue()).isEqualTo("Woonzorganalyse");
        assertThat(chapters.get(11).get("title").getStringValue()).isEqualTo("Bijlagen");
        assertThat(chapters.get(3).get("sections").get(0).get("body").getStringValue()).contains("{{blok:kerncijfers}}");
    }

    @Test
    void anUnknownPlaceholderIsRefusedNamingItAndItsPlace() {
        long t = wzv.template();
        JsonNode v = wzv.version(t, 1);
        String chapters = wzv.json(v.get("chapters"));
        String bad = chapters.replace("{{gemeente.naam}} telt", "Zie tabel.\\n\\nDe gemeente {{gemeente.nam}} telt")
                .replace("{{blok:urgentie-quota}}", "{{blok:urgentie-quotas}}");
        Response r = wzv.as(PM, "PUT", "/templates/" + t + "/versions/1", "{\"lockVersion\":" + v.get("lockVersion").getIntValue()
                + ",\"chapters\":" + bad + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.json().get("code").getStringValue()).isEqualTo("TEMPLATE_INVALID");
        JsonNode errors = r.json().get("fields");
        assertThat(errors.size()).isEqualTo(2);
        assertThat(errors.get(0).get("field").getStringValue()).isEqualTo("chapters[3].sections[0].body");
        assertThat(errors.get(0).get("code").getStringValue()).isEqualTo("UNKNOWN_PLACEHOLDER");
        assertThat(errors.get(0).get("message").getStringValue())
                .isEqualTo("Onbekende plaatshouder {{gemeente.nam}} in 3 Woonzorganalyse › Demografie en woningvoorraad, regel 3, kolom 13.");
        assertThat(errors.get(1).get("code").getStringValue()).isEqualTo("UNKNOWN_BLOCK");
        assertThat(errors.get(1).get("message").getStringValue()).contains("{{blok:urgentie-quotas}}", "7 Verdeling, urgentie en toewijzing");
        // nothing was stored
        assertThat(wzv.version(t, 1).get("lockVersion").getIntValue()).isEqualTo(v.get("lockVersion").getIntValue());
    }

    @Test
    void structureErrorsNameTheirField() {
        long t = wzv.template();
        String chapters = "[{\"key\":\"a\",\"title\":\"Een\",\"numbered\":true,\"sections\":[{\"key\":\"x\",\"title\":\"\",\"required\":true,\"body\":\"\"},"
                + "{\"key\":\"x\",\"title\":\"Twee\",\"body\":\"{{blok:vraag-tabel}} ernaast\"},{\"key\":\"Fout Sleutel\",\"title\":\"Drie\",\"body\":\"{{periode\"}]},"
                + "{\"key\":\"b\",\"title\":\"Leeg\",\"sections\":[]}]";
        Response r = wzv.as(PM, "PUT", "/templates/" + t + "/versions/1", "{\"lockVersion\":0,\"chapters\":" + chapters + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.body()).contains("\"chapters[0].sections[0].title\"", "EMPTY_TITLE", "\"chapters[0].sections[1].key\"", "DUPLICATE_KEY",
                "BLOCK_NOT_ALONE", "\"chapters[0].sections[2].key\"", "INVALID_KEY", "UNCLOSED_PLACEHOLDER", "\"chapters[1].sections\"");
    }

    @Test
    void aDraftIsSavedWithOptimisticLockingPublishedAndThenFrozen() {
        long t = wzv.template();
        JsonNode v = wzv.version(t, 1);
        String chapters = wzv.json(v.get("chapters")).replace("Schrijf dit als laatste.", "Schrijf dit als allerlaatste.");
        Response saved = wzv.as(PM, "PUT", "/templates/" + t + "/versions/1", "{\"lockVersion\":0,\"changeNote\":\"toelichting\",\"chapters\":"
                + chapters + "}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("lockVersion").getIntValue()).isEqualTo(1);
        assertThat(saved.body()).contains("allerlaatste");
        Response stale = wzv.as(PM, "PUT", "/templates/" + t + "/versions/1", "{\"lockVersion\":0,\"chapters\":" + chapters + "}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("code").getStringValue()).isEqualTo("VERSION_CONFLICT");
        assertThat(stale.json().get("current").get("lockVersion").getIntValue()).isEqualTo(1);

        assertThat(wzv.publish(t, 1).status()).isEqualTo(200);
        Response frozen = wzv.as(PM, "PUT", "/templates/" + t + "/versions/1", "{\"lockVersion\":2,\"chapters\":" + chapters + "}");
        assertThat(frozen.status()).isEqualTo(409);
        assertThat(frozen.json().get("code").getStringValue()).isEqualTo("VERSION_PUBLISHED");

        Response next = wzv.as(PM, "POST", "/templates/" + t + "/versions", null);
        assertThat(next.status()).as(next.body()).isEqualTo(201);
        assertThat(next.json().get("no").getIntValue()).isEqualTo(2);
        assertThat(next.body()).contains("allerlaatste");
        assertThat(wzv.as(PM, "POST", "/templates/" + t + "/versions", null).json().get("code").getStringValue()).isEqualTo("DRAFT_EXISTS");
    }

    @Test
    void onlyTheRegionShapesTemplatesAndOthersSeePublishedVersionsOnly() {
        long draftOnly = wzv.template();
        long published = wzv.published();
        wzv.as(PM, "POST", "/templates/" + published + "/versions", null);
        for (String user : new String[] {WoonzorgvisieApi.ENSCHEDE, "provincie.overijssel"}) {
            assertThat(wzv.as(user, "POST", "/regions/ENS/templates", "{\"name\":\"mag niet\"}").status()).as(user).isEqualTo(403);
            Response list = wzv.as(user, "GET", "/regions/ENS/templates", null);
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.body()).doesNotContain("\"id\":" + draftOnly + ",").contains("\"id\":" + published + ",");
            assertThat(wzv.as(user, "GET", "/templates/" + published + "/versions/1", null).status()).as(user).isEqualTo(200);
            assertThat(wzv.as(user, "GET", "/templates/" + published + "/versions/2", null).status()).as(user).isEqualTo(403);
            assertThat(wzv.as(user, "PUT", "/templates/" + published + "/versions/2", "{\"lockVersion\":0,\"chapters\":[]}").status())
                    .as(user).isEqualTo(403);
            assertThat(wzv.as(user, "POST", "/regions/ENS/preview", "{\"body\":\"x\"}").status()).as(user).isEqualTo(403);
        }
        // other regions do not see the template at all
        for (String user : new String[] {"regio.gro", "gemeente.groningen", "provincie.groningen"}) {
            assertThat(wzv.as(user, "GET", "/templates/" + published, null).status()).as(user).isEqualTo(404);
            assertThat(wzv.as(user, "GET", "/regions/ENS/templates", null).status()).as(user).isEqualTo(404);
            assertThat(wzv.as(user, "POST", "/templates/" + published + "/versions", null).status()).as(user).isEqualTo(404);
        }
        assertThat(wzv.as("beheerder", "POST", "/templates/" + draftOnly + "/versions/1/publish", "{\"lockVersion\":0}").status()).isEqualTo(200);
    }

    @Test
    void theCatalogueAndThePreviewUseTheRegionsFigures() {
        Response catalogue = wzv.as(WoonzorgvisieApi.ENSCHEDE, "GET", "/catalogue?region=ENS", null);
        assertThat(catalogue.status()).isEqualTo(200);
        assertThat(catalogue.body()).contains("\"gemeente.naam\"", "\"vraag.totaal.uitstroom_bw\"", "\"vraag.totaal.alle\"", "\"urgentietoets\"");
        wzv.inhabitants("GM0164", "2030-01-01", 87_654);
        Response preview = wzv.as(PM, "POST", "/regions/ENS/preview", "{\"body\":" + quote("# Kop\n\n{{gemeente.naam}} telt "
                + "{{kerncijfers.inwoners}} inwoners. <script>alert(1)</script> {{onbekend}}\n\n{{blok:kerncijfers}}")
                + ",\"municipalityCode\":\"GM0164\",\"year\":2030}");
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        JsonNode parts = preview.json().get("parts");
        assertThat(parts.size()).isEqualTo(2);
        String html = parts.get(0).get("html").getStringValue();
        assertThat(html).contains("<h1>Kop</h1>", "Hengelo telt 87.654 inwoners", "&lt;script&gt;").doesNotContain("<script>");
        assertThat(parts.get(1).get("block").get("kind").getStringValue()).isEqualTo("kerncijfers");
        assertThat(parts.get(1).get("block").get("rows").get(0).get(1).getStringValue()).isEqualTo("87.654");
        assertThat(preview.json().get("errors").get(0).get("code").getStringValue()).isEqualTo("UNKNOWN_PLACEHOLDER");
    }
}
