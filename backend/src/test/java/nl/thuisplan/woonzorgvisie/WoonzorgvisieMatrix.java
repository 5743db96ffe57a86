package nl.thuisplan.woonzorgvisie;

import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicInteger;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.matrix.MatrixDeclarations;
import nl.thuisplan.support.matrix.RoleMatrix;
import nl.thuisplan.support.matrix.RoleMatrix.Call;
import nl.thuisplan.support.matrix.RoleMatrix.Scope;

/**
 * The woonzorgvisie rows: templates of the region made by its programme manager, documents of Amsterdam or Enschede
 * made by their officer on a published template, each in a period of its own.
 */
@Singleton
class WoonzorgvisieMatrix implements MatrixDeclarations {

    private static final AtomicInteger SEQ = new AtomicInteger();
    /** How far a document is: a concept, a concept with its required sections written, submitted, approved by the region. */
    private static final int CONCEPT = 0;
    private static final int FILLED = 1;
    private static final int SUBMITTED = 2;
    private static final int APPROVED = 3;
    /** Per municipality a year of its own for each document (one document per municipality and period). */
    private final java.util.Map<String, AtomicInteger> years = new java.util.concurrent.ConcurrentHashMap<>();
    /** Documents for the read rows, one per region, shared (reads change nothing). */
    private final java.util.Map<String, String> shared = new java.util.concurrent.ConcurrentHashMap<>();
    private static final String W = "/api/v1/woonzorgvisie";

    private final Api api;
    private final io.micronaut.json.JsonMapper mapper;

    WoonzorgvisieMatrix(Api api, io.micronaut.json.JsonMapper mapper) {
        this.api = api;
        this.mapper = mapper;
    }

