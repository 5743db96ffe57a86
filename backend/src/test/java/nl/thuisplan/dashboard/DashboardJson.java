package nl.thuisplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;

/** Reading the dashboard API's answers in tests: a call that must succeed, and one area's row of a table. */
final class DashboardJson {

    private DashboardJson() {
    }

    /** GET /api/v1/dashboard{path} as {@code user}; anything but 200 fails the test with the body. */
    static JsonNode get(Api api, String user, String path) {
        Response r = api.getAs(user, "/api/v1/dashboard" + path);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    /** The table's row of the area with {@code code}. */
    static JsonNode row(JsonNode table, String code) {
        for (JsonNode r : table.get("rows").values()) {
            JsonNode c = r.get("area").get("code");
            if (c != null && !c.isNull() && c.getStringValue().equals(code)) {
                return r;
            }
        }
        throw new AssertionError("no row " + code);
    }
}
