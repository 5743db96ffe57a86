package nl.thuisplan.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import nl.thuisplan.support.ApiTest;
import nl.thuisplan.support.OwnerSql;
import nl.thuisplan.support.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database wall under a partner's scope (its region, no municipality, drafts off; see
 * CallerFactory): connected as the application role, it sees the region's adopted rows and none of
 * its work in progress, while a province's scope (drafts off, municipalities in scope) still sees it.
 * The rows are written as the owner, so the application's own checks play no part.
 */
@MicronautTest(transactional = false)
class PartnerRowLevelSecurityTest extends ApiTest {

    private String mra;
    private String ens;

    @BeforeAll
    void rows() {
        mra = OwnerSql.value("select region_id from region where code = 'MRA'");
        ens = OwnerSql.value("select region_id from region where code = 'ENS'");
        for (String region : new String[] {mra, ens}) {
            for (String status : new String[] {"ADOPTED", "CONCEPT"}) {
                int year = status.equals("ADOPTED") ? 2081 : 2082;
                // models and schemes are inserted as concepts and then adopted: the frozen triggers allow that step only
                OwnerSql.exec("insert into allocation_model (region_id, name, target_groups, period_year, created_by) values ("
                                + region + ", 'RLS " + status + "', array['mensenhandel'], " + year + ", 'test')",
                        "insert into allocation_scenario (region_id, model_id, name, version_no, total_source, total, method, "
                                + "reference_date, criteria, updated_by) select region_id, model_id, 'A', 1, 'ENTERED', 10, "
                                + "'LARGEST_REMAINDER', date '2025-01-01', '[]', 'test' from allocation_model where name = 'RLS "
                                + status + "' and region_id = " + region,
                        "insert into allocation_scenario (region_id, model_id, name, version_no, total_source, total, method, "
                                + "reference_date, criteria, updated_by) select region_id, model_id, 'B', 2, 'ENTERED', 10, "
                                + "'LARGEST_REMAINDER', date '2025-01-01', '[]', 'test' from allocation_model where name = 'RLS "
                                + status + "' and region_id = " + region,
                        "insert into urgency_scheme (region_id, name, version_no, valid_from, valid_to, created_by, updated_by) values ("
                                + region + ", 'RLS " + status + "', " + year + ", date '" + (year + 100) + "-01-01', date '"
                                + (year + 100) + "-12-31', 'test', 'test')",
                        "insert into urgency_quota (region_id, scheme_id, position, label, regular, kind, share) select region_id, "
                                + "scheme_id, 1, 'Regulier', true, 'MIN_SHARE', 0.45 from urgency_scheme where name = 'RLS " + status
                                + "' and region_id = " + region);
                if (status.equals("ADOPTED")) {
                    OwnerSql.exec("update allocation_scenario set status = 'ADOPTED', snapshot = '{}', adopted_at = now(), "
                                    + "adopted_by = 'test' where version_no = 1 and model_id = (select model_id from allocation_model "
                                    + "where name = 'RLS ADOPTED' and region_id = " + region + ")",
                            "update allocation_model m set status = 'ADOPTED', adopted_scenario_id = s.scenario_id, adopted_at = now(), "
                                    + "adopted_by = 'test', decision_date = date '2026-12-01', decision_reference = 'PHO-1', "
                                    + "decision_body = 'Portefeuillehoudersoverleg Wonen' from allocation_scenario s where s.model_id = m.model_id and s.version_no = 1 "
                                    + "and m.name = 'RLS ADOPTED' and m.region_id = " + region,
                            "update urgency_scheme set status = 'ADOPTED', adopted_at = now(), adopted_by = 'test' "
                                    + "where name = 'RLS ADOPTED' and region_id = " + region);
                }
            }
            // two targets of the adopted model and a swap between them in each state
            OwnerSql.exec("insert into allocation_target (region_id, model_id, municipality_code, municipality_name, quota, target) "
                            + "select m.region_id, m.model_id, rm.municipality_code, rm.municipality_code, '1', 5 from allocation_model m "
                            + "cross join lateral (select municipality_code from region_membership where region_id = m.region_id "
                            + "order by 1 limit 2) rm where m.name = 'RLS ADOPTED' and m.region_id = " + region,
                    "insert into allocation_swap (region_id, model_id, from_code, to_code, amount, reason, status, proposed_for, "
                            + "proposed_by) select t.region_id, t.model_id, min(t.municipality_code), max(t.municipality_code), 1, "
                            + "'test', st, min(t.municipality_code), 'test' from allocation_target t join allocation_model m "
                            + "using (region_id, model_id) cross join (values ('PROPOSED'), ('CONFIRMED'), ('REJECTED')) v(st) "
                            + "where m.name = 'RLS ADOPTED' and t.region_id = " + region + " group by t.region_id, t.model_id, st");
            OwnerSql.exec("insert into urgency_deviation (region_id, scheme_id, quota_id, municipality_code, share, reason, status, "
                    + "proposed_by) select q.region_id, q.scheme_id, q.quota_id, m.municipality_code, 0.4, 'test', st, 'test' "
                    + "from urgency_quota q join urgency_scheme s on s.region_id = q.region_id and s.scheme_id = q.scheme_id "
                    + "cross join (values ('PROPOSED'), ('ACCEPTED')) v(st) "
                    + "cross join lateral (select municipality_code from region_membership where region_id = q.region_id "
                    + "order by 1 limit 1) m where s.name = 'RLS ADOPTED' and q.region_id = " + region);
        }
    }