    private String json(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void declare(RoleMatrix m) {
        String readers = "200 200 | 200 404 | 200 404 | 200 404 | 200 404 | 404 404 | 404 404";
        String managers = "200 200 | 200 404 | 200 404 | 403 404 | 403 404 | 404 404 | 404 404";
        String writers = "200 200 | 403 404 | 403 404 | 200 404 | 403 404 | 404 404 | 404 404";
        // the catalogue's examples name Enschede and GM0153: static help text, not data
        m.route("GET /api/v1/woonzorgvisie/catalogue{?region}", "200 200 | 200 404 | 200 404 | 200 404 | 200 404 | 200 404 | 200 404", s -> Call.get(W + "/catalogue?region=" + s.region())).shared();
        m.route("GET /api/v1/woonzorgvisie/regions/{region}/templates", "200 200 | 200 404 | 200 404 | 200 404 | 200 404 | 200 404 | 200 404", s -> Call.get(W + "/regions/" + s.region() + "/templates"));
        m.route("POST /api/v1/woonzorgvisie/regions/{region}/templates", "201 201 | 201 404 | 201 404 | 403 404 | 403 404 | 403 404 | 403 404",
                s -> Call.of("POST", W + "/regions/" + s.region() + "/templates", "{\"name\":\"Matrixsjabloon " + SEQ.incrementAndGet()
                        + "\",\"description\":\"matrix\"}").probe(W + "/regions/" + s.region() + "/templates"));
        m.route("POST /api/v1/woonzorgvisie/regions/{region}/preview", "200 200 | 200 404 | 200 404 | 403 404 | 403 404 | 403 404 | 403 404", s -> Call.of("POST", W + "/regions/" + s.region() + "/preview",
                "{\"body\":\"{{gemeente.naam}}\"}").probe(W + "/regions/" + s.region() + "/templates"));
        m.route("GET /api/v1/woonzorgvisie/templates/{id}", "200 200 | 200 404 | 200 404 | 200 404 | 200 404 | 200 404 | 200 404", s -> Call.get(W + "/templates/" + template(s, false)));
        m.route("GET /api/v1/woonzorgvisie/templates/{id}/versions/{no}", "200 200 | 200 404 | 200 404 | 403 404 | 403 404 | 403 404 | 403 404", s -> Call.get(W + "/templates/" + template(s, false) + "/versions/1"));
        m.route("PUT /api/v1/woonzorgvisie/templates/{id}/versions/{no}", "200 200 | 200 404 | 200 404 | 403 404 | 403 404 | 403 404 | 403 404", s -> {
            long t = template(s, false);
            JsonNode v = api.getAs("beheerder", W + "/templates/" + t + "/versions/1").json();
            return Call.of("PUT", W + "/templates/" + t + "/versions/1", json(v)).probe(W + "/templates/" + t + "/versions/1");
        });
        m.route("POST /api/v1/woonzorgvisie/templates/{id}/versions/{no}/publish", "200 200 | 200 404 | 200 404 | 403 404 | 403 404 | 403 404 | 403 404", s -> {
            long t = template(s, false);
            String v = W + "/templates/" + t + "/versions/1";
            return Call.of("POST", v + "/publish", "{\"lockVersion\":" + api.getAs("beheerder", v).json().get("lockVersion").getIntValue() + "}").probe(v);
        });
        m.route("POST /api/v1/woonzorgvisie/templates/{id}/versions", "201 201 | 201 404 | 201 404 | 403 404 | 403 404 | 403 404 | 403 404",
                s -> Call.of("POST", W + "/templates/" + template(s, true) + "/versions", null).probe(W + "/templates/" + template(s, true)));
        m.route("GET /api/v1/woonzorgvisie/regions/{region}/allowed-actions", "200 200 | 200 404 | 200 404 | 200 404 | 200 404 | 200 404 | 200 404", s -> Call.get(W + "/regions/" + s.region() + "/allowed-actions"));
        m.route("GET /api/v1/woonzorgvisie/regions/{region}/documents", "200 200 | 200 404 | 200 404 | 200 404 | 200 404 | 200 404 | 200 404", s -> Call.get(W + "/regions/" + s.region() + "/documents"));
        m.route("POST /api/v1/woonzorgvisie/regions/{region}/documents", "201 201 | 201 404 | 201 404 | 201 404 | 403 404 | 403 404 | 403 404",
                s -> {
                    int from = year(s);
                    return Call.of("POST", W + "/regions/" + s.region() + "/documents", "{\"templateId\":" + template(s, true)
                            + ",\"municipalityCode\":\"" + s.municipality() + "\",\"fromYear\":" + from + ",\"toYear\":" + from + "}")
                            .probe(W + "/regions/" + s.region() + "/documents");
                });
        m.route("GET /api/v1/woonzorgvisie/documents/{id}", "200 200 | 200 404 | 200 404 | 200 404 | 404 404 | 404 404 | 404 404", s -> Call.get(sharedDocument(s)));
        m.route("GET /api/v1/woonzorgvisie/documents/{id}/rendered", "200 200 | 200 404 | 200 404 | 200 404 | 404 404 | 404 404 | 404 404", s -> Call.get(sharedDocument(s) + "/rendered"));
        m.route("GET /api/v1/woonzorgvisie/documents/{id}/export.pdf", "200 200 | 200 404 | 200 404 | 200 404 | 404 404 | 404 404 | 404 404", s -> Call.get(sharedDocument(s) + "/export.pdf"));
        m.route("GET /api/v1/woonzorgvisie/documents/{id}/export.docx", "200 200 | 200 404 | 200 404 | 200 404 | 404 404 | 404 404 | 404 404", s -> Call.get(sharedDocument(s) + "/export.docx"));
        m.route("GET /api/v1/woonzorgvisie/documents/{id}/template-changes", "200 200 | 200 404 | 200 404 | 200 404 | 404 404 | 404 404 | 404 404", s -> Call.get(sharedDocument(s) + "/template-changes"));
        m.route("PUT /api/v1/woonzorgvisie/documents/{id}/sections/{key}", "200 200 | 403 404 | 403 404 | 200 404 | 404 404 | 404 404 | 404 404", s -> {
            JsonNode section = firstSection(s);
            return Call.of("PUT", document(s, CONCEPT) + "/sections/" + section.get("key").getStringValue(), "{\"body\":\"Matrixtekst\","
                    + "\"lockVersion\":" + section.get("lockVersion").getIntValue() + "}").probe(document(s, CONCEPT));
        });
        m.route("POST /api/v1/woonzorgvisie/documents/{id}/preview", "200 200 | 200 404 | 200 404 | 200 404 | 404 404 | 404 404 | 404 404", s -> Call.of("POST", document(s, CONCEPT) + "/preview",
                "{\"body\":\"x\"}").probe(document(s, CONCEPT)));
        m.route("POST /api/v1/woonzorgvisie/documents/{id}/submit", "200 200 | 403 404 | 403 404 | 200 404 | 404 404 | 404 404 | 404 404", s -> act(s, FILLED, "submit"));
        m.route("POST /api/v1/woonzorgvisie/documents/{id}/return", "200 200 | 200 404 | 200 404 | 403 404 | 404 404 | 404 404 | 404 404", s -> act(s, SUBMITTED, "return"));
        m.route("POST /api/v1/woonzorgvisie/documents/{id}/approve", "200 200 | 200 404 | 200 404 | 403 404 | 404 404 | 404 404 | 404 404", s -> act(s, SUBMITTED, "approve"));
        // a gemeente's document is adopted by its council, never by the region (a deelregio's: WorkflowApiTest)
        m.route("POST /api/v1/woonzorgvisie/documents/{id}/adopt", "403 403 | 403 404 | 403 404 | 403 404 | 404 404 | 404 404 | 404 404", s -> act(s, SUBMITTED, "adopt"));
        m.route("POST /api/v1/woonzorgvisie/documents/{id}/record-adoption", "200 200 | 403 404 | 403 404 | 200 404 | 404 404 | 404 404 | 404 404", s -> act(s, APPROVED, "record-adoption"));
        m.route("POST /api/v1/woonzorgvisie/documents/{id}/sections/{key}/comments", "201 201 | 201 404 | 201 404 | 403 404 | 404 404 | 404 404 | 404 404",
                s -> Call.of("POST", document(s, SUBMITTED) + "/sections/" + firstSection(s, SUBMITTED).get("key").getStringValue() + "/comments",
                        "{\"body\":\"Noem de bron.\"}").probe(document(s, SUBMITTED)));
        // the writer or the programme manager handles a comment
        m.route("POST /api/v1/woonzorgvisie/documents/{id}/comments/{commentId}/resolve", "200 200 | 200 404 | 200 404 | 200 404 | 404 404 | 404 404 | 404 404", s -> Call.of("POST", document(s, SUBMITTED)
                + "/comments/" + comment(s) + "/resolve", null).probe(document(s, SUBMITTED)));
        m.route("POST /api/v1/woonzorgvisie/documents/{id}/template-changes/{key}/take", "404 404 | 403 404 | 403 404 | 404 404 | 404 404 | 404 404 | 404 404", s -> Call.of("POST", document(s, CONCEPT)
                + "/template-changes/" + firstSection(s).get("key").getStringValue() + "/take", "{\"replaceBody\":false}").probe(document(s, CONCEPT)));
        m.route("POST /api/v1/woonzorgvisie/documents/{id}/template-changes/follow", "200 200 | 403 404 | 403 404 | 200 404 | 404 404 | 404 404 | 404 404", s -> Call.of("POST", document(s, CONCEPT)
                + "/template-changes/follow", "{\"lockVersion\":" + doc(s, CONCEPT).get("lockVersion").getIntValue() + "}").probe(document(s, CONCEPT)));
    }

    /** A template of the region (version 1 with the default chapters), published when asked. */
    private long template(Scope s, boolean published) {
        return s.once("template-" + published, () -> {
            Response r = api.send("POST", W + "/regions/" + s.region() + "/templates", api.token(s.manager()), "{\"name\":\"Matrix "
                    + SEQ.incrementAndGet() + "\",\"description\":\"matrix\"}");
            check(r, 201);
            long t = r.json().get("id").getLongValue();
            if (published) {
                String v = W + "/templates/" + t + "/versions/1";
                check(api.send("POST", v + "/publish", api.token(s.manager()), "{\"lockVersion\":"
                        + api.getAs(s.manager(), v).json().get("lockVersion").getIntValue() + "}"), 200);
            }
            return t;
        });
    }

    /** A document of the scope's municipality, submitted when asked (its required sections filled first). */
    private JsonNode doc(Scope s, int level) {
        return s.once("document-" + level, () -> {
            int from = year(s);
            Response r = api.send("POST", W + "/regions/" + s.region() + "/documents", api.token(s.officer()), "{\"templateId\":"
                    + template(s, true) + ",\"municipalityCode\":\"" + s.municipality() + "\",\"fromYear\":" + from + ",\"toYear\":"
                    + from + "}");
            check(r, 201);
            String path = W + "/documents/" + r.json().get("id").getLongValue();
            if (level >= FILLED) {
                for (JsonNode c : api.getAs(s.officer(), path).json().get("chapters").values()) {
                    for (JsonNode sec : c.get("sections").values()) {
                        if (sec.get("required").getBooleanValue() && !sec.get("filled").getBooleanValue()) {
                            check(api.send("PUT", path + "/sections/" + sec.get("key").getStringValue(), api.token(s.officer()),
                                    "{\"body\":\"Toelichting van de gemeente.\",\"lockVersion\":" + sec.get("lockVersion").getIntValue() + "}"), 200);
                        }
                    }
                }
            }
            if (level >= SUBMITTED) {
                check(api.send("POST", path + "/submit", api.token(s.officer()), "{\"lockVersion\":"
                        + api.getAs(s.officer(), path).json().get("lockVersion").getIntValue() + "}"), 200);
            }
            if (level >= APPROVED) {
                check(api.send("POST", path + "/approve", api.token(s.manager()), "{\"lockVersion\":"
                        + api.getAs(s.officer(), path).json().get("lockVersion").getIntValue() + "}"), 200);
            }
            return api.getAs(s.officer(), path).json();
        });
    }

    private int year(Scope s) {
        return years.computeIfAbsent(s.municipality(), k -> new AtomicInteger(2000)).incrementAndGet();
    }

    private String sharedDocument(Scope s) {
        return shared.computeIfAbsent(s.region(), r -> document(s, CONCEPT));
    }

    private String document(Scope s, int level) {
        return W + "/documents/" + doc(s, level).get("id").getLongValue();
    }

    private JsonNode firstSection(Scope s) {
        return firstSection(s, CONCEPT);
    }

    private JsonNode firstSection(Scope s, int level) {
        return api.getAs("beheerder", document(s, level)).json().get("chapters").get(0).get("sections").get(0);
    }

    private Call act(Scope s, int level, String action) {
        String path = document(s, level);
        return Call.of("POST", path + "/" + action, "{\"lockVersion\":" + api.getAs("beheerder", path).json().get("lockVersion").getIntValue()
                + ("return".equals(action) ? ",\"reason\":\"Graag aanvullen\"" : "")
                + (action.endsWith("adopt") || action.endsWith("adoption") ? ",\"decisionDate\":\"2026-01-01\",\"decisionReference\":\"RB 1\"" : "")
                + "}").probe(path);
    }

    /** A comment of the programme manager on the document's first section. */
    private long comment(Scope s) {
        return s.once("comment", () -> {
            Response r = api.send("POST", document(s, SUBMITTED) + "/sections/" + firstSection(s, SUBMITTED).get("key").getStringValue() + "/comments",
                    api.token(s.manager()), "{\"body\":\"Noem de bron.\"}");
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
