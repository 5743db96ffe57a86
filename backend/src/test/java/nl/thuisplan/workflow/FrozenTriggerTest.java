package nl.thuisplan.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.thuisplan.support.ApiTest;
import nl.thuisplan.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/**
 * The database side of the one workflow shape: every "frozen once adopted" rule is one of the two
 * generic trigger functions, and they refuse what the old copies refused.
 */
@MicronautTest(transactional = false)
class FrozenTriggerTest extends ApiTest {

    @Test
    void everyFreezeRuleUsesTheGenericFunctions() throws SQLException {
        List<String> triggers = new ArrayList<>();
        try (Connection c = TestDatabase.ownerRole().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("""
                     select t.tgrelid::regclass || ':' || p.proname from pg_trigger t join pg_proc p on p.oid = t.tgfoid
                     where not t.tgisinternal and (t.tgname like '%frozen%' or t.tgname like '%immutable%')
                     order by 1""")) {
            while (rs.next()) {
                triggers.add(rs.getString(1));
            }
        }
        assertThat(triggers).containsExactly(
                "allocation_model:workflow_frozen",
                "allocation_scenario:workflow_frozen",
                "demand_analysis:workflow_frozen",
                "urgency_category:workflow_part_frozen",
                "urgency_quota:workflow_part_frozen",
                "urgency_scheme:workflow_frozen",
                "wzv_document:workflow_frozen",
                "wzv_document_section:workflow_part_frozen",
                "wzv_review_comment:workflow_part_frozen",
                "wzv_template_version:workflow_frozen");
        try (Connection c = TestDatabase.ownerRole().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from pg_proc where proname in ('allocation_frozen', "
                     + "'urgency_frozen', 'urgency_scheme_frozen', 'wzv_document_frozen', 'wzv_document_part_frozen', "
                     + "'wzv_template_version_frozen', 'demand_analysis_immutable')")) {
            rs.next();
            assertThat(rs.getInt(1)).as("the old per-feature copies are gone").isZero();
        }
    }

    @Test
    void anAdoptedRowAndItsPartsRefuseEveryChange() throws SQLException {
        try (Connection c = TestDatabase.ownerRole().getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.execute("create temp table thing (region_id integer, thing_id bigint, status text, title text)");
            st.execute("create temp table thing_part (region_id integer, thing_id bigint, body text)");
            st.execute("create trigger f before update or delete on thing for each row "
                    + "execute function workflow_frozen('ADOPTED', 'THING_LOCKED', 'thing')");
            st.execute("create trigger p before insert or update or delete on thing_part for each row "
                    + "execute function workflow_part_frozen('thing', 'thing_id', 'ADOPTED', 'THING_LOCKED', 'thing')");
            st.execute("insert into thing values (1, 7, 'CONCEPT', 'a'), (1, 8, 'CONCEPT', 'b')");
            st.execute("insert into thing_part values (1, 7, 'x'), (1, 8, 'y')");
            // while a concept, everything may change
            assertThat(st.executeUpdate("update thing_part set body = 'x2' where thing_id = 7")).isEqualTo(1);
            assertThat(st.executeUpdate("update thing set status = 'ADOPTED' where thing_id = 7")).isEqualTo(1);

            refused(c, "update thing set title = 'changed' where thing_id = 7");
            refused(c, "delete from thing where thing_id = 7");
            refused(c, "insert into thing_part values (1, 7, 'new')");
            refused(c, "update thing_part set body = 'changed' where thing_id = 7");
            refused(c, "delete from thing_part where thing_id = 7");
            // a part may not move into a frozen aggregate either
            refused(c, "update thing_part set thing_id = 7 where thing_id = 8");
            // the other, unadopted thing still changes
            assertThat(st.executeUpdate("update thing set title = 'b2' where thing_id = 8")).isEqualTo(1);
            c.rollback();
        }
    }

    private static void refused(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("savepoint s");
            assertThatThrownBy(() -> st.execute(sql)).as(sql).isInstanceOfSatisfying(PSQLException.class, e -> {
                assertThat(e.getSQLState()).isEqualTo("23514");
                assertThat(e.getServerErrorMessage().getHint()).isEqualTo("THING_LOCKED");
                assertThat(e.getMessage()).contains("thing").contains("adopted and cannot change");
            });
            st.execute("rollback to savepoint s");
        }
    }
}
