package nl.thuisplan.allocation;

import io.micronaut.json.tree.JsonNode;
import java.util.HashMap;
import java.util.Map;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;

/** The calls of docs/api/allocation.md, for tests. */
final class AllocationApi {

    static final String PM = "regio.ens";
    static final String REGION = "ENS";

    private final Api api;

    AllocationApi(Api api) {
        this.api = api;
    }

    Response as(String user, String method, String path, String body) {
        return api.send(method, path, api.token(user), body);
    }

    /** A model of the region for one group and period, created (or found) by the programme manager. */
    JsonNode model(String name, String period, String group) {
        Response r = as(PM, "POST", "/api/v1/allocation/regions/" + REGION + "/models",
                "{\"name\":\"" + name + "\",\"period\":\"" + period + "\",\"targetGroups\":[\"" + group + "\"]}");
        if (r.status() != 201) {
            throw new AssertionError("create model: " + r.status() + " " + r.body());
        }
        return r.json();
    }

    static long id(JsonNode n) {
        return n.get("id").getLongValue();
    }

    static JsonNode firstScenario(JsonNode model) {
        return model.get("scenarios").get(0);
    }

    /** PUT a scenario with the given total, criteria JSON and extras (e.g. ,"method":"DHONDT"). */
    Response save(String user, JsonNode scenario, int total, String criteria, String extra) {
        return as(user, "PUT", "/api/v1/allocation/scenarios/" + id(scenario), "{\"name\":\"" + scenario.get("name").getStringValue()
                + "\",\"totalSource\":\"ENTERED\",\"total\":" + total + ",\"referenceDate\":\""
                + scenario.get("referenceDate").getStringValue() + "\",\"criteria\":" + criteria + extra
                + ",\"lockVersion\":" + scenario.get("lockVersion").getIntValue() + "}");
    }

    JsonNode saved(JsonNode scenario, int total, String criteria, String extra) {
        Response r = save(PM, scenario, total, criteria, extra);
        if (r.status() != 200) {
            throw new AssertionError("save scenario: " + r.status() + " " + r.body());
        }
        return r.json();
    }

    /** The besluit every adoption records (V22): date, reference and body. */
    static final String DECISION = "\"decisionDate\":\"2026-03-12\",\"decisionReference\":\"PHO-2026-04\",\"decisionBody\":\"Portefeuillehoudersoverleg Wonen\"";

    JsonNode adopt(JsonNode scenario) {
        Response r = as(PM, "POST", "/api/v1/allocation/scenarios/" + id(scenario) + "/adopt",
                "{\"lockVersion\":" + scenario.get("lockVersion").getIntValue() + "," + DECISION + "}");
        if (r.status() != 200) {
            throw new AssertionError("adopt: " + r.status() + " " + r.body());
        }
        return r.json();
    }

    /** Targets per municipality code of a result or results answer. */
    static Map<String, Integer> targets(JsonNode answer) {
        Map<String, Integer> out = new HashMap<>();
        for (JsonNode row : answer.get("rows").values()) {
            out.put(row.get("municipality").get("code").getStringValue(), row.get("target").getIntValue());
        }
        return out;
    }

    static JsonNode row(JsonNode answer, String code) {
        for (JsonNode row : answer.get("rows").values()) {
            if (row.get("municipality").get("code").getStringValue().equals(code)) {
                return row;
            }
        }
        throw new AssertionError("no row " + code);
    }
}
