package nl.thuisplan.woonzorgvisie;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;

/** Shorthands for the woonzorgvisie endpoints in tests, on region ENS. */
@Singleton
class WoonzorgvisieApi {

    static final String PM = "regio.ens";
    static final String ENSCHEDE = "gemeente.enschede";
    static final String BASE = "/api/v1/woonzorgvisie";
    private static final AtomicInteger NAMES = new AtomicInteger();

    final Api api;
    private final io.micronaut.json.JsonMapper mapper;

    WoonzorgvisieApi(Api api, io.micronaut.json.JsonMapper mapper) {
        this.api = api;
        this.mapper = mapper;
    }

    Response as(String user, String method, String path, String body) {
        return api.send(method, BASE + path, api.token(user), body);
    }

    /** A new template of ENS with a unique name; its version 1 holds the default chapters. */
    long template() {
        Response r = as(PM, "POST", "/regions/ENS/templates", "{\"name\":\"Sjabloon test " + System.nanoTime() + "-"
                + NAMES.incrementAndGet() + "\",\"description\":\"voor tests\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").getLongValue();
    }

    JsonNode version(long template, int no) {
        Response r = as(PM, "GET", "/templates/" + template + "/versions/" + no, null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    Response publish(long template, int no) {
        int lock = version(template, no).get("lockVersion").getIntValue();
        return as(PM, "POST", "/templates/" + template + "/versions/" + no + "/publish", "{\"lockVersion\":" + lock + "}");
    }

    /** A published template (version 1, the default chapters). */
    long published() {
        long t = template();
        Response p = publish(t, 1);
        assertThat(p.status()).as(p.body()).isEqualTo(200);
        return t;
    }

    Response create(String user, long template, String municipality, int from, int to) {
        return as(user, "POST", "/regions/ENS/documents", "{\"templateId\":" + template + ",\"municipalityCode\":\"" + municipality
                + "\",\"fromYear\":" + from + ",\"toYear\":" + to + "}");
    }

    JsonNode document(String user, long id) {
        Response r = as(user, "GET", "/documents/" + id, null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    static JsonNode section(JsonNode document, String key) {
        for (JsonNode c : document.get("chapters").values()) {
            for (JsonNode s : c.get("sections").values()) {
                if (s.get("key").getStringValue().equals(key)) {
                    return s;
                }
            }
        }
        throw new AssertionError("no section " + key);
    }

    static List<JsonNode> sections(JsonNode document) {
        List<JsonNode> out = new ArrayList<>();
        document.get("chapters").values().forEach(c -> c.get("sections").values().forEach(out::add));
        return out;
    }

    Response write(String user, long id, String key, String body, int lockVersion) {
        return as(user, "PUT", "/documents/" + id + "/sections/" + key, "{\"body\":" + quote(body) + ",\"lockVersion\":" + lockVersion + "}");
    }

    /** Writes every required section with a sentence of the writer's own. */
    void fillRequired(String user, long id) {
        JsonNode d = document(user, id);
        for (JsonNode s : sections(d)) {
            if (s.get("required").getBooleanValue() && !s.get("filled").getBooleanValue()) {
                Response w = write(user, id, s.get("key").getStringValue(), s.get("body").getStringValue()
                        + "\n\nToelichting van de gemeente.", s.get("lockVersion").getIntValue());
                assertThat(w.status()).as(w.body()).isEqualTo(200);
            }
        }
    }

    Response act(String user, long id, String action, String extra) {
        int lock = document(PM, id).get("lockVersion").getIntValue();
        return as(user, "POST", "/documents/" + id + "/" + action, "{\"lockVersion\":" + lock + (extra == null ? "" : "," + extra) + "}");
    }

    /** The region's akkoord (the programme manager), then the gemeente records its council's adoption. */
    Response adoptByCouncil(String writer, long id, String date, String reference) {
        Response approved = act(PM, id, "approve", null);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        return act(writer, id, "record-adoption", "\"decisionDate\":\"" + date + "\",\"decisionReference\":\"" + reference + "\"");
    }

    void inhabitants(String municipality, String date, int value) {
        Response r = api.upload("/api/v1/allocation/regions/ENS/indicators/import?dryRun=false", api.token(PM), "i.csv",
                ("gemeentecode,indicator,peildatum,waarde,bron\n" + municipality + ",inhabitants," + date + "," + value + ",CBS test\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    /** A JSON tree as request text. */
    String json(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static long id(Response r) {
        return r.json().get("id").getLongValue();
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
