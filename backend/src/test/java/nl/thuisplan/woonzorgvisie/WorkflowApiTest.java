package nl.thuisplan.woonzorgvisie;

import static nl.thuisplan.woonzorgvisie.WoonzorgvisieApi.ENSCHEDE;
import static nl.thuisplan.woonzorgvisie.WoonzorgvisieApi.PM;
import static nl.thuisplan.woonzorgvisie.WoonzorgvisieApi.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import nl.thuisplan.support.TestDatabase;
import nl.thuisplan.support.TestUsers;
import org.junit.jupiter.api.Test;

/** The woonzorgvisie workflows (issue 12): allowedActions per role and state, one audit event per status change. */
@MicronautTest(transactional = false)
class WorkflowApiTest extends ApiTest {

    @Inject
    WoonzorgvisieApi wzv;

    @Inject
    TestUsers users;

    @Test
    void theRegionListsWhatEachRoleMayStart() {
        assertThat(Api.allowedActions(region(PM))).containsExactly("CREATE_TEMPLATE", "CREATE_DOCUMENT");
        assertThat(Api.allowedActions(region("beheerder"))).containsExactly("CREATE_TEMPLATE", "CREATE_DOCUMENT");
        assertThat(Api.allowedActions(region(ENSCHEDE))).containsExactly("CREATE_OWN_DOCUMENT");
        assertThat(Api.allowedActions(region("provincie.overijssel"))).isEmpty();
        assertThat(wzv.as("regio.gro", "GET", "/regions/ENS/allowed-actions", null).status()).isEqualTo(404);
    }

    @Test
    void aTemplateVersionListsEditAndPublishOnlyForTheRegionWhileADraft() {
        long t = wzv.template();
        assertThat(Api.allowedActions(wzv.version(t, 1))).containsExactly("EDIT", "PUBLISH");
        assertThat(Api.allowedActions(detail(PM, t))).containsExactly("EDIT");
        Response published = wzv.publish(t, 1);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().get("status").getStringValue()).isEqualTo("PUBLISHED");
        assertThat(Api.allowedActions(published.json())).isEmpty();
        assertThat(Api.allowedActions(detail(PM, t))).containsExactly("NEW_VERSION");
        assertThat(Api.allowedActions(detail(ENSCHEDE, t))).isEmpty();
        JsonNode asGemeente = wzv.as(ENSCHEDE, "GET", "/templates/" + t + "/versions/1", null).json();
        assertThat(Api.allowedActions(asGemeente)).isEmpty();
        String list = wzv.as(PM, "GET", "/regions/ENS/templates", null).body();
        assertThat(list).contains("\"id\":" + t + ",");
        assertThat(audit("wzv_template", t, "PUBLISHED")).isEqualTo(1);

