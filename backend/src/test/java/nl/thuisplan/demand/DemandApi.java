package nl.thuisplan.demand;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;

/** Shorthands for the demand endpoints in tests. */
@Singleton
class DemandApi {

    private final Api api;

    DemandApi(Api api) {
        this.api = api;
    }

    long start(String user, String municipality, int year) {
        Response r = api.send("POST", "/api/v1/demand/municipalities/" + municipality + "/years/" + year, api.token(user), null);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").getLongValue();
    }

    Response get(String user, long id) {
        return api.getAs(user, "/api/v1/demand/analyses/" + id);
    }

    Response put(String user, long id, String cell, String body) {
        return api.send("PUT", "/api/v1/demand/analyses/" + id + "/cells/" + cell, api.token(user), body);
    }

    /** A workflow step with the analysis' current lock version. */
    Response act(String user, long id, String action, String reason) {
        int lock = get("regio.mra", id).json().get("lockVersion").getIntValue();
        String body = "{\"lockVersion\":" + lock + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}";
        return api.send("POST", "/api/v1/demand/analyses/" + id + "/" + action, api.token(user), body);
    }

    /** Cells entered in this version (listed cells without a version only carry last year's value). */
    static int written(Response analysis) {
        int n = 0;
        for (JsonNode c : analysis.json().get("cells").values()) {
            if (!c.get("version").isNull()) {
                n++;
            }
        }
        return n;
    }

    static Integer value(Response analysis, String key) {
        for (JsonNode c : analysis.json().get("cells").values()) {
            String k = c.get("targetGroup").getStringValue() + "/" + c.get("housingForm").getStringValue() + "/"
                    + c.get("measure").getStringValue();
            if (k.equals(key)) {
                return c.get("value").isNull() ? null : c.get("value").getIntValue();
            }
        }
        return null;
    }
}