    @Test
    void aPartnerScopeSeesItsRegionsAdoptedRowsAndNoWorkInProgress() throws SQLException {
        try (Connection c = TestDatabase.appRole().getConnection()) {
            c.setAutoCommit(false);
            scope(c, mra, "", "off");
            assertThat(strings(c, "select name from allocation_model where name like 'RLS %'")).containsExactly("RLS ADOPTED");
            assertThat(strings(c, "select m.name || '/' || s.name from allocation_scenario s join allocation_model m "
                    + "on m.region_id = s.region_id and m.model_id = s.model_id where m.name like 'RLS %'"))
                    .containsExactly("RLS ADOPTED/A");
            assertThat(strings(c, "select name from urgency_scheme where name like 'RLS %'")).containsExactly("RLS ADOPTED");
            assertThat(count(c, "select count(*) from urgency_quota q join urgency_scheme s using (region_id, scheme_id) "
                    + "where s.name like 'RLS %'")).isEqualTo(1);
            // the concept's quota is not reached without the scheme either
            assertThat(count(c, "select count(*) from urgency_quota")).isEqualTo(1);
            assertThat(strings(c, "select status from urgency_deviation")).containsExactly("ACCEPTED");
            assertThat(strings(c, "select status from allocation_swap")).containsExactly("CONFIRMED");
            assertThat(count(c, "select count(*) from wzv_review_comment")).isZero();
            assertThat(count(c, "select count(*) from wzv_document where status <> 'ADOPTED'")).isZero();
            assertThat(count(c, "select count(*) from demand_analysis")).isZero();
            // nothing of another region
            assertThat(count(c, "select count(*) from allocation_model where region_id <> " + mra)).isZero();
            assertThat(count(c, "select count(*) from urgency_scheme where region_id <> " + mra)).isZero();
            c.rollback();
        }
    }

    @Test
    void aPartnerScopeCannotWriteAConcept() throws SQLException {
        try (Connection c = TestDatabase.appRole().getConnection()) {
            c.setAutoCommit(false);
            scope(c, mra, "", "off");
            assertThatThrownBy(() -> exec(c, "insert into urgency_scheme (region_id, name, version_no, valid_from, valid_to, "
                    + "created_by, updated_by) values (" + mra + ", 'RLS partner', 99, date '2199-01-01', date '2199-12-31', 'x', 'x')"))
                    .hasMessageContaining("row-level security");
            c.rollback();
            scope(c, mra, "", "off");
            assertThat(c.createStatement().executeUpdate("update allocation_model set name = 'x' where status = 'CONCEPT'")).isZero();
            c.rollback();
        }
    }

    @Test
    void theRegionsPublicBodiesStillSeeItsWorkInProgress() throws SQLException {
        try (Connection c = TestDatabase.appRole().getConnection()) {
            c.setAutoCommit(false);
            // a province: its municipalities, no drafts; concept urgentieregelingen are discussed in the open
            scope(c, mra, "GM0363,GM0384", "off");
            assertThat(strings(c, "select name from urgency_scheme where name like 'RLS %' order by 1"))
                    .containsExactly("RLS ADOPTED", "RLS CONCEPT");
            assertThat(count(c, "select count(*) from urgency_deviation")).isEqualTo(2);
            assertThat(count(c, "select count(*) from allocation_swap")).isEqualTo(3);
            assertThat(count(c, "select count(*) from allocation_scenario s join allocation_model m using (region_id, model_id) "
                    + "where m.name like 'RLS %'")).isEqualTo(4);
            c.rollback();
            // the region itself
            scope(c, mra, "*", "on");
            assertThat(count(c, "select count(*) from allocation_model where name like 'RLS %'")).isEqualTo(2);
            assertThat(count(c, "select count(*) from urgency_quota q join urgency_scheme s using (region_id, scheme_id) "
                    + "where s.name like 'RLS %'")).isEqualTo(2);
            c.rollback();
        }
    }

    private static void scope(Connection c, String regions, String municipalities, String drafts) throws SQLException {
        exec(c, "select set_config('thuisplan.regions', '" + regions + "', true), "
                + "set_config('thuisplan.municipalities', '" + municipalities + "', true), "
                + "set_config('thuisplan.drafts', '" + drafts + "', true)");
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static java.util.List<String> strings(Connection c, String sql) throws SQLException {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
