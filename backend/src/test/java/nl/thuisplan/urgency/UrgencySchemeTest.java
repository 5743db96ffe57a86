package nl.thuisplan.urgency;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import org.junit.jupiter.api.Test;

/** Urgency scheme versions through the API (issue 5): template, edit, consistency, overlap, warnings, roles, bad input. */
@MicronautTest(transactional = false)
class UrgencySchemeTest extends ApiTest {

    private static final String PM = "regio.hgl";

    @Inject
    Api api;

    private Response as(String user, String method, String path, String body) {
        return api.send(method, path, api.token(user), body);
    }

    private JsonNode create(String from, String to, boolean template) {
        Response r = as(PM, "POST", "/api/v1/urgency/regions/HGL/schemes", "{\"name\":\"Urgentieregeling Haaglanden\",\"validFrom\":\""
                + from + "\",\"validTo\":\"" + to + "\",\"legalBasis\":{\"name\":\"Huisvestingsverordening Haaglanden\",\"date\":\"2060-01-01\"},"
                + "\"fromTemplate\":" + template + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    /** A PUT body from the stored version with other quotas. */
    private String body(JsonNode s, String quotas) {
        List<String> categories = new ArrayList<>();
        for (JsonNode c : s.get("categories").values()) {
            categories.add("{\"code\":\"" + c.get("code").getStringValue() + "\",\"name\":\"" + c.get("name").getStringValue()
                    + "\",\"mandatory\":" + (c.get("mandatory") == null || c.get("mandatory").isNull() ? "null"
                    : "\"" + c.get("mandatory").getStringValue() + "\"") + ",\"targetGroups\":[" + String.join(",",
                    c.get("targetGroups").values().iterator().hasNext() ? strings(c.get("targetGroups")) : List.of())
                    + "],\"decisionDays\":56,\"waitNormDays\":90,\"priority\":" + c.get("priority").getIntValue() + "}");
        }
        return "{\"name\":\"" + s.get("name").getStringValue() + "\",\"validFrom\":\"" + s.get("validFrom").getStringValue()
                + "\",\"validTo\":\"" + s.get("validTo").getStringValue() + "\",\"categories\":[" + String.join(",", categories)
                + "],\"quotas\":" + quotas + ",\"lockVersion\":" + s.get("lockVersion").getIntValue() + "}";
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.values().forEach(v -> out.add("\"" + v.getStringValue() + "\""));
        return out;
    }

    private static final String ROTTERDAM = "[{\"label\":\"Alle urgenten\",\"appliesTo\":{\"regular\":false,\"categories\":"
            + "[\"mantelzorg\",\"medisch\",\"huiselijk_geweld\",\"mensenhandel\",\"uitstroom_mo\",\"uitstroom_bw\",\"uitstroom_ggz\","
            + "\"uitstroom_jeugd\",\"ex_gedetineerden\",\"uitstapprogramma\",\"dakloze_gezinnen\"]},\"kind\":\"MAX_SHARE\",\"share\":\"0.30\"},"
            + "{\"label\":\"Regulier\",\"appliesTo\":{\"regular\":true,\"categories\":[]},\"kind\":\"MIN_SHARE\",\"share\":\"0.45\"},"
            + "{\"label\":\"Uitstroom MO/BW\",\"appliesTo\":{\"regular\":false,\"categories\":[\"uitstroom_mo\",\"uitstroom_bw\"]},"
            + "\"kind\":\"MAX_SHARE\",\"share\":\"0.25\"},"
            + "{\"label\":\"Housing First\",\"appliesTo\":{\"regular\":false,\"categories\":[\"uitstroom_mo\"]},\"kind\":\"PER_YEAR\",\"perYear\":50}]";

    @Test
    void aVersionFromTheTemplateIsEditedCheckedAndAdopted() {
        JsonNode s = create("2061-01-01", "2064-12-31", true);
        assertThat(s.get("categories").size()).isEqualTo(11);
        assertThat(s.get("status").getStringValue()).isEqualTo("CONCEPT");
        assertThat(s.get("warnings").size()).isZero();

        Response saved = as(PM, "PUT", "/api/v1/urgency/schemes/" + s.get("id").getLongValue(), body(s, ROTTERDAM));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("quotas").size()).isEqualTo(4);
        assertThat(saved.json().get("consistency").get("consistent").getBooleanValue()).isTrue();
        assertThat(saved.json().get("quotas").get(0).get("share").getStringValue()).isEqualTo("0.3");

        Response adopted = as(PM, "POST", "/api/v1/urgency/schemes/" + s.get("id").getLongValue() + "/adopt",
                "{\"lockVersion\":" + saved.json().get("lockVersion").getIntValue() + "}");
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
        assertThat(adopted.json().get("status").getStringValue()).isEqualTo("ADOPTED");
        assertThat(adopted.json().get("adoptedBy").getStringValue()).isEqualTo(PM);
        Response again = as(PM, "PUT", "/api/v1/urgency/schemes/" + s.get("id").getLongValue(), body(adopted.json(), "[]"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").getStringValue()).isEqualTo("SCHEME_LOCKED");

        // an overlapping second version can be drafted but not adopted
        JsonNode overlapping = create("2064-01-01", "2066-12-31", true);
        Response refused = as(PM, "POST", "/api/v1/urgency/schemes/" + overlapping.get("id").getLongValue() + "/adopt", "{\"lockVersion\":0}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").getStringValue()).isEqualTo("SCHEME_OVERLAP");
        assertThat(refused.json().get("detail").getStringValue()).contains("Versie " + adopted.json().get("versionNo").getIntValue());
        // right after it is fine
        JsonNode next = create("2065-01-01", "2066-12-31", false);
        Response ok = as(PM, "POST", "/api/v1/urgency/schemes/" + next.get("id").getLongValue() + "/adopt", "{\"lockVersion\":0}");
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        // ...and an adopted version without the mandatory categories says which
        assertThat(ok.json().get("warnings").size()).isEqualTo(11);
        assertThat(ok.body()).contains("MISSING_MANDATORY_CATEGORY", "Ex-gedetineerden");
    }

    @Test
    void inconsistentQuotasAreRefusedNamingTheClashAndNothingIsStored() {
        JsonNode s = create("2070-01-01", "2075-12-31", true);
        String clash = "[{\"label\":\"Regulier\",\"appliesTo\":{\"regular\":true,\"categories\":[]},\"kind\":\"MIN_SHARE\",\"share\":\"0.45\"},"
                + "{\"label\":\"Alle MO\",\"appliesTo\":{\"regular\":false,\"categories\":[\"uitstroom_mo\"]},\"kind\":\"MIN_SHARE\",\"share\":\"0.60\"}]";
        Response r = as(PM, "PUT", "/api/v1/urgency/schemes/" + s.get("id").getLongValue(), body(s, clash));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("code").getStringValue()).isEqualTo("QUOTAS_INCONSISTENT");
        assertThat(r.body()).contains("quotas[0]", "quotas[1]", "45%", "60%");
        JsonNode stored = as(PM, "GET", "/api/v1/urgency/schemes/" + s.get("id").getLongValue(), null).json();
        assertThat(stored.get("quotas").size()).isZero();
        assertThat(stored.get("lockVersion").getIntValue()).isZero();
        // the six-year validity gets its warning
        assertThat(as(PM, "GET", "/api/v1/urgency/schemes/" + s.get("id").getLongValue(), null).body()).contains("LONGER_THAN_FOUR_YEARS");
    }

    @Test
    void aDraftIsCheckedWhileTypedWithoutStoringIt() {
        JsonNode s = create("2090-01-01", "2091-12-31", true);
        String path = "/api/v1/urgency/schemes/" + s.get("id").getLongValue() + "/check";
        String clash = "[{\"label\":\"Regulier\",\"appliesTo\":{\"regular\":true,\"categories\":[]},\"kind\":\"MIN_SHARE\",\"share\":\"0.45\"},"
                + "{\"label\":\"Alle MO\",\"appliesTo\":{\"regular\":false,\"categories\":[\"uitstroom_mo\"]},\"kind\":\"MIN_SHARE\",\"share\":\"0.60\"}]";
        Response inconsistent = as(PM, "POST", path, body(s, clash));
        assertThat(inconsistent.status()).as(inconsistent.body()).isEqualTo(200);
        assertThat(inconsistent.json().get("consistency").get("consistent").getBooleanValue()).isFalse();
        assertThat(inconsistent.body()).contains("quotas[0]", "quotas[1]", "45%", "60%");

        Response consistent = as(PM, "POST", path, body(s, ROTTERDAM));
        assertThat(consistent.json().get("consistency").get("consistent").getBooleanValue()).isTrue();
        assertThat(consistent.json().get("fields").size()).isZero();

        // a draft that cannot be judged yet says which field stops it, and is no ✓
        Response unfinished = as(PM, "POST", path, body(s, "[{\"label\":\"Regulier\",\"appliesTo\":{\"regular\":true,\"categories\":[]},"
                + "\"kind\":\"MIN_SHARE\",\"share\":\"1.5\"}]"));
        assertThat(unfinished.status()).isEqualTo(200);
        assertThat(unfinished.json().get("consistency").isNull()).isTrue();
        assertThat(unfinished.body()).contains("quotas[0].share");

        // nothing was stored, and only the programme manager may ask
        JsonNode stored = as(PM, "GET", "/api/v1/urgency/schemes/" + s.get("id").getLongValue(), null).json();
        assertThat(stored.get("quotas").size()).isZero();
        assertThat(stored.get("lockVersion").getIntValue()).isZero();
        assertThat(as("gemeente.denhaag", "POST", path, body(s, ROTTERDAM)).status()).isEqualTo(403);
    }

    @Test
    void badInputIsAnsweredFieldByField() {
        JsonNode s = create("2080-01-01", "2081-12-31", true);
        String bad = "{\"name\":\"\",\"validFrom\":\"2082-01-01\",\"validTo\":\"2081-01-01\",\"categories\":[{\"code\":\"x\",\"name\":\"X\","
                + "\"targetGroups\":[\"geen_groep\"],\"decisionDays\":0,\"waitNormDays\":90}],\"quotas\":[{\"label\":\"Te veel\","
                + "\"appliesTo\":{\"regular\":false,\"categories\":[\"onbekend\"]},\"kind\":\"MAX_SHARE\",\"share\":\"1.5\"},"
                + "{\"label\":\"Negatief\",\"appliesTo\":{\"regular\":true,\"categories\":[]},\"kind\":\"MIN_SHARE\",\"share\":\"-0.1\"}],"
                + "\"lockVersion\":0}";
        Response r = as(PM, "PUT", "/api/v1/urgency/schemes/" + s.get("id").getLongValue(), bad);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).contains("problem+json");
        assertThat(r.body()).contains("\"name\"", "DATES_REVERSED", "categories[0].code", "UNKNOWN_TARGET_GROUP",
                "categories[0].decisionDays", "quotas[0].appliesTo", "quotas[0].share", "quotas[1].share");
        assertThat(as(PM, "GET", "/api/v1/urgency/schemes/" + s.get("id").getLongValue(), null).json().get("categories").size()).isEqualTo(11);
        Response stale = as(PM, "PUT", "/api/v1/urgency/schemes/" + s.get("id").getLongValue(), body(s, "[]").replace("\"lockVersion\":0", "\"lockVersion\":9"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("code").getStringValue()).isEqualTo("VERSION_CONFLICT");
        Response dates = as(PM, "POST", "/api/v1/urgency/regions/HGL/schemes", "{\"validFrom\":\"morgen\",\"validTo\":\"2081-01-01\"}");
        assertThat(dates.status()).isEqualTo(400);
        assertThat(dates.body()).contains("validFrom");
    }

    @Test
    void gemeentenReadAndProposeDeviationsTheManagerDecidesOthersAreRefused() {
        JsonNode s = create("2090-01-01", "2091-12-31", true);
        long id = s.get("id").getLongValue();
        JsonNode saved = as(PM, "PUT", "/api/v1/urgency/schemes/" + id, body(s, ROTTERDAM)).json();
        long quota = saved.get("quotas").get(2).get("id").getLongValue();

        for (String reader : new String[] {"gemeente.denhaag", "provincie.zuid-holland"}) {
            assertThat(as(reader, "GET", "/api/v1/urgency/schemes/" + id, null).status()).isEqualTo(200);
            assertThat(as(reader, "GET", "/api/v1/urgency/regions/HGL/schemes", null).status()).isEqualTo(200);
            assertThat(as(reader, "PUT", "/api/v1/urgency/schemes/" + id, body(saved, "[]")).status()).isEqualTo(403);
            assertThat(as(reader, "POST", "/api/v1/urgency/schemes/" + id + "/adopt", "{\"lockVersion\":1}").status()).isEqualTo(403);
            assertThat(as(reader, "POST", "/api/v1/urgency/regions/HGL/schemes", "{\"validFrom\":\"2092-01-01\",\"validTo\":\"2092-12-31\"}")
                    .status()).isEqualTo(403);
        }
        for (String outsider : new String[] {"regio.mra", "gemeente.amsterdam", "provincie.noord-holland"}) {
            assertThat(as(outsider, "GET", "/api/v1/urgency/schemes/" + id, null).status()).isEqualTo(404);
            assertThat(as(outsider, "GET", "/api/v1/urgency/schemes/" + id + "/capacity?year=2090", null).status()).isEqualTo(404);
            assertThat(as(outsider, "POST", "/api/v1/urgency/schemes/" + id + "/deviations",
                    "{\"quotaId\":" + quota + ",\"share\":\"0.3\",\"reason\":\"x\"}").status()).isEqualTo(404);
        }
        assertThat(as("gemeente.denhaag", "GET", "/api/v1/urgency/schemes/" + id, null).json().get("allowedActions").get(0)
                .getStringValue()).isEqualTo("PROPOSE_DEVIATION");

        Response proposed = as("gemeente.denhaag", "POST", "/api/v1/urgency/schemes/" + id + "/deviations",
                "{\"quotaId\":" + quota + ",\"share\":\"0.35\",\"reason\":\"Den Haag heeft meer uitstroom uit de opvang\"}");
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        assertThat(proposed.json().get("municipality").get("name").getStringValue()).isEqualTo("'s-Gravenhage");
        long deviation = proposed.json().get("id").getLongValue();
        assertThat(as("gemeente.denhaag", "POST", "/api/v1/urgency/deviations/" + deviation + "/accept", null).status()).isEqualTo(403);
        assertThat(as("provincie.zuid-holland", "POST", "/api/v1/urgency/schemes/" + id + "/deviations",
                "{\"quotaId\":" + quota + ",\"share\":\"0.3\",\"reason\":\"x\"}").status()).isEqualTo(403);
        Response badProposal = as("gemeente.denhaag", "POST", "/api/v1/urgency/schemes/" + id + "/deviations",
                "{\"quotaId\":999999,\"share\":\"2\",\"reason\":\"\"}");
        assertThat(badProposal.status()).isEqualTo(400);
        assertThat(badProposal.body()).contains("quotaId", "reason");

        Response accepted = as(PM, "POST", "/api/v1/urgency/deviations/" + deviation + "/accept", null);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("status").getStringValue()).isEqualTo("ACCEPTED");
        assertThat(as(PM, "POST", "/api/v1/urgency/deviations/" + deviation + "/reject", null).json().get("code").getStringValue())
                .isEqualTo("DEVIATION_DECIDED");

        // the accepted deviation replaces the share for Den Haag in the capacity check
        Response capacity = as("gemeente.denhaag", "GET", "/api/v1/urgency/schemes/" + id + "/capacity?year=2090", null);
        assertThat(capacity.status()).as(capacity.body()).isEqualTo(200);
        JsonNode moBw = capacity.json().get("rows").get(1);
        assertThat(moBw.get("quota").get("name").getStringValue()).isEqualTo("Uitstroom MO/BW");
        for (JsonNode place : moBw.get("municipalities").values()) {
            boolean denHaag = place.get("municipality").get("code").getStringValue().equals("GM0518");
            assertThat(place.get("deviation").getBooleanValue()).isEqualTo(denHaag);
            assertThat(place.get("share").getStringValue()).isEqualTo(denHaag ? "0.35" : "0.25");
        }
        Response badWhatIf = as(PM, "GET", "/api/v1/urgency/schemes/" + id + "/capacity?year=2090&lettingsFactor=abc&quota.x=1", null);
        assertThat(badWhatIf.status()).isEqualTo(400);
    }

