package nl.thuisplan.woonzorgvisie;

import static nl.thuisplan.woonzorgvisie.WoonzorgvisieApi.ENSCHEDE;
import static nl.thuisplan.woonzorgvisie.WoonzorgvisieApi.PM;
import static nl.thuisplan.woonzorgvisie.WoonzorgvisieApi.id;
import static nl.thuisplan.woonzorgvisie.WoonzorgvisieApi.section;
import static nl.thuisplan.woonzorgvisie.WoonzorgvisieApi.sections;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import nl.thuisplan.support.TestDatabase;
import nl.thuisplan.support.TestUsers;
import org.junit.jupiter.api.Test;

/** Woonzorgvisie documents through the API (issue 6): writing with live figures, conflicts, review, adoption snapshot, access. */
@MicronautTest(transactional = false)
class DocumentApiTest extends ApiTest {

    private static final String DEMOGRAFIE = "analyse.demografie";

    @Inject
    WoonzorgvisieApi wzv;

    @Inject
    TestUsers users;

    @Test
    void aGemeenteWritesItsDocumentWithLiveFiguresAndTheAdoptedVersionKeepsThem() throws SQLException {
        wzv.inhabitants("GM0153", "2070-06-01", 160_123);
        long t = wzv.published();
        Response created = wzv.create(ENSCHEDE, t, "GM0153", 2071, 2075);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = id(created);
        JsonNode d = created.json();
        assertThat(d.get("title").getStringValue()).isEqualTo("Woonzorgvisie Enschede 2071–2075");
        assertThat(d.get("status").getStringValue()).isEqualTo("CONCEPT");
        assertThat(d.get("permissions").get("edit").getBooleanValue()).isTrue();
        assertThat(d.get("chapters").get(3).get("number").getStringValue()).isEqualTo("3");
        assertThat(section(d, DEMOGRAFIE).get("number").getStringValue()).isEqualTo("3.1");
        assertThat(section(d, DEMOGRAFIE).get("filled").getBooleanValue()).isFalse();

        // the writer's text with a placeholder renders with today's figure
        Response w = wzv.write(ENSCHEDE, id, DEMOGRAFIE, "{{gemeente.naam}} heeft {{kerncijfers.inwoners}} inwoners.\n\n{{blok:kerncijfers}}",
                section(d, DEMOGRAFIE).get("lockVersion").getIntValue());
        assertThat(w.status()).as(w.body()).isEqualTo(200);
        assertThat(w.json().get("filled").getBooleanValue()).isTrue();
        assertThat(rendered(ENSCHEDE, id)).contains("Enschede heeft 160.123 inwoners.");

        wzv.fillRequired(ENSCHEDE, id);
        Response submitted = wzv.act(ENSCHEDE, id, "submit", null);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().get("status").getStringValue()).isEqualTo("IN_REVIEW");
        // in review the writer cannot change it
        JsonNode now = wzv.document(ENSCHEDE, id);
        assertThat(wzv.write(ENSCHEDE, id, DEMOGRAFIE, "anders", section(now, DEMOGRAFIE).get("lockVersion").getIntValue())
                .json().get("code").getStringValue()).isEqualTo("DOCUMENT_NOT_EDITABLE");

