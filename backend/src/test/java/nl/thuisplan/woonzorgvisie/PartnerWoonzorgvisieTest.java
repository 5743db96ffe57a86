package nl.thuisplan.woonzorgvisie;

import static nl.thuisplan.woonzorgvisie.WoonzorgvisieApi.id;
import static nl.thuisplan.woonzorgvisie.WoonzorgvisieApi.section;
import static nl.thuisplan.woonzorgvisie.WoonzorgvisieApi.sections;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A partner of MRA ({@code corporatie.mra}) reads its gemeenten's adopted woonzorgvisies, council
 * documents, as every reader in the region does, but without the review comments exchanged between
 * the gemeente and the region; a concept does not exist for it, and it writes nothing. Years
 * 2091–2095 belong to this test.
 */
@MicronautTest(transactional = false)
class PartnerWoonzorgvisieTest extends ApiTest {

    private static final String PARTNER = "corporatie.mra";
    private static final String PM = "regio.mra";
    private static final String WRITER = "gemeente.amsterdam";
    private static final String SECTION = "analyse.demografie";

    @Inject
    WoonzorgvisieApi wzv;

    @Inject
    Api api;

    private long adopted;
    private long concept;

    private Response ok(Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        return r;
    }

    private Response act(String user, long id, String action, String extra) {
        int lock = wzv.document(PM, id).get("lockVersion").getIntValue();
        return wzv.as(user, "POST", "/documents/" + id + "/" + action, "{\"lockVersion\":" + lock + (extra == null ? "" : "," + extra) + "}");
    }

    private long document(String user, String municipality, int year) {
        JsonNode templates = ok(wzv.as(PM, "GET", "/regions/MRA/templates", null), 200).json();
        long template = -1;
        for (JsonNode t : templates.values()) {
            if (!t.get("publishedVersionNo").isNull()) {
                template = t.get("id").getLongValue();
            }
        }
        return id(ok(wzv.as(user, "POST", "/regions/MRA/documents", "{\"templateId\":" + template + ",\"municipalityCode\":\""
                + municipality + "\",\"fromYear\":" + year + ",\"toYear\":" + (year + 4) + "}"), 201));
    }

    @BeforeAll
    void setUp() {
        adopted = document(WRITER, "GM0363", 2091);
        JsonNode d = wzv.document(WRITER, adopted);
        for (JsonNode s : sections(d)) {
            if (s.get("required").getBooleanValue() && !s.get("filled").getBooleanValue()) {
                ok(wzv.write(WRITER, adopted, s.get("key").getStringValue(), s.get("body").getStringValue()
                        + "\n\nToelichting van Amsterdam.", s.get("lockVersion").getIntValue()), 200);
            }
        }
        ok(act(WRITER, adopted, "submit", null), 200);
        long comment = id(ok(wzv.as(PM, "POST", "/documents/" + adopted + "/sections/" + SECTION + "/comments",
                "{\"body\":\"Noem de bron.\"}"), 201));
        ok(wzv.as(WRITER, "POST", "/documents/" + adopted + "/comments/" + comment + "/resolve", null), 200);
        ok(act(PM, adopted, "approve", null), 200);
        ok(act(WRITER, adopted, "record-adoption", "\"decisionDate\":\"2026-03-12\",\"decisionReference\":\"Raadsbesluit 2091/1\""), 200);
        concept = document("gemeente.diemen", "GM0384", 2091);
    }

    @Test
    void aPartnerReadsTheAdoptedDocumentWithoutTheReviewComments() {
        JsonNode read = ok(wzv.as(PARTNER, "GET", "/documents/" + adopted, null), 200).json();
        assertThat(read.get("status").getStringValue()).isEqualTo("ADOPTED");
        assertThat(Api.allowedActions(read)).isEmpty();
        assertThat(section(read, SECTION).get("comments").size()).isZero();
        // a gemeente of the region reads the same document with the exchange, as before
        assertThat(section(wzv.document("gemeente.diemen", adopted), SECTION).get("comments").size()).isEqualTo(1);
        assertThat(ok(wzv.as(PARTNER, "GET", "/documents/" + adopted + "/rendered", null), 200).body()).contains("Toelichting van Amsterdam.");

        List<Long> listed = new ArrayList<>();
        ok(wzv.as(PARTNER, "GET", "/regions/MRA/documents", null), 200).json().values().forEach(n -> {
            listed.add(n.get("id").getLongValue());
            assertThat(n.get("openComments").getIntValue()).isZero();
        });
        assertThat(listed).contains(adopted).doesNotContain(concept);
        assertThat(Api.allowedActions(ok(wzv.as(PARTNER, "GET", "/regions/MRA/allowed-actions", null), 200).json())).isEmpty();

        for (String format : List.of("pdf", "docx")) {
            assertThat(api.download("/api/v1/woonzorgvisie/documents/" + adopted + "/export." + format, api.token(PARTNER)).status())
                    .as(format).isEqualTo(200);
        }
    }

    @Test
    void aConceptDoesNotExistForAPartnerAndNothingIsWritten() {
        assertThat(wzv.as(PARTNER, "GET", "/documents/" + concept, null).status()).isEqualTo(404);
        assertThat(api.download("/api/v1/woonzorgvisie/documents/" + concept + "/export.pdf", api.token(PARTNER)).status()).isEqualTo(404);
        JsonNode d = wzv.document(PM, adopted);
        assertThat(wzv.write(PARTNER, adopted, SECTION, "anders", section(d, SECTION).get("lockVersion").getIntValue()).status())
                .isIn(403, 409);
        assertThat(wzv.as(PARTNER, "POST", "/documents/" + adopted + "/sections/" + SECTION + "/comments", "{\"body\":\"x\"}").status())
                .isIn(403, 409);
        assertThat(wzv.as(PARTNER, "POST", "/regions/MRA/documents", "{\"templateId\":1,\"municipalityCode\":\"GM0363\","
                + "\"fromYear\":2095,\"toYear\":2095}").status()).isIn(403, 404);
        JsonNode c = wzv.document("gemeente.diemen", concept);
        assertThat(wzv.write(PARTNER, concept, SECTION, "x", section(c, SECTION).get("lockVersion").getIntValue()).status()).isEqualTo(404);
    }
}
