package nl.thuisplan.urgency;

import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicInteger;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.matrix.MatrixDeclarations;
import nl.thuisplan.support.matrix.RoleMatrix;
import nl.thuisplan.support.matrix.RoleMatrix.Call;
import nl.thuisplan.support.matrix.RoleMatrix.Scope;

/** The urgency rows: concept schemes of the region, each in a year of its own, with one quota a deviation can name. */
@Singleton
class UrgencyMatrix implements MatrixDeclarations {

    private static final AtomicInteger YEAR = new AtomicInteger(2200);

    private final Api api;

    UrgencyMatrix(Api api) {
        this.api = api;
    }

    @Override
    public void declare(RoleMatrix m) {
        String u = "/api/v1/urgency";
        String readers = "200 200 | 200 404 | 200 404 | 200 404 | 200 404 | 404 404 | 404 404";
        String managers = "200 200 | 200 404 | 200 404 | 403 404 | 403 404 | 404 404 | 404 404";
        m.route("GET /api/v1/urgency/mandatory-categories", "200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200 200",
                s -> Call.get(u + "/mandatory-categories")).shared();
        m.route("GET /api/v1/urgency/regions/{region}", "200 200 | 200 404 | 200 404 | 200 404 | 200 404 | 200 404 | 200 404", s -> Call.get(u + "/regions/" + s.region()));
        m.route("GET /api/v1/urgency/regions/{region}/schemes", "200 200 | 200 404 | 200 404 | 200 404 | 200 404 | 200 404 | 200 404", s -> Call.get(u + "/regions/" + s.region() + "/schemes"));
        m.route("POST /api/v1/urgency/regions/{region}/schemes", "201 201 | 201 404 | 201 404 | 403 404 | 403 404 | 403 404 | 403 404", s -> {
            int y = YEAR.incrementAndGet();
            return Call.of("POST", u + "/regions/" + s.region() + "/schemes", "{\"name\":\"Matrixregeling " + y + "\",\"validFrom\":\""
                    + y + "-01-01\",\"validTo\":\"" + y + "-12-31\",\"fromTemplate\":true}").probe(u + "/regions/" + s.region() + "/schemes");
        });
        m.route("GET /api/v1/urgency/schemes/{id}", "200 200 | 200 404 | 200 404 | 200 404 | 200 404 | 404 404 | 404 404", s -> Call.get(scheme(s)));
        m.route("GET /api/v1/urgency/schemes/compare{?a,b}", "200 200 | 200 404 | 200 404 | 200 404 | 200 404 | 404 404 | 404 404", s -> {
            long id = node(s).get("id").getLongValue();
            return Call.get(u + "/schemes/compare?a=" + id + "&b=" + id);
        });
        m.route("GET /api/v1/urgency/schemes/{id}/capacity", "200 200 | 200 404 | 200 404 | 200 404 | 200 404 | 404 404 | 404 404", s -> Call.get(scheme(s) + "/capacity"));
        m.route("GET /api/v1/urgency/schemes/{id}/document.pdf", "200 200 | 200 404 | 200 404 | 200 404 | 200 404 | 404 404 | 404 404", s -> Call.get(scheme(s) + "/document.pdf"));
        m.route("PUT /api/v1/urgency/schemes/{id}", "200 200 | 200 404 | 200 404 | 403 404 | 403 404 | 404 404 | 404 404", s -> Call.of("PUT", scheme(s), put(node(s), 30)).probe(scheme(s)));
        m.route("POST /api/v1/urgency/schemes/{id}/check", managers, s -> Call.of("POST", scheme(s) + "/check", put(node(s), 30)).probe(scheme(s)));
        m.route("POST /api/v1/urgency/schemes/{id}/adopt", "200 200 | 200 404 | 200 404 | 403 404 | 403 404 | 404 404 | 404 404", s -> Call.of("POST", scheme(s) + "/adopt",
                "{\"lockVersion\":" + node(s).get("lockVersion").getIntValue() + "}").probe(scheme(s)));
        m.route("DELETE /api/v1/urgency/schemes/{id}{?lockVersion}", "204 204 | 204 404 | 204 404 | 403 404 | 403 404 | 404 404 | 404 404",
                s -> Call.of("DELETE", scheme(s) + "?lockVersion=" + node(s).get("lockVersion").getIntValue(), null).probe(u + "/regions/" + s.region() + "/schemes"));
        m.route("POST /api/v1/urgency/schemes/{id}/deviations", "403 403 | 403 404 | 403 404 | 201 404 | 403 404 | 404 404 | 404 404",
                s -> Call.of("POST", scheme(s) + "/deviations", "{\"quotaId\":" + node(s).get("quotas").get(0).get("id").getLongValue()
                        + ",\"perYear\":25,\"reason\":\"Meer uitstroom\"}").probe(scheme(s)));
        m.route("POST /api/v1/urgency/deviations/{id}/{action:accept|reject}", managers,
                s -> Call.of("POST", u + "/deviations/" + deviation(s) + "/reject", null).probe(scheme(s)));
    }

    /** A concept scheme of the region with one quota. */
    private JsonNode node(Scope s) {
        return s.once("scheme", () -> {
            int y = YEAR.incrementAndGet();
            Response r = api.send("POST", "/api/v1/urgency/regions/" + s.region() + "/schemes", api.token(s.manager()), "{\"name\":\"Matrix "
                    + y + "\",\"validFrom\":\"" + y + "-01-01\",\"validTo\":\"" + y + "-12-31\",\"fromTemplate\":true}");
            check(r, 201);
            Response saved = api.send("PUT", "/api/v1/urgency/schemes/" + r.json().get("id").getLongValue(), api.token(s.manager()), put(r.json(), 20));
            check(saved, 200);
            return saved.json();
        });
    }

    private String scheme(Scope s) {
        return "/api/v1/urgency/schemes/" + node(s).get("id").getLongValue();
    }

    private static String put(JsonNode s, int perYear) {
        String from = s.get("validFrom").getStringValue();
        String to = s.get("validTo").getStringValue();
        return "{\"name\":\"" + s.get("name").getStringValue() + "\",\"validFrom\":\"" + from + "\",\"validTo\":\"" + to + "\","
                + "\"categories\":[{\"code\":\"mantelzorg\",\"name\":\"Mantelzorg\",\"mandatory\":\"mantelzorg\",\"targetGroups\":[],"
                + "\"decisionDays\":56,\"waitNormDays\":90,\"priority\":1}],\"quotas\":[{\"label\":\"Alle urgenten\",\"appliesTo\":"
                + "{\"regular\":false,\"categories\":[\"mantelzorg\"]},\"kind\":\"PER_YEAR\",\"perYear\":" + perYear + "}],\"lockVersion\":"
                + s.get("lockVersion").getIntValue() + "}";
    }

    /** A deviation proposed by the scope's officer. */
    private long deviation(Scope s) {
        return s.once("deviation", () -> {
            Response r = api.send("POST", scheme(s) + "/deviations", api.token(s.officer()), "{\"quotaId\":"
                    + node(s).get("quotas").get(0).get("id").getLongValue() + ",\"perYear\":25,\"reason\":\"Meer uitstroom\"}");
            check(r, 201);
            return r.json().get("id").getLongValue();
        });
    }

    private static void check(Response r, int status) {
        if (r.status() != status) {
            throw new IllegalStateException("matrix fixture: expected " + status + ", got " + r.status() + " " + r.body());
        }
    }
}
