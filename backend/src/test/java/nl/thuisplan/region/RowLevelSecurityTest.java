package nl.thuisplan.region;

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

/**
 * The database wall on its own: connected as the application role, with no help from the
 * application's checks, a scope shows only its own rows and a missing scope shows nothing.
 */
@MicronautTest(transactional = false)
class RowLevelSecurityTest extends ApiTest {

    @Test
    void withoutAScopeNothingIsVisible() throws SQLException {
        try (Connection c = TestDatabase.appRole().getConnection()) {
            assertThat(count(c, "select count(*) from region")).isZero();
            assertThat(count(c, "select count(*) from subregion")).isZero();
            assertThat(count(c, "select count(*) from region_membership")).isZero();
        }
    }

    @Test
    void anotherRegionsScopeHidesThisRegionsRows() throws SQLException {
        try (Connection c = TestDatabase.appRole().getConnection()) {
            c.setAutoCommit(false);
            int ens = regionId("ENS");
            int mra = regionId("MRA");
            scope(c, String.valueOf(ens), "*");
            assertThat(count(c, "select count(*) from region_membership where region_id = " + mra)).isZero();
            assertThat(count(c, "select count(*) from region_membership where municipality_code = 'GM0363'")).isZero();
            assertThat(count(c, "select count(*) from region_membership")).isEqualTo(8);
            assertThat(count(c, "select count(*) from region")).isEqualTo(1);
            c.rollback();
        }
    }

    @Test
    void aMunicipalityScopeHidesTheNeighbours() throws SQLException {
        try (Connection c = TestDatabase.appRole().getConnection()) {
            c.setAutoCommit(false);
            scope(c, String.valueOf(regionId("MRA")), "GM0363");
            assertThat(count(c, "select count(*) from region_membership")).isEqualTo(1);
            c.rollback();
        }
    }

    @Test
    void theScopeEndsWithTheTransaction() throws SQLException {
        try (Connection c = TestDatabase.appRole().getConnection()) {
            c.setAutoCommit(false);
            scope(c, "*", "*");
            assertThat(count(c, "select count(*) from region")).isEqualTo(6);
            c.commit();
            assertThat(count(c, "select count(*) from region")).isZero();
            c.rollback();
        }
    }

    @Test
    void rowsCannotBeWrittenIntoAnotherRegion() throws SQLException {
        try (Connection c = TestDatabase.appRole().getConnection()) {
            c.setAutoCommit(false);
            scope(c, String.valueOf(regionId("ENS")), "*");
            assertThatThrownBy(() -> exec(c, "insert into region_membership (region_id, municipality_code, valid_from) values ("
                    + regionId("MRA") + ", 'GM0153', date '2030-01-01')"))
                    .hasMessageContaining("row-level security");
            c.rollback();
            scope(c, String.valueOf(regionId("ENS")), "*");
            assertThat(c.createStatement().executeUpdate("update region_membership set note = 'overgenomen' where region_id = "
                    + regionId("MRA"))).isZero();
            c.rollback();
        }
    }

    @Test
    void theApplicationRoleCannotSwitchTheWallOff() throws SQLException {
        try (Connection c = TestDatabase.appRole().getConnection()) {
            assertThatThrownBy(() -> exec(c, "alter table region_membership disable row level security"))
                    .hasMessageContaining("must be owner");
            assertThatThrownBy(() -> exec(c, "set role thuisplan_owner")).isInstanceOf(SQLException.class);
            assertThat(count(c, "select count(*) from pg_roles where rolname = current_user and (rolsuper or rolbypassrls)"))
                    .isZero();
        }
    }

    /** Every table that carries region_id has forced RLS and region_id in its primary key. */
    @Test
    void everyRegionOwnedTableIsGuarded() throws SQLException {
        List<String> unguarded = new ArrayList<>();
        try (Connection c = TestDatabase.ownerRole().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     select t.relname, t.relrowsecurity, t.relforcerowsecurity,
                            exists (select 1 from pg_index i join pg_attribute a on a.attrelid = i.indrelid
                                    and a.attnum = any (i.indkey) where i.indrelid = t.oid and i.indisprimary
                                    and a.attname = 'region_id') as in_pk
                     from pg_class t join pg_namespace n on n.oid = t.relnamespace
                     where n.nspname = 'public' and t.relkind = 'r'
                       and exists (select 1 from pg_attribute a where a.attrelid = t.oid and a.attname = 'region_id')
                       -- a membership's or a regio organisation's region is the platform's record of a person or
                       -- body, not region-owned data (their forced policies: people.PeopleRowLevelSecurityTest)
                       and t.relname not in ('membership', 'organisation')""")) {
            int tables = 0;
            while (rs.next()) {
                tables++;
                if (!rs.getBoolean(2) || !rs.getBoolean(3) || !rs.getBoolean(4)) {
                    unguarded.add(rs.getString(1));
                }
            }
            assertThat(tables).isGreaterThanOrEqualTo(3);
        }
        assertThat(unguarded).isEmpty();
    }

    private static void scope(Connection c, String regions, String municipalities) throws SQLException {
        exec(c, "select set_config('thuisplan.regions', '" + regions + "', true), "
                + "set_config('thuisplan.municipalities', '" + municipalities + "', true)");
    }

    private static int regionId(String code) throws SQLException {
        try (Connection c = TestDatabase.appRole().getConnection()) {
            c.setAutoCommit(false);
            scope(c, "*", "*");
            return count(c, "select region_id from region where code = '" + code + "'");
        }
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
}
