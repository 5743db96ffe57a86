package nl.thuisplan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import nl.thuisplan.support.ApiTest;
import nl.thuisplan.support.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Finding 5 of the outside test, on the database wall alone (the application role, no service checks):
 * an audit event is visible only where the work in progress it describes is, not to the whole region.
 */
@MicronautTest(transactional = false)
class AuditEventRowLevelSecurityTest extends ApiTest {

    private int mra;
    private long document;

    @BeforeAll
    void events() throws SQLException {
        try (Connection c = TestDatabase.appRole().getConnection()) {
            c.setAutoCommit(false);
            scope(c, "*", "*", "on");
            mra = intValue(c, "select region_id from region where code = 'MRA'");
            // a concept woonzorgvisie of Amsterdam, and one event for each kind of thing
            document = intValue(c, "insert into wzv_document (region_id, municipality_code, from_year, to_year, template_id, "
                    + "template_version_no, created_by, updated_by) select v.region_id, 'GM0363', 2026, 2030, v.template_id, "
                    + "v.version_no, 'test', 'test' from wzv_template_version v where v.region_id = " + mra
                    + " order by v.template_id, v.version_no limit 1 returning document_id");
            event(c, "demand_analysis", "GM0363/2026", "cell", "Amsterdam, 812 plekken");
            event(c, "demand_analysis", "GM0384/2026", "cell", "Diemen, 41 plekken");
            event(c, "demand_analysis", "REGIONAL/2026", "cell", "regionaal");
            event(c, "wzv_document", String.valueOf(document), "section", "Conceptekst van Amsterdam");
            event(c, "allocation_model", "1", "status", "ADOPTED");
            c.commit();
        }
    }

    @Test
    void aGemeenteScopeSeesItsOwnWorkInProgressAndTheRegionsThingsButNotItsNeighbours() throws SQLException {
        assertThat(visible(String.valueOf(mra), "GM0384", "on"))
                .isEqualTo("allocation_model:ADOPTED|demand_analysis:Diemen, 41 plekken");
        assertThat(visible(String.valueOf(mra), "GM0363", "on"))
                .isEqualTo("allocation_model:ADOPTED|demand_analysis:Amsterdam, 812 plekken|wzv_document:Conceptekst van Amsterdam");
    }

    @Test
    void aProvinceScopeWithoutDraftsSeesNoConceptTextAndNoDemandHistory() throws SQLException {
        assertThat(visible(String.valueOf(mra), "GM0363,GM0384", "off")).isEqualTo("allocation_model:ADOPTED");
    }

    @Test
    void theWholeRegionSeesEveryEventOfItsRegionAndNoOtherRegionSeesAny() throws SQLException {
        assertThat(visible(String.valueOf(mra), "*", "on")).isEqualTo("allocation_model:ADOPTED|demand_analysis:Amsterdam, 812 plekken"
                + "|demand_analysis:Diemen, 41 plekken|demand_analysis:regionaal|wzv_document:Conceptekst van Amsterdam");
        try (Connection c = TestDatabase.appRole().getConnection()) {
            c.setAutoCommit(false);
            scope(c, "*", "*", "on");
            int ens = intValue(c, "select region_id from region where code = 'ENS'");
            c.rollback();
            assertThat(visible(String.valueOf(ens), "*", "on")).isEmpty();
        }
    }

    /** The events of this test a scope sees, as "kind:value" in order. */
    private String visible(String regions, String municipalities, String drafts) throws SQLException {
        try (Connection c = TestDatabase.appRole().getConnection()) {
            c.setAutoCommit(false);
            scope(c, regions, municipalities, drafts);
            try (ResultSet rs = c.createStatement().executeQuery("select coalesce(string_agg(entity_type || ':' || new_value, '|' "
                    + "order by entity_type, new_value), '') from audit_event where actor = 'rls-test'")) {
                rs.next();
                String seen = rs.getString(1);
                c.rollback();
                return seen;
            }
        }
    }

    private void event(Connection c, String kind, String id, String field, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into audit_event (region_id, actor, action, entity_type, entity_id, "
                + "field, new_value) values (?, 'rls-test', 'CHANGED', ?, ?, ?, ?)")) {
            ps.setInt(1, mra);
            ps.setString(2, kind);
            ps.setString(3, id);
            ps.setString(4, field);
            ps.setString(5, value);
            ps.executeUpdate();
        }
    }

    private static void scope(Connection c, String regions, String municipalities, String drafts) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select set_config('thuisplan.regions', ?, true), "
                + "set_config('thuisplan.municipalities', ?, true), set_config('thuisplan.drafts', ?, true)")) {
            ps.setString(1, regions);
            ps.setString(2, municipalities);
            ps.setString(3, drafts);
            ps.execute();
        }
    }

    private static int intValue(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
