package nl.thuisplan.common.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, findings 1 and 8: input the outside test sent that pinned a core or answered 500 is now
 * a 400 problem naming the field, decided before any feature or the database sees it.
 */
@MicronautTest(transactional = false)
class InputHardeningTest extends ApiTest {

    private static final String CRITERIA = "\"criteria\":[{\"indicator\":\"inhabitants\",\"weight\":1}]";
    private static final String UNITS = "\"units\":[{\"id\":\"A\",\"indicators\":{\"inhabitants\":5}}]";

    @Inject
    Api api;

    @Test
    void aPreviewWithATinyExponentIsRefusedWithinTwoSeconds() {
        long start = System.nanoTime();
        Response weight = preview("{\"total\":7,\"criteria\":[{\"indicator\":\"inhabitants\",\"weight\":1e-100000}]," + UNITS + "}");
        Response indicator = preview("{\"total\":7," + CRITERIA
                + ",\"units\":[{\"id\":\"A\",\"indicators\":{\"inhabitants\":1e-300000}}]}");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertRefused(weight, "criteria[0].weight", "NUMBER_OUT_OF_RANGE");
        assertRefused(indicator, "units[0].indicators.inhabitants", "NUMBER_OUT_OF_RANGE");
        assertThat(millis).as("both answered within two seconds").isLessThan(2_000);
    }

    @Test
    void hugeAndOverlongExactNumbersAreRefusedButOrdinaryOnesPass() {
        assertRefused(preview("{\"total\":7,\"criteria\":[{\"indicator\":\"inhabitants\",\"weight\":1e400}]," + UNITS + "}"),
                "criteria[0].weight", "NUMBER_OUT_OF_RANGE");
        assertRefused(preview("{\"total\":7," + CRITERIA + ",\"units\":[{\"id\":\"A\",\"indicators\":{\"inhabitants\":"
                + "1234567890123456789012345678901234567890}}]}"), "units[0].indicators.inhabitants", "NUMBER_OUT_OF_RANGE");
        assertThat(preview("{\"total\":7,\"criteria\":[{\"indicator\":\"inhabitants\",\"weight\":1.000000000000000000}],"
                + "\"units\":[{\"id\":\"A\",\"indicators\":{\"inhabitants\":12345678.25}}]}").status()).isEqualTo(200);
    }

    @Test
    void aWholeNumberMustBeAJsonInteger() {
        for (String total : new String[] {"true", "1.9", "\"7\"", "2.0", "{}"}) {
            assertRefused(preview("{\"total\":" + total + "," + CRITERIA + "," + UNITS + "}"), "total", "NOT_A_WHOLE_NUMBER");
        }
        assertRefused(preview("{\"total\":1234567890123456789012345678901234567890," + CRITERIA + "," + UNITS + "}"),
                "total", "NUMBER_OUT_OF_RANGE");
        assertThat(preview("{\"total\":7," + CRITERIA + "," + UNITS + "}").status()).isEqualTo(200);
    }

    @Test
    void aDuplicatedKeyIsRefusedInsteadOfTheLastOneWinning() {
        assertRefused(preview("{\"total\":7,\"total\":8," + CRITERIA + "," + UNITS + "}"), "total", "DUPLICATE_KEY");
    }

    @Test
    void nullInsideAListIsRefusedNamingTheElement() {
        assertRefused(preview("{\"total\":7,\"criteria\":[null]," + UNITS + "}"), "criteria[0]", "NULL_IN_LIST");
        assertRefused(preview("{\"total\":7," + CRITERIA + ",\"units\":[{\"id\":\"A\",\"indicators\":{\"inhabitants\":5}},null]}"),
                "units[1]", "NULL_IN_LIST");
    }

    @Test
    void aNulCharacterInJsonTextIsRefusedBeforeTheDatabase() {
        Response r = api.send("POST", "/api/v1/regions/GRO/target-groups", api.token("regio.gro"), "{\"name\":\"Ouderen\\u0000\"}");
        assertRefused(r, "name", "NUL_CHARACTER");
        assertThat(api.getAs("regio.gro", "/api/v1/regions/GRO/target-groups").body()).doesNotContain("Ouderen\\u0000");
    }

    @Test
    void aNulCharacterInAPathOrQueryValueIsRefused() {
        assertRefused(api.getAs("beheerder", "/api/v1/regions/GR%00O"), "path", "NUL_CHARACTER");
        assertRefused(api.getAs("beheerder", "/api/v1/admin/audit?action=ab%00cd"), "action", "NUL_CHARACTER");
    }

    @Test
    void aYearOutOfRangeOnTheDemandExportsIsABadRequest() {
        for (String path : new String[] {"/api/v1/demand/regions/ENS/years/0/export.csv", "/api/v1/demand/regions/ENS/years/0/totals.xlsx",
                "/api/v1/demand/regions/ENS/years/-1/export.xlsx"}) {
            Response r = api.getAs("regio.ens", path);
            assertThat(r.status()).as(path).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
    }

    private Response preview(String body) {
        return api.send("POST", "/api/v1/allocation/preview", api.token("gemeente.enschede"), body);
    }

    private static void assertRefused(Response r, String field, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.text("code")).isEqualTo("VALIDATION_FAILED");
        JsonNode first = r.json().get("fields").get(0);
        assertThat(first.get("field").getStringValue()).as(r.body()).isEqualTo(field);
        assertThat(first.get("code").getStringValue()).as(r.body()).isEqualTo(code);
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("java.");
    }
}
