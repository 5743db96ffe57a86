package nl.thuisplan.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import org.junit.jupiter.api.Test;

/** The preview endpoint's contract (issue 4): shape, exactness, bounds, and every kind of bad input. */
@MicronautTest(transactional = false)
class AllocationPreviewTest extends ApiTest {

    private static final String CRITERIA = "\"criteria\":[{\"indicator\":\"inhabitants\",\"weight\":0.6},"
            + "{\"indicator\":\"lettings\",\"weight\":0.4}]";

    @Inject
    Api api;

    @Test
    void aRegionIsSharedExactlyWithTheCapHonoured() {
        Response r = preview("gemeente.enschede", "{\"total\":120,\"method\":\"LARGEST_REMAINDER\"," + CRITERIA + ",\"units\":["
                + "{\"id\":\"GM0153\",\"indicators\":{\"inhabitants\":160800,\"lettings\":1200},\"min\":0,\"max\":40},"
                + "{\"id\":\"GM0164\",\"indicators\":{\"inhabitants\":82500,\"lettings\":700}},"
                + "{\"id\":\"GM0147\",\"indicators\":{\"inhabitants\":24800,\"lettings\":150}},"
                + "{\"id\":\"GM0168\",\"indicators\":{\"inhabitants\":22900,\"lettings\":140}}]}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        Map<String, JsonNode> byId = new HashMap<>();
        int sum = 0;
        for (JsonNode n : r.json().get("results").values()) {
            byId.put(n.get("id").getStringValue(), n);
            sum += n.get("target").getIntValue();
        }
        assertThat(sum).isEqualTo(120);
        JsonNode enschede = byId.get("GM0153");
        assertThat(enschede.get("target").getIntValue()).isEqualTo(40);
        assertThat(enschede.get("bound").getStringValue()).isEqualTo("MAX");
        assertThat(enschede.get("quota").getStringValue()).matches("\\d+\\.\\d{2}");
        assertThat(enschede.get("contributions").get("inhabitants").getStringValue()).isEqualTo("39.79"); // 60% × 55.26% of 120
        assertThat(byId.get("GM0164").get("bound").getStringValue()).isEqualTo("NONE");
        assertThat(r.json().get("steps").size()).isGreaterThan(0);
    }

    @Test
    void dHondtGivesTheTextbookSeats() {
        // 100,000 / 80,000 / 30,000 / 20,000 votes, 8 seats: D'Hondt 4, 3, 1, 0; Sainte-Laguë 3, 3, 1, 1
        assertThat(targets("DHONDT")).isEqualTo(Map.of("A", 4, "B", 3, "C", 1, "D", 0));
        assertThat(targets("SAINTE_LAGUE")).isEqualTo(Map.of("A", 3, "B", 3, "C", 1, "D", 1));
    }

    @Test
    void theStatutoryMethodRoundsEveryQuotaUp() {
        Response r = preview("provincie.groningen", "{\"total\":100,\"method\":\"STATUTORY_CEIL\","
                + "\"criteria\":[{\"indicator\":\"inhabitants\",\"weight\":1}],\"units\":["
                + "{\"id\":\"GM0014\",\"indicators\":{\"inhabitants\":244829}},"
                + "{\"id\":\"GM1969\",\"indicators\":{\"inhabitants\":65065}},"
                + "{\"id\":\"GM0765\",\"indicators\":{\"inhabitants\":12565}}]}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        long population = 244_829 + 65_065 + 12_565;
        for (JsonNode n : r.json().get("results").values()) {
            long inhabitants = switch (n.get("id").getStringValue()) {
                case "GM0014" -> 244_829;
                case "GM1969" -> 65_065;
                default -> 12_565;
            };
            long expected = (100 * inhabitants + population - 1) / population; // ceil, exact in integers
            assertThat(n.get("target").getLongValue()).isEqualTo(expected);
        }
    }

    @Test
    void impossibleBoundsAre422NamingTheUnits() {
        Response r = preview("regio.ens", "{\"total\":120," + CRITERIA + ",\"units\":["
                + "{\"id\":\"GM0153\",\"indicators\":{\"inhabitants\":160800,\"lettings\":1200},\"max\":40},"
                + "{\"id\":\"GM0164\",\"indicators\":{\"inhabitants\":82500,\"lettings\":700},\"max\":30}]}");
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.text("code")).isEqualTo("ALLOCATION_INFEASIBLE");
        assertThat(r.text("detail")).contains("GM0153").contains("GM0164");
    }

    @Test
    void malformedInputIs400WithTheFailingFields() {
        assertField(preview("regio.ens", "{\"total\":10,\"criteria\":[{\"indicator\":\"inhabitants\",\"weight\":0.5}],"
                + "\"units\":[{\"id\":\"A\",\"indicators\":{\"inhabitants\":1}}]}"), "criteria");
        assertField(preview("regio.ens", "{" + CRITERIA + ",\"units\":[{\"id\":\"A\",\"indicators\":{\"inhabitants\":1,"
                + "\"lettings\":1}}]}"), "total");
        assertField(preview("regio.ens", "{\"total\":10," + CRITERIA + ",\"units\":[{\"id\":\"A\",\"indicators\":"
                + "{\"inhabitants\":-5,\"lettings\":1}}]}"), "units[0].indicators");
        assertField(preview("regio.ens", "{\"total\":-1," + CRITERIA + ",\"units\":[{\"id\":\"A\",\"indicators\":"
                + "{\"inhabitants\":5,\"lettings\":1}}]}"), "total");
        Response unknownMethod = preview("regio.ens", "{\"total\":10,\"method\":\"LOTTERY\"," + CRITERIA
                + ",\"units\":[{\"id\":\"A\",\"indicators\":{\"inhabitants\":5,\"lettings\":1}}]}");
        assertThat(unknownMethod.status()).isEqualTo(400);
        assertThat(preview("regio.ens", "{\"total\":").status()).isEqualTo(400);
    }

    @Test
    void upToAThousandUnitsAndNoMore() {
        assertThat(preview("regio.ens", units(1000)).status()).isEqualTo(200);
        assertField(preview("regio.ens", units(1001)), "units");
    }

    @Test
    void everyLoggedInRoleMayPreviewButAnonymousMayNot() {
        String body = units(3);
        for (String user : new String[] {"beheerder", "regio.mra", "gemeente.heerlen", "provincie.limburg"}) {
            assertThat(preview(user, body).status()).isEqualTo(200);
        }
        assertThat(api.send("POST", "/api/v1/allocation/preview", null, body).status()).isEqualTo(401);
    }

    private Map<String, Integer> targets(String method) {
        Response r = preview("regio.mra", "{\"total\":8,\"method\":\"" + method + "\","
                + "\"criteria\":[{\"indicator\":\"votes\",\"weight\":1}],\"units\":["
                + "{\"id\":\"A\",\"indicators\":{\"votes\":100000}},{\"id\":\"B\",\"indicators\":{\"votes\":80000}},"
                + "{\"id\":\"C\",\"indicators\":{\"votes\":30000}},{\"id\":\"D\",\"indicators\":{\"votes\":20000}}]}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        Map<String, Integer> out = new HashMap<>();
        r.json().get("results").values().forEach(n -> out.put(n.get("id").getStringValue(), n.get("target").getIntValue()));
        return out;
    }

    private static String units(int n) {
        StringJoiner units = new StringJoiner(",");
        for (int i = 0; i < n; i++) {
            units.add("{\"id\":\"U" + i + "\",\"indicators\":{\"inhabitants\":" + (1000 + i * 37) + ",\"lettings\":" + (10 + i % 17) + "}}");
        }
        return "{\"total\":5000," + CRITERIA + ",\"units\":[" + units + "]}";
    }

    private Response preview(String user, String body) {
        return api.send("POST", "/api/v1/allocation/preview", api.token(user), body);
    }

    private static void assertField(Response r, String fieldPrefix) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.text("code")).isEqualTo("VALIDATION_FAILED");
        assertThat(r.json().get("fields").get(0).get("field").getStringValue()).startsWith(fieldPrefix);
    }
}
