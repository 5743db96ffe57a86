package nl.thuisplan.urgency;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import org.junit.jupiter.api.Test;

/** The urgentietoets against hand-computed cases: the arithmetic alone, then through the API on adopted demand. */
@MicronautTest(transactional = false)
class CapacityCheckTest extends ApiTest {

    private static final int YEAR = 2095;

    @Inject
    Api api;

    @Test
    void surplusClearsTheBacklogAndMeetsTheNorm() {
        // 1000 lettings × 25% = 250 a year; 120 new a year → surplus 130; backlog 40 cleared in 40/130 = 0.31 years;
        // a newcomer waits 12 × 40 / 250 = 1.92 months; norm 90 days = 2.96 months → met
        CapacityCheck.Outcome o = CapacityCheck.of(new BigDecimal("250"), 40, 120, 90);
        assertThat(o.capacity()).isEqualTo("250.00");
        assertThat(o.balance()).isEqualTo("130.00");
        assertThat(o.yearsToClear()).isEqualTo("0.31");
        assertThat(o.waitMonths()).isEqualTo("1.9");
        assertThat(o.waitNormMonths()).isEqualTo("3.0");
        assertThat(o.meetsNorm()).isTrue();
    }

    @Test
    void aShortfallNeverClearsAndTheWaitHasNoBound() {
        CapacityCheck.Outcome o = CapacityCheck.of(new BigDecimal("80"), 40, 120, 90);
        assertThat(o.balance()).isEqualTo("-40.00");
        assertThat(o.yearsToClear()).isNull();
        assertThat(o.waitMonths()).isNull();
        assertThat(o.meetsNorm()).isFalse();
    }

    @Test
    void aSurplusCanStillMissTheNorm() {
        // 100 a year, 90 new: surplus 10; backlog 50 takes 5 years; a newcomer waits 12 × 50 / 100 = 6 months > 3
        CapacityCheck.Outcome o = CapacityCheck.of(new BigDecimal("100"), 50, 90, 90);
        assertThat(o.yearsToClear()).isEqualTo("5.00");
        assertThat(o.waitMonths()).isEqualTo("6.0");
        assertThat(o.meetsNorm()).isFalse();
    }

    @Test
    void nothingToHouseIsZeroYearsAndZeroWait() {
        CapacityCheck.Outcome o = CapacityCheck.of(BigDecimal.ZERO, 0, 0, 90);
        assertThat(o.yearsToClear()).isEqualTo("0.00");
        assertThat(o.waitMonths()).isEqualTo("0.0");
        assertThat(o.meetsNorm()).isTrue();
    }