        // the programme manager comments; adoption waits until the comment is handled
        Response comment = wzv.as(PM, "POST", "/documents/" + id + "/sections/" + DEMOGRAFIE + "/comments", "{\"body\":\"Noem de bron.\"}");
        assertThat(comment.status()).as(comment.body()).isEqualTo(201);
        assertThat(wzv.document(ENSCHEDE, id).get("chapters").get(3).get("sections").get(0).get("comments").get(0).get("body").getStringValue())
                .isEqualTo("Noem de bron.");
        Response early = wzv.act(PM, id, "approve", null);
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().get("code").getStringValue()).isEqualTo("OPEN_COMMENTS");
        assertThat(wzv.as(ENSCHEDE, "POST", "/documents/" + id + "/comments/" + id(comment) + "/resolve", null).status()).isEqualTo(200);
        assertThat(wzv.act(ENSCHEDE, id, "approve", null).status()).isEqualTo(403);
        Response adopted = wzv.adoptByCouncil(ENSCHEDE, id, "2026-03-12", "Raadsbesluit 2026/17");
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
        assertThat(adopted.json().get("status").getStringValue()).isEqualTo("ADOPTED");
        assertThat(adopted.json().get("decisionDate").getStringValue()).isEqualTo("2026-03-12");

        // a newer figure changes a concept, never the adopted document
        wzv.inhabitants("GM0153", "2070-09-01", 171_000);
        assertThat(rendered(ENSCHEDE, id)).contains("Enschede heeft 160.123 inwoners.").doesNotContain("171.000");
        assertThat(rendered("provincie.overijssel", id)).contains("160.123");
        long other = id(wzv.create(ENSCHEDE, t, "GM0153", 2072, 2072));
        assertThat(wzv.as(ENSCHEDE, "POST", "/documents/" + other + "/preview", "{\"body\":\"{{kerncijfers.inwoners}}\"}").body())
                .contains("171.000");

        // and nothing changes it afterwards: not the API, not SQL as the application role
        JsonNode frozen = wzv.document(PM, id);
        assertThat(wzv.write(ENSCHEDE, id, DEMOGRAFIE, "later", section(frozen, DEMOGRAFIE).get("lockVersion").getIntValue()).status())
                .isEqualTo(409);
        try (Connection c = TestDatabase.appRole().getConnection()) {
            c.setAutoCommit(false);
            scope(c);
            assertThatThrownBy(() -> exec(c, "update wzv_document_section set body = 'x' where document_id = " + id)).hasMessageContaining("adopted");
            c.rollback();
            scope(c);
            assertThatThrownBy(() -> exec(c, "update wzv_document set snapshot = '{}' where document_id = " + id)).hasMessageContaining("adopted");
            c.rollback();
        }
    }

    @Test
    void twoWritersOnOneSectionGetAConflictNotAnOverwrite() {
        long t = wzv.published();
        long id = id(wzv.create(PM, t, "GM0153", 2076, 2076));
        JsonNode s = section(wzv.document(ENSCHEDE, id), "visie.uitgangspunten");
        int lock = s.get("lockVersion").getIntValue();
        assertThat(wzv.write(ENSCHEDE, id, "visie.uitgangspunten", "Tekst van Anna.", lock).status()).isEqualTo(200);
        Response second = wzv.write(ENSCHEDE, id, "visie.uitgangspunten", "Tekst van Bart.", lock);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("code").getStringValue()).isEqualTo("SECTION_CONFLICT");
        assertThat(second.json().get("current").get("body").getStringValue()).isEqualTo("Tekst van Anna.");
        assertThat(second.json().get("current").get("lockVersion").getIntValue()).isEqualTo(lock + 1);
        assertThat(section(wzv.document(ENSCHEDE, id), "visie.uitgangspunten").get("body").getStringValue()).isEqualTo("Tekst van Anna.");
        // another section is not affected by that lock
        JsonNode other = section(wzv.document(ENSCHEDE, id), "uitvoering.acties");
        assertThat(wzv.write(ENSCHEDE, id, "uitvoering.acties", "Acties.", other.get("lockVersion").getIntValue()).status()).isEqualTo(200);

        // a bad marker is refused with its line and column
        JsonNode fresh = section(wzv.document(ENSCHEDE, id), "visie.uitgangspunten");
        Response bad = wzv.write(ENSCHEDE, id, "visie.uitgangspunten", "Regel een.\nZie {{vraag.totaal.onbekend}}.",
                fresh.get("lockVersion").getIntValue());
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("code").getStringValue()).isEqualTo("SECTION_INVALID");
        assertThat(bad.json().get("fields").get(0).get("message").getStringValue())
                .isEqualTo("Onbekende plaatshouder {{vraag.totaal.onbekend}} in 6.1 Uitgangspunten, regel 2, kolom 5.");
    }

    @Test
    void submittingNamesTheRequiredSectionsStillEmpty() {
        long id = id(wzv.create(ENSCHEDE, wzv.published(), "GM0153", 2077, 2077));
        Response r = wzv.act(ENSCHEDE, id, "submit", null);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("code").getStringValue()).isEqualTo("REQUIRED_SECTIONS_EMPTY");
        assertThat(r.body()).contains("Verplichte paragraaf Samenvatting is nog niet ingevuld", "3.1 Demografie en woningvoorraad")
                .doesNotContain("Totstandkoming");
        long required = sections(wzv.document(ENSCHEDE, id)).stream().filter(s -> s.get("required").getBooleanValue()).count();
        assertThat(r.json().get("fields").size()).isEqualTo((int) required);
    }

    @Test
    void conceptsStayWithTheirWritersAndTheRegionAdoptedOnesAreReadByAll() {
        String hengelo = users.officer("GM0164");
        long t = wzv.published();
        long id = id(wzv.create(ENSCHEDE, t, "GM0153", 2078, 2078));
        // a gemeente does not create another gemeente's document
        assertThat(wzv.create(hengelo, t, "GM0153", 2079, 2079).status()).isEqualTo(403);
        assertThat(wzv.create(ENSCHEDE, t, "GM0153", 2078, 2080).json().get("code").getStringValue()).isEqualTo("DOCUMENT_EXISTS");
        for (String user : new String[] {hengelo, "provincie.overijssel", "provincie.groningen", "regio.gro", "gemeente.groningen"}) {
            assertThat(wzv.as(user, "GET", "/documents/" + id, null).status()).as(user).isEqualTo(404);
            assertThat(wzv.as(user, "GET", "/documents/" + id + "/export.pdf", null).status()).as(user).isEqualTo(404);
            assertThat(wzv.as(user, "POST", "/documents/" + id + "/preview", "{\"body\":\"x\"}").status()).as(user).isEqualTo(404);
        }
        assertThat(wzv.as(hengelo, "GET", "/regions/ENS/documents", null).body()).doesNotContain("\"id\":" + id + ",");
        assertThat(wzv.as("provincie.overijssel", "GET", "/regions/ENS/documents", null).body()).doesNotContain("\"id\":" + id + ",");
        assertThat(wzv.as(PM, "GET", "/regions/ENS/documents", null).body()).contains("\"id\":" + id + ",");
        // the programme manager reads but does not write a gemeente's text
        JsonNode d = wzv.document(PM, id);
        assertThat(d.get("permissions").get("edit").getBooleanValue()).isFalse();
        assertThat(wzv.write(PM, id, DEMOGRAFIE, "x", section(d, DEMOGRAFIE).get("lockVersion").getIntValue()).status()).isEqualTo(403);

        wzv.fillRequired(ENSCHEDE, id);
        assertThat(wzv.act(ENSCHEDE, id, "submit", null).status()).isEqualTo(200);
        assertThat(wzv.as(hengelo, "POST", "/documents/" + id + "/sections/" + DEMOGRAFIE + "/comments", "{\"body\":\"x\"}").status())
                .isEqualTo(404);
        assertThat(wzv.as(ENSCHEDE, "POST", "/documents/" + id + "/sections/" + DEMOGRAFIE + "/comments", "{\"body\":\"x\"}").status())
                .isEqualTo(403);
        assertThat(wzv.adoptByCouncil(ENSCHEDE, id, "2026-01-15", "Raadsbesluit 2026/3").status()).isEqualTo(200);
        for (String user : new String[] {hengelo, "provincie.overijssel"}) {
            assertThat(wzv.as(user, "GET", "/documents/" + id, null).status()).as(user).isEqualTo(200);
            assertThat(wzv.as(user, "GET", "/regions/ENS/documents", null).body()).as(user).contains("\"id\":" + id + ",");
        }
        for (String user : new String[] {"provincie.groningen", "regio.gro", "gemeente.groningen"}) {
            assertThat(wzv.as(user, "GET", "/documents/" + id, null).status()).as(user).isEqualTo(404);
        }
    }

    @Test
    void aDocumentTakesANewTemplateVersionSectionBySection() {
        long t = wzv.published();
        long id = id(wzv.create(ENSCHEDE, t, "GM0153", 2081, 2081));
        JsonNode before = wzv.document(ENSCHEDE, id);
        JsonNode own = section(before, "visie.uitgangspunten");
        wzv.write(ENSCHEDE, id, "visie.uitgangspunten", "Onze eigen uitgangspunten.", own.get("lockVersion").getIntValue());

        // version 2: new guidance for 6.1, new starting text for 3.1, one section dropped, one added
        JsonNode draft = wzv.as(PM, "POST", "/templates/" + t + "/versions", null).json();
        String chapters = wzv.json(draft.get("chapters"))
                .replace("Welke uitgangspunten gelden", "Welke drie uitgangspunten gelden")
                .replace("sociale huurwoningen (peildatum", "sociale huurwoningen (stand")
                .replace(",{\"key\":\"analyse.draagkracht\"", ",{\"key\":\"analyse.wijken\",\"title\":\"Wijken\",\"required\":false,\"body\":\"Nieuw.\"},{\"key\":\"analyse.draagkracht\"")
                .replace("{\"key\":\"bijlagen.begrippen\",\"title\":\"Begrippenlijst\"", "{\"key\":\"bijlagen.bronnen\",\"title\":\"Bronnen\"");
        Response saved = wzv.as(PM, "PUT", "/templates/" + t + "/versions/2", "{\"lockVersion\":0,\"chapters\":" + chapters + "}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(wzv.publish(t, 2).status()).isEqualTo(200);

        assertThat(wzv.document(ENSCHEDE, id).get("newerTemplateVersionNo").getIntValue()).isEqualTo(2);
        JsonNode changes = wzv.as(ENSCHEDE, "GET", "/documents/" + id + "/template-changes", null).json();
        assertThat(changes.get("toVersionNo").getIntValue()).isEqualTo(2);
        assertThat(changes.get("changes").size()).isEqualTo(5);
        String text = wzv.json(changes);
        assertThat(text).contains("\"key\":\"visie.uitgangspunten\",\"chapterTitle\":\"Visie en uitgangspunten\",\"title\":\"Uitgangspunten\",\"change\":\"CHANGED\",\"fields\":[\"guidance\"]",
                "\"key\":\"analyse.wijken\"", "\"key\":\"bijlagen.bronnen\"", "\"change\":\"REMOVED\"");

        // taking the guidance change keeps the writer's own text
        take(id, "visie.uitgangspunten", false);
        JsonNode after = section(wzv.document(ENSCHEDE, id), "visie.uitgangspunten");
        assertThat(after.get("guidance").getStringValue()).startsWith("Welke drie uitgangspunten");
        assertThat(after.get("body").getStringValue()).isEqualTo("Onze eigen uitgangspunten.");
        // an untouched starting text follows the template
        take(id, DEMOGRAFIE, false);
        assertThat(section(wzv.document(ENSCHEDE, id), DEMOGRAFIE).get("body").getStringValue()).contains("(stand");
        take(id, "analyse.wijken", false);
        assertThat(section(wzv.document(ENSCHEDE, id), "analyse.wijken").get("number").getStringValue()).isEqualTo("3.3");
        take(id, "bijlagen.bronnen", false);
        assertThat(wzv.document(ENSCHEDE, id).get("template").get("versionNo").getIntValue()).isEqualTo(1);
        take(id, "bijlagen.begrippen", false);
        JsonNode done = wzv.document(ENSCHEDE, id);
        assertThat(done.get("template").get("versionNo").getIntValue()).isEqualTo(2);
        assertThat(done.get("newerTemplateVersionNo").isNull()).isTrue();
        assertThat(wzv.json(done)).doesNotContain("bijlagen.begrippen");
        // only the writer takes changes
        assertThat(wzv.as(PM, "POST", "/documents/" + id + "/template-changes/x/take", "{}").status()).isEqualTo(403);
    }

    private void take(long id, String key, boolean replace) {
        Response r = wzv.as(ENSCHEDE, "POST", "/documents/" + id + "/template-changes/" + key + "/take", "{\"replaceBody\":" + replace + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private String rendered(String user, long id) {
        Response r = wzv.as(user, "GET", "/documents/" + id + "/rendered", null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    private static void scope(Connection c) throws SQLException {
        exec(c, "select set_config('thuisplan.regions', '*', true), set_config('thuisplan.municipalities', '*', true), "
                + "set_config('thuisplan.drafts', 'on', true)");
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