    @Test
    void versionsAreComparedAndAnOldAdoptedVersionShowsAsExpired() {
        JsonNode old = create("2001-01-01", "2002-12-31", true);
        JsonNode adopted = as(PM, "POST", "/api/v1/urgency/schemes/" + old.get("id").getLongValue() + "/adopt", "{\"lockVersion\":0}").json();
        assertThat(adopted.get("status").getStringValue()).isEqualTo("EXPIRED");
        Response copy = as(PM, "POST", "/api/v1/urgency/regions/HGL/schemes", "{\"copyOf\":" + old.get("id").getLongValue()
                + ",\"validFrom\":\"2003-01-01\",\"validTo\":\"2004-12-31\"}");
        assertThat(copy.status()).as(copy.body()).isEqualTo(201);
        assertThat(copy.json().get("basedOn").getLongValue()).isEqualTo(old.get("id").getLongValue());
        assertThat(copy.json().get("categories").size()).isEqualTo(11);
        JsonNode b = copy.json();
        String changed = body(b, "[]").replace("\"waitNormDays\":90,\"priority\":1}", "\"waitNormDays\":60,\"priority\":1}");
        assertThat(as(PM, "PUT", "/api/v1/urgency/schemes/" + b.get("id").getLongValue(), changed).status()).isEqualTo(200);

        Response compare = as("gemeente.denhaag", "GET", "/api/v1/urgency/schemes/compare?a=" + old.get("id").getLongValue() + "&b="
                + b.get("id").getLongValue(), null);
        assertThat(compare.status()).as(compare.body()).isEqualTo(200);
        assertThat(compare.body()).contains("\"field\":\"validTo\"", "\"field\":\"waitNormDays\"", "\"a\":\"90\"", "\"b\":\"60\"");
        assertThat(compare.json().get("categories").get(0).get("change").getStringValue()).isEqualTo("CHANGED");
        assertThat(as("regio.mra", "GET", "/api/v1/urgency/schemes/compare?a=" + old.get("id").getLongValue() + "&b="
                + b.get("id").getLongValue(), null).status()).isEqualTo(404);

        // history: every version listed, newest first; concepts can be deleted by the manager only
        Response list = as("provincie.zuid-holland", "GET", "/api/v1/urgency/regions/HGL/schemes", null);
        assertThat(list.body()).contains("\"status\":\"EXPIRED\"");
        assertThat(as("gemeente.denhaag", "DELETE", "/api/v1/urgency/schemes/" + b.get("id").getLongValue() + "?lockVersion=1", null).status())
                .isEqualTo(403);
        assertThat(as(PM, "DELETE", "/api/v1/urgency/schemes/" + old.get("id").getLongValue() + "?lockVersion=1", null).status())
                .isEqualTo(409);
        assertThat(as(PM, "DELETE", "/api/v1/urgency/schemes/" + b.get("id").getLongValue() + "?lockVersion=1", null).status())
                .isEqualTo(204);
        assertThat(as(PM, "GET", "/api/v1/urgency/schemes/" + b.get("id").getLongValue(), null).status()).isEqualTo(404);
    }