    @Test
    void theApiComputesTheSameFromAdoptedDemandAndImportedLettings() {
        // Den Haag: adopted demand for uitstroom_mo in 2095: backlog (STOCK) 40, inflow (INFLOW) 120; lettings 1000
        String officer = "gemeente.denhaag";
        Response started = api.send("POST", "/api/v1/demand/municipalities/GM0518/years/" + YEAR, api.token(officer), null);
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        long analysis = started.json().get("id").getLongValue();
        cell(officer, analysis, "STOCK", 40);
        cell(officer, analysis, "INFLOW", 120);
        act(officer, analysis, "submit");
        act("regio.hgl", analysis, "adopt");
        Response lettings = api.upload("/api/v1/allocation/regions/HGL/indicators/import?dryRun=false", api.token("regio.hgl"), "l.csv",
                ("gemeentecode,indicator,peildatum,waarde\nGM0518,lettings," + YEAR + "-01-01,1000\n").getBytes(StandardCharsets.UTF_8));
        assertThat(lettings.status()).as(lettings.body()).isEqualTo(200);

        Response created = api.send("POST", "/api/v1/urgency/regions/HGL/schemes", api.token("regio.hgl"),
                "{\"validFrom\":\"2095-01-01\",\"validTo\":\"2095-12-31\",\"fromTemplate\":true}");
        JsonNode scheme = created.json();
        String body = "{\"name\":\"Toets\",\"validFrom\":\"2095-01-01\",\"validTo\":\"2095-12-31\",\"categories\":[{\"code\":\"uitstroom_mo\","
                + "\"name\":\"Uitstroom MO\",\"mandatory\":\"uitstroom_mo\",\"targetGroups\":[\"uitstroom_mo\"],\"decisionDays\":56,"
                + "\"waitNormDays\":90}],\"quotas\":[{\"label\":\"MO\",\"appliesTo\":{\"regular\":false,\"categories\":[\"uitstroom_mo\"]},"
                + "\"kind\":\"MAX_SHARE\",\"share\":\"0.25\"}],\"lockVersion\":0}";
        Response saved = api.send("PUT", "/api/v1/urgency/schemes/" + scheme.get("id").getLongValue(), api.token("regio.hgl"), body);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        long quota = saved.json().get("quotas").get(0).get("id").getLongValue();

        Response r = api.getAs("provincie.zuid-holland", "/api/v1/urgency/schemes/" + scheme.get("id").getLongValue() + "/capacity?year=" + YEAR);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode denHaag = place(r.json(), "GM0518");
        assertThat(denHaag.get("lettings").getStringValue()).isEqualTo("1000");
        JsonNode o = denHaag.get("outcome");
        assertThat(o.get("capacity").getStringValue()).isEqualTo("250.00");
        assertThat(o.get("backlog").getLongValue()).isEqualTo(40);
        assertThat(o.get("inflow").getLongValue()).isEqualTo(120);
        assertThat(o.get("yearsToClear").getStringValue()).isEqualTo("0.31");
        assertThat(o.get("waitMonths").getStringValue()).isEqualTo("1.9");
        assertThat(o.get("meetsNorm").getBooleanValue()).isTrue();

        // what-if, not saved: 20% fewer lettings and a 12% share → capacity 800 × 0.12 = 96 < 120: shortfall
        Response whatIf = api.getAs("gemeente.denhaag", "/api/v1/urgency/schemes/" + scheme.get("id").getLongValue() + "/capacity?year="
                + YEAR + "&lettingsFactor=0.8&quota." + quota + "=0.12");
        JsonNode w = place(whatIf.json(), "GM0518").get("outcome");
        assertThat(w.get("capacity").getStringValue()).isEqualTo("96.00");
        assertThat(w.get("balance").getStringValue()).isEqualTo("-24.00");
        assertThat(w.get("yearsToClear").isNull()).isTrue();
        assertThat(w.get("meetsNorm").getBooleanValue()).isFalse();
        assertThat(api.getAs("regio.hgl", "/api/v1/urgency/schemes/" + scheme.get("id").getLongValue()).json()
                .get("quotas").get(0).get("share").getStringValue()).isEqualTo("0.25");
    }

    @Test
    void aSumOverSomeMunicipalitiesNeverPassesAndAMissIsNotHiddenByTheRegion() {
        CapacityCheck.Outcome pass = CapacityCheck.of(new BigDecimal("250"), 40, 120, 90);
        CapacityCheck.Outcome partial = CapacityCheck.withoutPass(pass);
        assertThat(partial.meetsNorm()).isNull();
        assertThat(partial.result()).isEqualTo(CapacityCheck.UNKNOWN);
        assertThat(partial.balance()).isEqualTo("130.00");
        // a miss over part of the demand stays a miss: the unknown municipalities can only add inflow
        CapacityCheck.Outcome miss = CapacityCheck.of(new BigDecimal("80"), 40, 120, 90);
        assertThat(CapacityCheck.withoutPass(miss).result()).isEqualTo(CapacityCheck.NOT_MET);
        assertThat(CapacityCheck.missedSomewhere(pass).result()).isEqualTo(CapacityCheck.NOT_MET_EVERYWHERE);
        CapacityCheck.Outcome unknown = CapacityCheck.unknown(new BigDecimal("250"), 90);
        assertThat(unknown.backlog()).isNull();
        assertThat(unknown.inflow()).isNull();
        assertThat(unknown.balance()).isNull();
        assertThat(unknown.meetsNorm()).isNull();
        assertThat(unknown.result()).isEqualTo(CapacityCheck.UNKNOWN);
    }