        // a stale version is a conflict with the current state, and nothing is audited twice
        Response again = wzv.as(PM, "POST", "/templates/" + t + "/versions/1/publish", "{\"lockVersion\":0}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").getStringValue()).isEqualTo("VERSION_PUBLISHED");
        assertThat(audit("wzv_template", t, "PUBLISHED")).isEqualTo(1);
    }

    @Test
    void aDocumentListsTheStepsOfItsWriterAndItsReviewerPerState() {
        String hengelo = users.officer("GM0164");
        long id = id(wzv.create(ENSCHEDE, wzv.published(), "GM0153", 2088, 2088));
        assertThat(Api.allowedActions(wzv.document(ENSCHEDE, id))).containsExactly("EDIT", "TAKE_TEMPLATE_CHANGES", "SUBMIT", "RESOLVE_COMMENT");
        assertThat(Api.allowedActions(wzv.document(PM, id))).containsExactly("RESOLVE_COMMENT");
        assertThat(wzv.as(hengelo, "GET", "/documents/" + id, null).status()).isEqualTo(404);
        assertThat(summaryActions(ENSCHEDE, id)).containsExactly("EDIT", "TAKE_TEMPLATE_CHANGES", "SUBMIT", "RESOLVE_COMMENT");

        wzv.fillRequired(ENSCHEDE, id);
        Response submitted = wzv.act(ENSCHEDE, id, "submit", null);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(Api.allowedActions(submitted.json())).containsExactly("RESOLVE_COMMENT");
        assertThat(submitted.json().get("permissions").get("edit").getBooleanValue()).isFalse();
        JsonNode review = wzv.document(PM, id);
        assertThat(Api.allowedActions(review)).containsExactly("COMMENT", "RESOLVE_COMMENT", "RETURN", "APPROVE");
        assertThat(review.get("permissions").get("review").getBooleanValue()).isTrue();
        assertThat(review.get("permissions").get("adopt").getBooleanValue()).isFalse();
        assertThat(audit("wzv_document", id, "SUBMITTED")).isEqualTo(1);

        // the writer has no role for returning (403); a stale lock version is a conflict carrying the current document
        assertThat(wzv.act(ENSCHEDE, id, "return", null).status()).isEqualTo(403);
        Response stale = wzv.as(PM, "POST", "/documents/" + id + "/return", "{\"lockVersion\":" + (review.get("lockVersion").getIntValue() - 1) + "}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("code").getStringValue()).isEqualTo("VERSION_CONFLICT");
        assertThat(stale.json().get("current").get("status").getStringValue()).isEqualTo("IN_REVIEW");
        Response missing = wzv.as(PM, "POST", "/documents/" + id + "/return", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("fields").get(0).get("field").getStringValue()).isEqualTo("lockVersion");

        Response returned = wzv.act(PM, id, "return", null);
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        assertThat(returned.json().get("status").getStringValue()).isEqualTo("CONCEPT");
        assertThat(audit("wzv_document", id, "RETURNED")).isEqualTo(1);
        assertThat(wzv.act(PM, id, "return", null).json().get("code").getStringValue()).isEqualTo("WRONG_STATUS");

        assertThat(wzv.act(ENSCHEDE, id, "submit", null).status()).isEqualTo(200);
        Response approved = wzv.act(PM, id, "approve", "\"comment\":\"Akkoord, mooi stuk.\"");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").getStringValue()).isEqualTo("APPROVED");
        assertThat(approved.json().get("approvalComment").getStringValue()).isEqualTo("Akkoord, mooi stuk.");
        assertThat(approved.json().get("approvedBy").getStringValue()).isEqualTo(PM);
        assertThat(Api.allowedActions(approved.json())).containsExactly("RESOLVE_COMMENT", "RETURN");
        assertThat(Api.allowedActions(wzv.document(ENSCHEDE, id))).containsExactly("RECORD_ADOPTION", "RESOLVE_COMMENT");
        assertThat(wzv.document(ENSCHEDE, id).get("permissions").get("adopt").getBooleanValue()).isTrue();
        assertThat(audit("wzv_document", id, "APPROVED")).isEqualTo(1);
        Response adopted = wzv.act(ENSCHEDE, id, "record-adoption", "\"decisionDate\":\"2026-02-01\",\"decisionReference\":\"RB 2026/8\"");
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
        assertThat(Api.allowedActions(adopted.json())).isEmpty();
        assertThat(Api.allowedActions(wzv.document(ENSCHEDE, id))).isEmpty();
        assertThat(Api.allowedActions(wzv.document(hengelo, id))).isEmpty();
        assertThat(audit("wzv_document", id, "SUBMITTED")).isEqualTo(2);
        assertThat(audit("wzv_document", id, "ADOPTED")).isEqualTo(1);
    }

    @Test
    void theGemeenteRecordsItsCouncilsAdoptionOnlyAfterTheRegionsAkkoord() {
        long id = id(wzv.create(ENSCHEDE, wzv.published(), "GM0153", 2089, 2089));
        wzv.fillRequired(ENSCHEDE, id);
        assertThat(wzv.act(ENSCHEDE, id, "submit", null).status()).isEqualTo(200);

        // in review: the gemeente has the role but not yet the akkoord (409); the region may no longer adopt it (403)
        Response early = wzv.act(ENSCHEDE, id, "record-adoption", "\"decisionDate\":\"2026-02-01\",\"decisionReference\":\"RB 1\"");
        assertThat(early.status()).as(early.body()).isEqualTo(409);
        assertThat(early.json().get("code").getStringValue()).isEqualTo("WRONG_STATUS");
        Response byRegion = wzv.act(PM, id, "adopt", "\"decisionDate\":\"2026-02-01\",\"decisionReference\":\"RB 1\"");
        assertThat(byRegion.status()).as(byRegion.body()).isEqualTo(403);
        assertThat(wzv.act("beheerder", id, "adopt", "\"decisionDate\":\"2026-02-01\"").status()).isEqualTo(403);
        assertThat(wzv.act(ENSCHEDE, id, "approve", null).status()).isEqualTo(403);

        assertThat(wzv.act(PM, id, "approve", null).status()).isEqualTo(200);
        assertThat(wzv.act(PM, id, "record-adoption", "\"decisionDate\":\"2026-02-01\",\"decisionReference\":\"RB 1\"").status())
                .isEqualTo(403);

        // date and reference are both required, and the date is not in the future
        Response missing = wzv.act(ENSCHEDE, id, "record-adoption", null);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("\"field\":\"decisionDate\"").contains("\"field\":\"decisionReference\"");
        Response future = wzv.act(ENSCHEDE, id, "record-adoption", "\"decisionDate\":\"" + java.time.LocalDate.now().plusDays(2)
                + "\",\"decisionReference\":\"RB 1\"");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().get("fields").get(0).get("field").getStringValue()).isEqualTo("decisionDate");
        assertThat(wzv.document(PM, id).get("status").getStringValue()).isEqualTo("APPROVED");

        Response adopted = wzv.act(ENSCHEDE, id, "record-adoption", "\"decisionDate\":\"2026-02-01\",\"decisionReference\":\"Raadsbesluit 2026/12\"");
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
        JsonNode d = adopted.json();
        assertThat(d.get("status").getStringValue()).isEqualTo("ADOPTED");
        assertThat(d.get("decisionDate").getStringValue()).isEqualTo("2026-02-01");
        assertThat(d.get("decisionReference").getStringValue()).isEqualTo("Raadsbesluit 2026/12");
        assertThat(d.get("adoptedBy").getStringValue()).isEqualTo(ENSCHEDE);
        assertThat(d.get("adoptedByBody").getStringValue()).isEqualTo("COUNCIL");
        assertThat(d.get("approvedBy").getStringValue()).isEqualTo(PM);
        assertThat(Api.allowedActions(d)).isEmpty();
        assertThat(audit("wzv_document", id, "ADOPTED")).isEqualTo(1);

        // immutable: a second recording is refused, and the database refuses a change whoever connects
        Response again = wzv.act(ENSCHEDE, id, "record-adoption", "\"decisionDate\":\"2026-02-02\",\"decisionReference\":\"RB 2\"");
        assertThat(again.status()).isEqualTo(409);
        assertThat(wzv.act(PM, id, "return", null).status()).isEqualTo(409);
        try (Connection c = TestDatabase.appRole().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement scope = c.prepareStatement("select set_config('thuisplan.regions', '*', true), "
                    + "set_config('thuisplan.municipalities', '*', true), set_config('thuisplan.drafts', 'on', true)");
                 PreparedStatement ps = c.prepareStatement("update wzv_document set decision_reference = 'x' where document_id = ?")) {
                scope.execute();
                ps.setLong(1, id);
                org.assertj.core.api.Assertions.assertThatThrownBy(ps::executeUpdate).hasMessageContaining("adopted");
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(wzv.document(PM, id).get("decisionReference").getStringValue()).isEqualTo("Raadsbesluit 2026/12");
    }

    @Test
    void theRegionMayWithdrawItsAkkoordUntilTheCouncilDecides() {
        long id = id(wzv.create(ENSCHEDE, wzv.published(), "GM0153", 2090, 2090));
        wzv.fillRequired(ENSCHEDE, id);
        assertThat(wzv.act(ENSCHEDE, id, "submit", null).status()).isEqualTo(200);
        assertThat(wzv.act(PM, id, "approve", "\"comment\":\"Akkoord\"").status()).isEqualTo(200);
        Response back = wzv.act(PM, id, "return", null);
        assertThat(back.status()).as(back.body()).isEqualTo(200);
        assertThat(back.json().get("status").getStringValue()).isEqualTo("CONCEPT");
        assertThat(back.json().get("approvedAt").isNull()).isTrue();
        assertThat(Api.allowedActions(wzv.document(ENSCHEDE, id))).contains("EDIT", "SUBMIT").doesNotContain("RECORD_ADOPTION");
    }

    @Test
    void aDeelregioDocumentIsAdoptedByTheRegionItself() {
        String mra = "regio.mra";
        long template = -1;
        for (JsonNode t : wzv.as(mra, "GET", "/regions/MRA/templates", null).json().values()) {
            if (!t.get("publishedVersionNo").isNull()) {
                template = t.get("id").getLongValue();
            }
        }
        Response created = wzv.as(mra, "POST", "/regions/MRA/documents", "{\"templateId\":" + template
                + ",\"subregionCode\":\"AMM\",\"fromYear\":2091,\"toYear\":2091}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = id(created);
        wzv.fillRequired(mra, id);
        assertThat(mraAct(mra, id, "submit", null).status()).isEqualTo(200);
        assertThat(Api.allowedActions(wzv.document(mra, id))).containsExactly("COMMENT", "RESOLVE_COMMENT", "RETURN", "ADOPT");
        assertThat(mraAct(mra, id, "approve", null).status()).isEqualTo(403);
        Response adopted = mraAct(mra, id, "adopt", "\"decisionDate\":\"2026-02-01\",\"decisionReference\":\"PHO 2026/4\"");
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
        assertThat(adopted.json().get("status").getStringValue()).isEqualTo("ADOPTED");
        assertThat(adopted.json().get("adoptedByBody").getStringValue()).isEqualTo("REGION");
        assertThat(adopted.json().get("adoptedBy").getStringValue()).isEqualTo(mra);
        assertThat(audit("wzv_document", id, "ADOPTED")).isEqualTo(1);
    }

    private Response mraAct(String user, long id, String action, String extra) {
        int lock = wzv.document("regio.mra", id).get("lockVersion").getIntValue();
        return wzv.as(user, "POST", "/documents/" + id + "/" + action, "{\"lockVersion\":" + lock + (extra == null ? "" : "," + extra) + "}");
    }

    private JsonNode region(String user) {
        Response r = wzv.as(user, "GET", "/regions/ENS/allowed-actions", null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("regionCode").getStringValue()).isEqualTo("ENS");
        return r.json();
    }

    private JsonNode detail(String user, long template) {
        Response r = wzv.as(user, "GET", "/templates/" + template, null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private List<String> summaryActions(String user, long id) {
        for (JsonNode d : wzv.as(user, "GET", "/regions/ENS/documents", null).json().values()) {
            if (d.get("id").getLongValue() == id) {
                return Api.allowedActions(d);
            }
        }
        throw new AssertionError("document " + id + " not listed for " + user);
    }

    /** How many audit events of this action the entity has (read as the application role with the platform's scope). */
    private static int audit(String entityType, long id, String action) {
        try (Connection c = TestDatabase.appRole().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement scope = c.prepareStatement("select set_config('thuisplan.regions', '*', true), "
                    + "set_config('thuisplan.municipalities', '*', true), set_config('thuisplan.drafts', 'on', true)");
                 PreparedStatement ps = c.prepareStatement(
                         "select count(*) from audit_event where entity_type = ? and entity_id = ? and action = ?")) {
                scope.execute();
                ps.setString(1, entityType);
                ps.setString(2, String.valueOf(id));
                ps.setString(3, action);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