    @Test
    void theDocumentIsAReadablePdfForEveryReader() throws java.io.IOException {
        JsonNode s = create("2098-01-01", "2099-12-31", true);
        long id = s.get("id").getLongValue();
        assertThat(as(PM, "PUT", "/api/v1/urgency/schemes/" + id, body(s, ROTTERDAM)).status()).isEqualTo(200);
        Api.Download pdf = api.download("/api/v1/urgency/schemes/" + id + "/document.pdf", api.token("gemeente.denhaag"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.bytes())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("Urgentieregeling Haaglanden", "Regio Haaglanden", "01-01-2098", "Ex-gedetineerden",
                    "hoogstens 30% van de verhuringen", "minstens 45% van de verhuringen", "50 woningen per jaar",
                    "Geen lokale afwijkingen.", "Grondslag nog niet vastgelegd");
        }
        assertThat(api.download("/api/v1/urgency/schemes/" + id + "/document.pdf", api.token("gemeente.amsterdam")).status()).isEqualTo(404);
    }

    @Test
    void everyEndpointRefusesWhoMayNotCallIt() {
        JsonNode s = create("2097-01-01", "2097-12-31", true);
        long id = s.get("id").getLongValue();
        JsonNode saved = as(PM, "PUT", "/api/v1/urgency/schemes/" + id, body(s, ROTTERDAM)).json();
        long quota = saved.get("quotas").get(0).get("id").getLongValue();
        long deviation = as("gemeente.denhaag", "POST", "/api/v1/urgency/schemes/" + id + "/deviations",
                "{\"quotaId\":" + quota + ",\"share\":\"0.2\",\"reason\":\"minder\"}").json().get("id").getLongValue();
        String put = body(saved, "[]");
        // another region's programme manager, officer and analyst: the region and its versions do not exist
        for (String outsider : new String[] {"regio.mra", "gemeente.amsterdam", "provincie.noord-holland"}) {
            assertThat(as(outsider, "GET", "/api/v1/urgency/regions/HGL/schemes", null).status()).isEqualTo(404);
            assertThat(as(outsider, "POST", "/api/v1/urgency/regions/HGL/schemes", "{\"validFrom\":\"2097-01-01\",\"validTo\":\"2097-12-31\"}")
                    .status()).isEqualTo(404);
            assertThat(as(outsider, "PUT", "/api/v1/urgency/schemes/" + id, put).status()).isEqualTo(404);
            assertThat(as(outsider, "POST", "/api/v1/urgency/schemes/" + id + "/adopt", "{\"lockVersion\":1}").status()).isEqualTo(404);
            assertThat(as(outsider, "DELETE", "/api/v1/urgency/schemes/" + id + "?lockVersion=1", null).status()).isEqualTo(404);
            assertThat(as(outsider, "POST", "/api/v1/urgency/deviations/" + deviation + "/accept", null).status()).isEqualTo(404);
        }
        // readers of the region may not decide
        assertThat(as("provincie.zuid-holland", "POST", "/api/v1/urgency/deviations/" + deviation + "/reject", null).status()).isEqualTo(403);
        assertThat(as("gemeente.denhaag", "POST", "/api/v1/urgency/deviations/" + deviation + "/reject", null).status()).isEqualTo(403);
        assertThat(as("provincie.zuid-holland", "DELETE", "/api/v1/urgency/schemes/" + id + "?lockVersion=1", null).status()).isEqualTo(403);
        // anonymous: nothing
        assertThat(api.send("GET", "/api/v1/urgency/schemes/" + id, null, null).status()).isEqualTo(401);
        assertThat(api.send("GET", "/api/v1/urgency/mandatory-categories", null, null).status()).isEqualTo(401);
        assertThat(as("gemeente.amsterdam", "GET", "/api/v1/urgency/mandatory-categories", null).json().size()).isEqualTo(11);
    }
}
