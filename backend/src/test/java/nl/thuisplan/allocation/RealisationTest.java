package nl.thuisplan.allocation;

import static nl.thuisplan.allocation.AllocationApi.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import nl.thuisplan.support.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Realisation, arrears carried forward and swaps against adopted targets (issue 4, point 5). */
@MicronautTest(transactional = false)
class RealisationTest extends ApiTest {

    private static final String KEY = "[{\"indicator\":\"inhabitants\",\"weight\":\"1\"}]";

    @Inject
    Api api;
    @Inject
    TestUsers users;
    AllocationApi alloc;
    String hengelo;

    @BeforeAll
    void setUp() {
        alloc = new AllocationApi(api);
        hengelo = users.officer("GM0164");
    }

    private long adoptedModel(String period, int total) {
        JsonNode model = alloc.model("Mensenhandel " + period, period, "mensenhandel");
        alloc.adopt(alloc.saved(AllocationApi.firstScenario(model), total, KEY, ""));
        return id(model);
    }

    private Response realise(String user, long model, String gm, int realised, Integer version) {
        return alloc.as(user, "PUT", "/api/v1/allocation/models/" + model + "/realisation/" + gm,
                "{\"realised\":" + realised + ",\"note\":\"opgeleverd\",\"version\":" + version + "}");
    }

    private JsonNode results(String user, long model) {
        Response r = alloc.as(user, "GET", "/api/v1/allocation/models/" + model + "/results", null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void arrearsAndLeadsAreCarriedIntoTheNextPeriod() {
        long first = adoptedModel("2046-H1", 40);
        long second = adoptedModel("2046-H2", 40);
        JsonNode before = results("gemeente.enschede", first);
        int enschedeDue = AllocationApi.row(before, "GM0153").get("due").getIntValue();
        int hengeloDue = AllocationApi.row(before, "GM0164").get("due").getIntValue();
        assertThat(before.get("allowedActions").get("recordRealisation").get(0).getStringValue()).isEqualTo("GM0153");

        Response enschede = realise("gemeente.enschede", first, "GM0153", enschedeDue - 3, null);
        assertThat(enschede.status()).as(enschede.body()).isEqualTo(200);
        assertThat(enschede.json().get("difference").getIntValue()).isEqualTo(-3);
        assertThat(enschede.json().get("carriedOut").getIntValue()).isEqualTo(3);
        assertThat(realise(hengelo, first, "GM0164", hengeloDue + 2, null).status()).isEqualTo(200);

        JsonNode next = results("provincie.overijssel", second);
        assertThat(next.get("previousModel").get("id").getLongValue()).isEqualTo(first);
        JsonNode e2 = AllocationApi.row(next, "GM0153");
        assertThat(e2.get("carriedIn").getIntValue()).isEqualTo(3);
        assertThat(e2.get("due").getIntValue()).isEqualTo(e2.get("effectiveTarget").getIntValue() + 3);
        assertThat(AllocationApi.row(next, "GM0164").get("carriedIn").getIntValue()).isEqualTo(-2);
        // a municipality that recorded nothing carries its whole target forward
        JsonNode borne = AllocationApi.row(before, "GM0147");
        assertThat(AllocationApi.row(next, "GM0147").get("carriedIn").getIntValue()).isEqualTo(borne.get("target").getIntValue());
        assertThat(next.get("totals").get("carriedIn").getIntValue())
                .isEqualTo(results("gemeente.enschede", first).get("totals").get("carriedOut").getIntValue());

        // optimistic locking on realisation, and only the own municipality writes
        Response stale = realise("gemeente.enschede", first, "GM0153", 1, null);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("code").getStringValue()).isEqualTo("VERSION_CONFLICT");
        assertThat(realise("gemeente.enschede", first, "GM0153", enschedeDue, 0).status()).isEqualTo(200);
        assertThat(realise("gemeente.enschede", first, "GM0164", 1, null).status()).isEqualTo(403);
        assertThat(realise("regio.ens", first, "GM0153", 1, 1).status()).isEqualTo(403);
        assertThat(realise("provincie.overijssel", first, "GM0153", 1, 1).status()).isEqualTo(403);
        assertThat(realise("gemeente.amsterdam", first, "GM0363", 1, null).status()).isEqualTo(404);
        Response negative = realise("gemeente.enschede", first, "GM0153", -1, 1);
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.body()).contains("\"realised\"");
    }

