package nl.thuisplan.mywork;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import nl.thuisplan.support.OwnerSql;
import nl.thuisplan.support.TestDatabase;
import nl.thuisplan.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * "Mijn werk" per role: a state is set up through the API, the item shows for the person it waits for (and nobody
 * else, least of all a neighbour), its path leads to where it is done, and it is gone once it is done.
 */
@MicronautTest(transactional = false)
class MyWorkTest extends ApiTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    private static final String KEY = "[{\"indicator\":\"inhabitants\",\"weight\":\"1\"}]";

    @Inject
    Api api;
    @Inject
    TestUsers users;

    @Test
    void anAnalysisWaitsForTheGemeenteThenForTheRegionThenAgainWithTheReasonOfReturn() {
        int year = TODAY.getYear() + 1;
        setDeadline("regio.mra", "MRA", year, TODAY.plusDays(10));
        String path = "/gemeenten/GM0384/vraaganalyse/" + year;

        JsonNode toStart = item("gemeente.diemen", "ANALYSIS_TO_START", path);
        assertThat(toStart.get("title").getStringValue()).isEqualTo("Vraaganalyse " + year + " starten");
        assertThat(toStart.get("daysLeft").getIntValue()).isEqualTo(10);
        assertThat(toStart.get("dueDate").getStringValue()).isEqualTo(TODAY.plusDays(10).toString());
        assertThat(toStart.get("detail").getStringValue()).contains("nog 10 dagen");
        assertThat(toStart.get("group").getStringValue()).isEqualTo("DEMAND");
        // Amsterdam has its own item, never Diemen's
        assertThat(paths("gemeente.amsterdam")).contains("/gemeenten/GM0363/vraaganalyse/" + year).noneMatch(p -> p.contains("GM0384"));

        long id = start("gemeente.diemen", "GM0384", year);
        assertThat(item("gemeente.diemen", "ANALYSIS_IN_PROGRESS", path).get("detail").getStringValue()).startsWith("Concept");
        assertThat(kinds("gemeente.diemen", path)).doesNotContain("ANALYSIS_TO_START");

        act("gemeente.diemen", id, "submit", null);
        assertThat(kinds("gemeente.diemen", path)).isEmpty();
        JsonNode review = item("regio.mra", "ANALYSIS_TO_REVIEW", "/vraaganalyses/" + id);
        assertThat(review.get("title").getStringValue()).isEqualTo("Vraaganalyse Diemen " + year + " beoordelen");
        assertThat(paths("regio.ens")).doesNotContain("/vraaganalyses/" + id);
        assertThat(api.getAs("regio.mra", "/api/v1/demand/analyses/" + id).status()).isEqualTo(200);

        act("regio.mra", id, "return", "Graag de bron van de dakloosheid toevoegen");
        assertThat(paths("regio.mra")).doesNotContain("/vraaganalyses/" + id);
        JsonNode returned = item("gemeente.diemen", "ANALYSIS_RETURNED", path);
        assertThat(returned.get("detail").getStringValue()).contains("Reden: Graag de bron van de dakloosheid toevoegen")
                .contains("nog 10 dagen");
        assertThat(api.getAs("gemeente.amsterdam", "/api/v1/my-work").body()).doesNotContain("dakloosheid");
        assertThat(api.getAs("regio.ens", "/api/v1/my-work").body()).doesNotContain("dakloosheid");

        act("gemeente.diemen", id, "submit", null);
        act("regio.mra", id, "adopt", null);
        assertThat(kinds("gemeente.diemen", path)).isEmpty();
        assertThat(paths("regio.mra")).doesNotContain("/vraaganalyses/" + id);

        // the feed says it in words, in the region where it happened, and not to the neighbouring region
        JsonNode feed = api.getAs("regio.mra", "/api/v1/my-work").json().get("feed");
        assertThat(feed.get(0).get("regionCode").getStringValue()).isEqualTo("MRA");
        List<String> texts = new ArrayList<>();
        feed.get(0).get("entries").values().forEach(e -> texts.add(e.get("text").getStringValue()));
        assertThat(texts).contains("Vraaganalyse Diemen " + year + " vastgesteld", "Vraaganalyse Diemen " + year + " teruggestuurd");
        assertThat(api.getAs("gemeente.enschede", "/api/v1/my-work").body()).doesNotContain("Diemen");
    }

    @Test
    void theProvinceSeesWhatWasAdoptedSinceItsLastVisitUntilItMarksItSeen() {
        int year = TODAY.getYear() + 2;
        long id = start("gemeente.diemen", "GM0384", year);
        act("gemeente.diemen", id, "submit", null);
        act("regio.mra", id, "adopt", null);

        JsonNode news = item("provincie.noord-holland", "ANALYSIS_ADOPTED", "/vraaganalyses/" + id);
        assertThat(news.get("title").getStringValue()).isEqualTo("Vraaganalyse Diemen " + year + " vastgesteld");
        assertThat(api.getAs("provincie.noord-holland", "/api/v1/my-work").json().get("tracksVisits").getBooleanValue()).isTrue();
        assertThat(api.getAs("provincie.noord-holland", "/api/v1/demand/analyses/" + id).status()).isEqualTo(200);
        assertThat(paths("provincie.overijssel")).doesNotContain("/vraaganalyses/" + id);

        Response seen = api.send("POST", "/api/v1/my-work/seen", api.token("provincie.noord-holland"), null);
        assertThat(seen.status()).isEqualTo(204);
        assertThat(paths("provincie.noord-holland")).doesNotContain("/vraaganalyses/" + id);
        assertThat(api.getAs("provincie.noord-holland", "/api/v1/my-work").json().get("lastVisitAt").isNull()).isFalse();
        // Flevoland's analist reads MRA too, but never the analysis of a municipality outside its province
        assertThat(paths("provincie.flevoland")).doesNotContain("/vraaganalyses/" + id);
    }

    @Test
    void lateAnalysesAreListedForTheProgrammeManagerUntilSubmitted() {
        int year = TODAY.getYear() + 3;
        setDeadline("regio.mra", "MRA", year, TODAY.minusDays(4));
        JsonNode late = late("regio.mra", "GM0384", year);
        assertThat(late).isNotNull();
        assertThat(late.get("daysLate").getIntValue()).isEqualTo(4);
        assertThat(late.get("state").getStringValue()).isEqualTo("niet begonnen");
        assertThat(late.get("municipalityName").getStringValue()).isEqualTo("Diemen");
        assertThat(api.getAs("regio.ens", "/api/v1/my-work").json().get("lateAnalyses").toString()).doesNotContain("GM0384");
        // the gemeente sees its own deadline passed
        assertThat(item("gemeente.diemen", "ANALYSIS_TO_START", "/gemeenten/GM0384/vraaganalyse/" + year)
                .get("detail").getStringValue()).contains("4 dagen te laat");

        long id = start("gemeente.diemen", "GM0384", year);
        assertThat(late("regio.mra", "GM0384", year).get("state").getStringValue()).isEqualTo("concept");
        act("gemeente.diemen", id, "submit", null);
        assertThat(late("regio.mra", "GM0384", year)).isNull();
        assertThat(late("regio.mra", "GM0363", year)).isNotNull();
    }

    @Test
    void aSwapWaitsForTheOtherPartyAndRealisationForEachMunicipality() {
        String hengelo = users.officer("GM0164");
        long model = adoptedModel("regio.ens", "ENS", "Mijn werk " + TODAY.getYear(), String.valueOf(TODAY.getYear()), 60);
        String results = "/verdeling/modellen/" + model + "/resultaat";
        assertThat(item("gemeente.enschede", "REALISATION_TO_RECORD", results).get("title").getStringValue())
                .isEqualTo("Realisatie vastleggen voor Mijn werk " + TODAY.getYear());

        Response proposed = api.send("POST", "/api/v1/allocation/models/" + model + "/swaps", api.token("gemeente.enschede"),
                "{\"from\":\"GM0164\",\"to\":\"GM0153\",\"amount\":2,\"reason\":\"Enschede neemt twee plekken over\"}");
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        long swap = proposed.json().get("id").getLongValue();
        JsonNode toConfirm = item(hengelo, "SWAP_TO_CONFIRM", results);
        assertThat(toConfirm.get("title").getStringValue()).isEqualTo("Ruil met Enschede bevestigen of afwijzen");
        assertThat(kinds("gemeente.enschede", results)).doesNotContain("SWAP_TO_CONFIRM");
        assertThat(kinds("regio.ens", results)).contains("SWAP_PROPOSED");
        assertThat(api.getAs("gemeente.amsterdam", "/api/v1/my-work").body()).doesNotContain(results);

        Response confirmed = api.send("POST", "/api/v1/allocation/swaps/" + swap + "/confirm", api.token(hengelo), null);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(kinds(hengelo, results)).doesNotContain("SWAP_TO_CONFIRM");
        assertThat(kinds("regio.ens", results)).doesNotContain("SWAP_PROPOSED");

        Response realised = api.send("PUT", "/api/v1/allocation/models/" + model + "/realisation/GM0153", api.token("gemeente.enschede"),
                "{\"realised\":3,\"note\":\"opgeleverd\",\"version\":null}");
        assertThat(realised.status()).as(realised.body()).isEqualTo(200);
        assertThat(kinds("gemeente.enschede", results)).doesNotContain("REALISATION_TO_RECORD");
        assertThat(kinds(hengelo, results)).contains("REALISATION_TO_RECORD");
    }

    @Test
    void aDeviationWaitsForTheRegionAndItsDecisionIsShownToTheGemeente() {
        Response created = api.send("POST", "/api/v1/urgency/regions/GRO/schemes", api.token("regio.gro"),
                "{\"name\":\"Urgentie mijn werk\",\"validFrom\":\"2140-01-01\",\"validTo\":\"2140-12-31\",\"fromTemplate\":true}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long scheme = created.json().get("id").getLongValue();
        String put = "{\"name\":\"Urgentie mijn werk\",\"validFrom\":\"2140-01-01\",\"validTo\":\"2140-12-31\","
                + "\"categories\":[{\"code\":\"mantelzorg\",\"name\":\"Mantelzorg\",\"mandatory\":\"mantelzorg\",\"targetGroups\":[],"
                + "\"decisionDays\":56,\"waitNormDays\":90,\"priority\":1}],\"quotas\":[{\"label\":\"Alle urgenten\","
                + "\"appliesTo\":{\"regular\":false,\"categories\":[\"mantelzorg\"]},\"kind\":\"PER_YEAR\",\"perYear\":20}],\"lockVersion\":0}";
        Response saved = api.send("PUT", "/api/v1/urgency/schemes/" + scheme, api.token("regio.gro"), put);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        long quota = saved.json().get("quotas").get(0).get("id").getLongValue();
        Response proposed = api.send("POST", "/api/v1/urgency/schemes/" + scheme + "/deviations", api.token("gemeente.groningen"),
                "{\"quotaId\":" + quota + ",\"perYear\":25,\"reason\":\"Meer uitstroom\"}");
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        long deviation = proposed.json().get("id").getLongValue();
        String path = "/urgentie/versies/" + scheme;

        assertThat(item("regio.gro", "DEVIATION_TO_DECIDE", path).get("title").getStringValue())
                .isEqualTo("Afwijking van Groningen beslissen");
        assertThat(kinds("regio.mra", path)).isEmpty();
        assertThat(kinds("gemeente.groningen", path)).isEmpty();

        assertThat(api.send("POST", "/api/v1/urgency/deviations/" + deviation + "/accept", api.token("regio.gro"), null).status())
                .isEqualTo(200);
        assertThat(kinds("regio.gro", path)).isEmpty();
        assertThat(item("gemeente.groningen", "DEVIATION_DECIDED", path).get("title").getStringValue())
                .isEqualTo("Afwijking voor Alle urgenten geaccepteerd");
    }

    @Test
    void aTemplateDraftWaitsForItsProgrammeManagerUntilPublished() {
        Response created = api.send("POST", "/api/v1/woonzorgvisie/regions/ENS/templates", api.token("regio.ens"),
                "{\"name\":\"Sjabloon mijn werk\",\"description\":\"voor tests\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long template = created.json().get("id").getLongValue();
        String path = "/woonzorgvisie/sjablonen/" + template + "/versies/1";
        assertThat(item("regio.ens", "TEMPLATE_TO_PUBLISH", path).get("title").getStringValue())
                .isEqualTo("Sjabloon Sjabloon mijn werk versie 1 publiceren");
        assertThat(kinds("regio.mra", path)).isEmpty();

        int lock = api.getAs("regio.ens", "/api/v1/woonzorgvisie/templates/" + template + "/versions/1").json().get("lockVersion").getIntValue();
        Response published = api.send("POST", "/api/v1/woonzorgvisie/templates/" + template + "/versions/1/publish", api.token("regio.ens"),
                "{\"lockVersion\":" + lock + "}");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(kinds("regio.ens", path)).isEmpty();
    }

    @Test
    void aPartnerSeesWhatItsRegionAdoptedUntilItMarksItSeen() {
        long model = adoptedModel("regio.mra", "MRA", "Mijn werk partner", String.valueOf(TODAY.getYear() + 1), 30);
        String results = "/verdeling/modellen/" + model + "/resultaat";
        JsonNode news = item("corporatie.mra", "MODEL_ADOPTED", results);
        assertThat(news.get("title").getStringValue()).isEqualTo("Verdeling Mijn werk partner vastgesteld");
        assertThat(api.getAs("corporatie.mra", "/api/v1/allocation/models/" + model + "/results").status()).isEqualTo(200);
        // the neighbouring region's partners and officers never see it as news
        assertThat(kinds("provincie.overijssel", results)).isEmpty();

        assertThat(api.send("POST", "/api/v1/my-work/seen", api.token("corporatie.mra"), null).status()).isEqualTo(204);
        assertThat(kinds("corporatie.mra", results)).isEmpty();
    }

    @Test
    void theBeheerderSeesPendingInvitationsUntilTheyAreRevokedOrAccepted() {
        String organisation = OwnerSql.value("select organisation_id from organisation where municipality_code = 'GM0363'");
        Response sent = api.send("POST", "/api/v1/admin/invitations", api.token("beheerder"), """
                {"email":"mijnwerk.invite@amsterdam.example","displayName":"Mira Werk","organisationId":%s,"role":"MUNICIPALITY_OFFICER"}"""
                .formatted(organisation));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        long person = sent.json().get("person").get("id").getLongValue();
        String path = "/beheer/personen/" + person;
        assertThat(item("beheerder", "INVITATION_PENDING", path).get("title").getStringValue())
                .isEqualTo("Uitnodiging van Mira Werk nog niet aangenomen");
        assertThat(kinds("regio.ens", path)).isEmpty();
        assertThat(kinds("gemeente.amsterdam", path)).isEmpty();

        assertThat(api.send("DELETE", "/api/v1/admin/people/" + person + "/invitation", api.token("beheerder"), null).status()).isEqualTo(204);
        assertThat(kinds("beheerder", path)).doesNotContain("INVITATION_PENDING");
    }

    @Test
    void aWoonzorgvisieWaitsForReviewThenForItsWriterWithTheCommentsToResolve() {
        String w = "/api/v1/woonzorgvisie";
        Response template = api.send("POST", w + "/regions/ENS/templates", api.token("regio.ens"),
                "{\"name\":\"Sjabloon document mijn werk\",\"description\":\"voor tests\"}");
        long templateId = template.json().get("id").getLongValue();
        assertThat(api.send("POST", w + "/templates/" + templateId + "/versions/1/publish", api.token("regio.ens"), "{\"lockVersion\":0}")
                .status()).isEqualTo(200);
        Response created = api.send("POST", w + "/regions/ENS/documents", api.token("gemeente.enschede"), "{\"templateId\":" + templateId
                + ",\"municipalityCode\":\"GM0153\",\"fromYear\":2095,\"toYear\":2095}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").getLongValue();
        String path = "/woonzorgvisie/documenten/" + id;
        String section = null;
        for (JsonNode chapter : api.getAs("gemeente.enschede", w + "/documents/" + id).json().get("chapters").values()) {
            for (JsonNode s : chapter.get("sections").values()) {
                section = section == null ? s.get("key").getStringValue() : section;
                if (s.get("required").getBooleanValue() && !s.get("filled").getBooleanValue()) {
                    Response written = api.send("PUT", w + "/documents/" + id + "/sections/" + s.get("key").getStringValue(),
                            api.token("gemeente.enschede"), "{\"body\":\"Toelichting van de gemeente.\",\"lockVersion\":"
                                    + s.get("lockVersion").getIntValue() + "}");
                    assertThat(written.status()).as(written.body()).isEqualTo(200);
                }
            }
        }
        documentStep("gemeente.enschede", id, "submit");
        assertThat(item("regio.ens", "DOCUMENT_TO_REVIEW", path).get("title").getStringValue()).isEqualTo("Woonzorgvisie Enschede 2095–2095 beoordelen");
        assertThat(kinds("gemeente.enschede", path)).isEmpty();

        Response comment = api.send("POST", w + "/documents/" + id + "/sections/" + section + "/comments", api.token("regio.ens"),
                "{\"body\":\"Noem de bron.\"}");
        assertThat(comment.status()).as(comment.body()).isEqualTo(201);
        assertThat(item("gemeente.enschede", "DOCUMENT_COMMENTS", path).get("detail").getStringValue()).isEqualTo("1 open opmerking te verwerken");
        documentStep("regio.ens", id, "return");
        assertThat(kinds("regio.ens", path)).isEmpty();
        assertThat(item("gemeente.enschede", "DOCUMENT_RETURNED", path).get("detail").getStringValue()).isEqualTo("1 open opmerking te verwerken");
        assertThat(kinds(users.officer("GM0164"), path)).isEmpty();

        assertThat(api.send("POST", w + "/documents/" + id + "/comments/" + comment.json().get("id").getLongValue() + "/resolve",
                api.token("gemeente.enschede"), null).status()).isEqualTo(200);
        assertThat(item("gemeente.enschede", "DOCUMENT_RETURNED", path).get("detail").getStringValue()).isEqualTo("Aanpassen en opnieuw indienen");
        documentStep("gemeente.enschede", id, "submit");
        assertThat(kinds("gemeente.enschede", path)).isEmpty();
        assertThat(kinds("regio.ens", path)).containsExactly("DOCUMENT_TO_REVIEW");
    }

    @Test
    void theLastVisitIsThePlatformsOwnRecordThatNoRegionScopeSees() throws SQLException {
        assertThat(api.send("POST", "/api/v1/my-work/seen", api.token("corporatie.mra"), null).status()).isEqualTo(204);
        assertThat(Integer.parseInt(OwnerSql.value("select count(*) from my_work_visit"))).isPositive();
        assertThat(OwnerSql.value("select relrowsecurity and relforcerowsecurity from pg_class where relname = 'my_work_visit'"))
                .isEqualTo("t");
        try (Connection c = TestDatabase.appRole().getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("select set_config('thuisplan.regions', '1', true), set_config('thuisplan.municipalities', '*', true)");
                try (ResultSet rs = st.executeQuery("select count(*) from my_work_visit")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isZero();
                }
            }
            c.rollback();
        }
    }

    // --- helpers ---------------------------------------------------------------------------------

    private void setDeadline(String pm, String region, int year, LocalDate deadline) {
        Response r = api.send("PUT", "/api/v1/regions/" + region + "/demand-deadlines/" + year, api.token(pm),
                "{\"deadline\":\"" + deadline + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private long start(String user, String municipality, int year) {
        Response r = api.send("POST", "/api/v1/demand/municipalities/" + municipality + "/years/" + year, api.token(user), null);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").getLongValue();
    }

    private void act(String user, long id, String action, String reason) {
        int lock = api.getAs(user, "/api/v1/demand/analyses/" + id).json().get("lockVersion").getIntValue();
        Response r = api.send("POST", "/api/v1/demand/analyses/" + id + "/" + action, api.token(user),
                "{\"lockVersion\":" + lock + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}");
        assertThat(r.status()).as(action + ": " + r.body()).isEqualTo(200);
    }

    private void documentStep(String user, long id, String action) {
        int lock = api.getAs(user, "/api/v1/woonzorgvisie/documents/" + id).json().get("lockVersion").getIntValue();
        Response r = api.send("POST", "/api/v1/woonzorgvisie/documents/" + id + "/" + action, api.token(user), "{\"lockVersion\":" + lock + "}");
        assertThat(r.status()).as(action + ": " + r.body()).isEqualTo(200);
    }

    private long adoptedModel(String pm, String region, String name, String period, int total) {
        Response created = api.send("POST", "/api/v1/allocation/regions/" + region + "/models", api.token(pm),
                "{\"name\":\"" + name + "\",\"period\":\"" + period + "\",\"targetGroups\":[\"mensenhandel\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode scenario = created.json().get("scenarios").get(0);
        long scenarioId = scenario.get("id").getLongValue();
        Response saved = api.send("PUT", "/api/v1/allocation/scenarios/" + scenarioId, api.token(pm), "{\"name\":\""
                + scenario.get("name").getStringValue() + "\",\"totalSource\":\"ENTERED\",\"total\":" + total + ",\"referenceDate\":\""
                + scenario.get("referenceDate").getStringValue() + "\",\"criteria\":" + KEY + ",\"lockVersion\":"
                + scenario.get("lockVersion").getIntValue() + "}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        Response adopted = api.send("POST", "/api/v1/allocation/scenarios/" + scenarioId + "/adopt", api.token(pm),
                "{\"lockVersion\":" + saved.json().get("lockVersion").getIntValue() + ",\"decisionDate\":\"" + java.time.LocalDate.now()
                        + "\",\"decisionReference\":\"PHO-2026-12\",\"decisionBody\":\"Portefeuillehoudersoverleg Wonen\"}");
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
        return created.json().get("id").getLongValue();
    }

    private List<JsonNode> items(String user) {
        Response r = api.getAs(user, "/api/v1/my-work");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        r.json().get("items").values().forEach(items::add);
        return items;
    }

    private List<String> paths(String user) {
        return items(user).stream().map(i -> i.get("path").getStringValue()).toList();
    }

    private List<String> kinds(String user, String path) {
        return items(user).stream().filter(i -> i.get("path").getStringValue().equals(path)).map(i -> i.get("kind").getStringValue()).toList();
    }

    private JsonNode item(String user, String kind, String path) {
        List<JsonNode> items = items(user);
        return items.stream().filter(i -> i.get("kind").getStringValue().equals(kind) && i.get("path").getStringValue().equals(path))
                .findFirst().orElseThrow(() -> new AssertionError(user + " has no " + kind + " at " + path + " in " + items));
    }

    private JsonNode late(String user, String municipality, int year) {
        for (JsonNode l : api.getAs(user, "/api/v1/my-work").json().get("lateAnalyses").values()) {
            if (l.get("municipalityCode").getStringValue().equals(municipality) && l.get("year").getIntValue() == year) {
                return l;
            }
        }
        return null;
    }
}