    @Test
    void municipalitiesWithoutAnAdoptedAnalysisAreUnknownAndTheRegionIsNotJudged() {
        // 2096: only Den Haag adopted (backlog 10, inflow 20 against 250 a year: met on its own); the other
        // members of Haaglanden have no adopted analysis, which is unknown demand, not zero
        int year = YEAR + 1;
        String officer = "gemeente.denhaag";
        Response started = api.send("POST", "/api/v1/demand/municipalities/GM0518/years/" + year, api.token(officer), null);
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        long analysis = started.json().get("id").getLongValue();
        cell(officer, analysis, "STOCK", 10);
        cell(officer, analysis, "INFLOW", 20);
        act(officer, analysis, "submit");
        act("regio.hgl", analysis, "adopt");
        Response created = api.send("POST", "/api/v1/urgency/regions/HGL/schemes", api.token("regio.hgl"),
                "{\"validFrom\":\"" + year + "-01-01\",\"validTo\":\"" + year + "-12-31\",\"fromTemplate\":true}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").getLongValue();
        String body = "{\"name\":\"Toets\",\"validFrom\":\"" + year + "-01-01\",\"validTo\":\"" + year + "-12-31\",\"categories\":[{\"code\":\"uitstroom_mo\","
                + "\"name\":\"Uitstroom MO\",\"mandatory\":\"uitstroom_mo\",\"targetGroups\":[\"uitstroom_mo\"],\"decisionDays\":56,"
                + "\"waitNormDays\":90}],\"quotas\":[{\"label\":\"MO\",\"appliesTo\":{\"regular\":false,\"categories\":[\"uitstroom_mo\"]},"
                + "\"kind\":\"MAX_SHARE\",\"share\":\"0.25\"}],\"lockVersion\":0}";
        Response saved = api.send("PUT", "/api/v1/urgency/schemes/" + id, api.token("regio.hgl"), body);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);

        Response r = api.getAs("regio.hgl", "/api/v1/urgency/schemes/" + id + "/capacity?year=" + year);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("rows").size()).isGreaterThan(0);
        int members = r.json().get("rows").get(0).get("municipalities").size();
        for (JsonNode row : r.json().get("rows").values()) {
            for (JsonNode p : row.get("municipalities").values()) {
                JsonNode o = p.get("outcome");
                boolean denHaag = p.get("municipality").get("code").getStringValue().equals("GM0518");
                assertThat(p.get("completeness").get("known").getIntValue()).isEqualTo(denHaag ? 1 : 0);
                if (!denHaag) {
                    assertThat(o.get("backlog").isNull()).as("unknown, not zero").isTrue();
                    assertThat(o.get("inflow").isNull()).isTrue();
                    assertThat(o.get("meetsNorm").isNull()).isTrue();
                    assertThat(o.get("result").getStringValue()).isEqualTo("UNKNOWN");
                }
            }
            JsonNode region = row.get("region");
            // no ✓ for the region while its members' demand is unknown
            assertThat(region.get("outcome").get("result").getStringValue()).isNotEqualTo("MET");
            assertThat(region.get("outcome").get("meetsNorm").isNull() || !region.get("outcome").get("meetsNorm").getBooleanValue()).isTrue();
            assertThat(region.get("completeness").get("known").getIntValue()).isEqualTo(1);
            assertThat(region.get("completeness").get("level").getStringValue()).isEqualTo("LOW");
        }
        assertThat(members).isGreaterThan(1);
        assertThat(r.json().get("rows").get(0).get("region").get("completeness").get("expected").getIntValue()).isEqualTo(members);
    }

    private JsonNode place(JsonNode capacity, String code) {
        for (JsonNode p : capacity.get("rows").get(0).get("municipalities").values()) {
            if (p.get("municipality").get("code").getStringValue().equals(code)) {
                return p;
            }
        }
        throw new AssertionError("no " + code);
    }

    private void cell(String user, long analysis, String measure, int value) {
        Response r = api.send("PUT", "/api/v1/demand/analyses/" + analysis + "/cells/uitstroom_mo/zelfstandig/" + measure, api.token(user),
                "{\"value\":" + value + ",\"version\":null}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private void act(String user, long analysis, String action) {
        int lock = api.getAs("regio.hgl", "/api/v1/demand/analyses/" + analysis).json().get("lockVersion").getIntValue();
        Response r = api.send("POST", "/api/v1/demand/analyses/" + analysis + "/" + action, api.token(user), "{\"lockVersion\":" + lock + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }
}