    @Test
    void aSwapNeedsBothMunicipalitiesAndKeepsTheTotal() {
        long model = adoptedModel("2047", 60);
        JsonNode before = results("gemeente.enschede", model);
        int total = before.get("totals").get("effectiveTarget").getIntValue();
        int hengeloTarget = AllocationApi.row(before, "GM0164").get("target").getIntValue();

        Response proposed = alloc.as("gemeente.enschede", "POST", "/api/v1/allocation/models/" + model + "/swaps",
                "{\"from\":\"GM0164\",\"to\":\"GM0153\",\"amount\":2,\"reason\":\"Enschede neemt twee plekken over\"}");
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        long swap = id(proposed.json());
        assertThat(proposed.json().get("status").getStringValue()).isEqualTo("PROPOSED");
        assertThat(proposed.json().get("allowedActions").get(0).getStringValue()).isEqualTo("WITHDRAW");
        // the proposer cannot confirm its own proposal; third parties cannot decide
        assertThat(alloc.as("gemeente.enschede", "POST", "/api/v1/allocation/swaps/" + swap + "/confirm", null).status()).isEqualTo(403);
        assertThat(alloc.as("regio.ens", "POST", "/api/v1/allocation/swaps/" + swap + "/confirm", null).status()).isEqualTo(403);
        assertThat(alloc.as("gemeente.amsterdam", "POST", "/api/v1/allocation/swaps/" + swap + "/confirm", null).status()).isEqualTo(404);
        // not in effect until confirmed
        assertThat(AllocationApi.row(results(hengelo, model), "GM0164").get("swapped").getIntValue()).isZero();

        Response confirmed = alloc.as(hengelo, "POST", "/api/v1/allocation/swaps/" + swap + "/confirm", null);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().get("status").getStringValue()).isEqualTo("CONFIRMED");
        assertThat(confirmed.json().get("decidedBy").getStringValue()).isEqualTo(hengelo);
        JsonNode after = results("regio.ens", model);
        assertThat(AllocationApi.row(after, "GM0164").get("effectiveTarget").getIntValue()).isEqualTo(hengeloTarget - 2);
        assertThat(AllocationApi.row(after, "GM0153").get("swapped").getIntValue()).isEqualTo(2);
        assertThat(after.get("totals").get("effectiveTarget").getIntValue()).isEqualTo(total);
        assertThat(alloc.as(hengelo, "POST", "/api/v1/allocation/swaps/" + swap + "/reject", null).json().get("code").getStringValue())
                .isEqualTo("SWAP_NOT_PROPOSED");

        // a swap may not take more than the giver still has
        Response tooMuch = alloc.as(hengelo, "POST", "/api/v1/allocation/models/" + model + "/swaps",
                "{\"from\":\"GM0164\",\"to\":\"GM0153\",\"amount\":" + hengeloTarget + ",\"reason\":\"alles\"}");
        assertThat(tooMuch.status()).isEqualTo(409);
        assertThat(tooMuch.json().get("code").getStringValue()).isEqualTo("SWAP_EXCEEDS_TARGET");
        // rejected and withdrawn swaps change nothing
        long rejected = id(alloc.as(hengelo, "POST", "/api/v1/allocation/models/" + model + "/swaps",
                "{\"from\":\"GM0153\",\"to\":\"GM0164\",\"amount\":1,\"reason\":\"terug\"}").json());
        assertThat(alloc.as("gemeente.enschede", "POST", "/api/v1/allocation/swaps/" + rejected + "/reject", null).json()
                .get("status").getStringValue()).isEqualTo("REJECTED");
        long withdrawn = id(alloc.as(hengelo, "POST", "/api/v1/allocation/models/" + model + "/swaps",
                "{\"from\":\"GM0153\",\"to\":\"GM0164\",\"amount\":1,\"reason\":\"toch niet\"}").json());
        assertThat(alloc.as("gemeente.enschede", "POST", "/api/v1/allocation/swaps/" + withdrawn + "/withdraw", null).status())
                .isEqualTo(403);
        assertThat(alloc.as(hengelo, "POST", "/api/v1/allocation/swaps/" + withdrawn + "/withdraw", null).status()).isEqualTo(200);
        assertThat(AllocationApi.row(results("regio.ens", model), "GM0164").get("swapped").getIntValue()).isEqualTo(-2);

        // bad input and outsiders
        Response bad = alloc.as(hengelo, "POST", "/api/v1/allocation/models/" + model + "/swaps",
                "{\"from\":\"GM0164\",\"to\":\"GM0164\",\"amount\":0,\"reason\":\"\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("SAME_MUNICIPALITY", "\"amount\"", "\"reason\"");
        Response notParty = alloc.as(hengelo, "POST", "/api/v1/allocation/models/" + model + "/swaps",
                "{\"from\":\"GM0147\",\"to\":\"GM0153\",\"amount\":1,\"reason\":\"namens anderen\"}");
        assertThat(notParty.status()).isEqualTo(403);
        assertThat(alloc.as("provincie.overijssel", "POST", "/api/v1/allocation/models/" + model + "/swaps",
                "{\"from\":\"GM0164\",\"to\":\"GM0153\",\"amount\":1,\"reason\":\"x\"}").status()).isEqualTo(403);

        // the audit has every step
        Response history = alloc.as("regio.ens", "GET", "/api/v1/allocation/models/" + model + "/results", null);
        assertThat(history.json().get("swaps").size()).isEqualTo(3);
    }

    @Test
    void theResultsTableExportsAsCsvAndXlsx() {
        long model = adoptedModel("2048", 25);
        Api.Download csv = api.download("/api/v1/allocation/models/" + model + "/results.csv", api.token("gemeente.enschede"));
        assertThat(csv.status()).isEqualTo(200);
        String text = new String(csv.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFCBS-code;Gemeente;Quotum;Taakstelling;Ruil;Taakstelling na ruil").contains("GM0153;Enschede");
        assertThat(nl.thuisplan.spreadsheet.ExportFiles.csv(csv.bytes())).hasSize(9);
        Api.Download xlsx = api.download("/api/v1/allocation/models/" + model + "/results.xlsx", api.token("provincie.overijssel"));
        assertThat(xlsx.status()).isEqualTo(200);
        try (var book = nl.thuisplan.spreadsheet.ExportFiles.xlsx(xlsx.bytes())) {
            nl.thuisplan.spreadsheet.ExportFiles.assertHeaderFrozen(book.getSheetAt(0));
            var target = book.getSheetAt(0).getRow(1).getCell(3);
            assertThat(target.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(book.getSheet("Toelichting").getRow(0).getCell(0).getStringCellValue()).startsWith("Realisatie: ");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(api.download("/api/v1/allocation/models/" + model + "/results.csv", api.token("gemeente.amsterdam")).status())
                .isEqualTo(404);
    }
}
