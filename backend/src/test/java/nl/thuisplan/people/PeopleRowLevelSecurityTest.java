package nl.thuisplan.people;

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
import nl.thuisplan.support.OwnerSql;
import nl.thuisplan.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The database wall around people: connected as the application role, a region's scope shows only
 * that region's people and organisations; credentials and refresh tokens need the whole scope; the
 * constraints tie a role to its kind of organisation and a scope to the organisation.
 */
@MicronautTest(transactional = false)
class PeopleRowLevelSecurityTest extends ApiTest {

    private static final List<String> TABLES = List.of("organisation", "organisation_region", "membership", "app_user",
            "credential", "refresh_token");

    @Test
    void everyPeopleTableHasForcedRowLevelSecurity() {
        for (String table : TABLES) {
            assertThat(OwnerSql.value("select relrowsecurity and relforcerowsecurity from pg_class where relname = '" + table
                    + "' and relnamespace = 'public'::regnamespace")).as(table).isEqualTo("t");
        }
    }

    @Test
    void withoutAScopeNoPersonIsVisible() throws SQLException {
        try (Connection c = TestDatabase.appRole().getConnection()) {
            for (String table : TABLES) {
                assertThat(count(c, "select count(*) from " + table)).as(table).isZero();
            }
        }
    }

    @Test
    void aRegionsScopeShowsOnlyThatRegionsPeopleAndOrganisations() throws SQLException {
        String ens = OwnerSql.value("select region_id from region where code = 'ENS'");
        try (Connection c = TestDatabase.appRole().getConnection()) {
            c.setAutoCommit(false);
            login(c, "regio.ens"); // a refresh token exists, so its invisibility below means something
            scope(c, ens, "*");
            assertThat(strings(c, "select username from app_user order by username"))
                    .containsExactly("gemeente.enschede", "regio.ens");
            assertThat(strings(c, "select role || ':' || coalesce(municipality_code, region_id::text) from membership order by 1"))
                    .containsExactly("MUNICIPALITY_OFFICER:GM0153", "REGION_PROGRAMME_MANAGER:" + ens);
            List<String> gemeenten = OwnerSql.column("select 'Gemeente ' || m.name from region_membership rm join municipality m "
                    + "on m.code = rm.municipality_code where rm.region_id = " + ens + " and rm.valid_to is null order by 1");
            assertThat(gemeenten).hasSize(8);
            List<String> expected = new ArrayList<>(gemeenten);
            expected.add("Regio Enschede");
            assertThat(strings(c, "select name from organisation")).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(count(c, "select count(*) from organisation_region")).isZero();
            assertThat(count(c, "select count(*) from credential")).isZero();
            assertThat(count(c, "select count(*) from refresh_token")).isZero();
            c.rollback();
        }
    }

    @Test
    void aPartnerIsVisibleInTheRegionsItWorksInOnly() throws SQLException {
        String mra = OwnerSql.value("select region_id from region where code = 'MRA'");
        String ens = OwnerSql.value("select region_id from region where code = 'ENS'");
        try (Connection c = TestDatabase.appRole().getConnection()) {
            c.setAutoCommit(false);
            scope(c, mra, "*");
            assertThat(strings(c, "select name from organisation where kind = 'WONINGCORPORATIE'"))
                    .containsExactly("Woningcorporatie Demo (MRA)");
            assertThat(strings(c, "select username from app_user where username like 'corporatie.%'")).containsExactly("corporatie.mra");
            c.rollback();
            scope(c, ens, "*");
            assertThat(count(c, "select count(*) from organisation where kind = 'WONINGCORPORATIE'")).isZero();
            assertThat(count(c, "select count(*) from app_user where username like 'corporatie.%'")).isZero();
            c.rollback();
        }
    }

    @Test
    void aMunicipalityScopeHidesTheNeighboursPeople() throws SQLException {
        String mra = OwnerSql.value("select region_id from region where code = 'MRA'");
        try (Connection c = TestDatabase.appRole().getConnection()) {
            c.setAutoCommit(false);
            scope(c, mra, "GM0363");
            List<String> visible = strings(c, "select username from app_user order by username");
            assertThat(visible).contains("gemeente.amsterdam").doesNotContain("gemeente.diemen", "beheerder");
            assertThat(strings(c, "select municipality_code from organisation where kind = 'GEMEENTE'")).containsExactly("GM0363");
            c.rollback();
        }
    }

    @Test
    void theWholeScopeSeesCredentialsAndProvinceAndPlatformMemberships() throws SQLException {
        try (Connection c = TestDatabase.appRole().getConnection()) {
            c.setAutoCommit(false);
            scope(c, "*", "*");
            assertThat(count(c, "select count(*) from credential")).isEqualTo(count(c, "select count(*) from app_user"));
            assertThat(count(c, "select count(*) from membership where role in ('PROVINCE_ANALYST', 'PLATFORM_ADMIN')")).isEqualTo(8);
            c.rollback();
        }
    }

    @Test
    void aRoleFitsOnlyItsKindOfOrganisationAndItsScope() {
        String person = "(select user_id from app_user where username = 'gemeente.diemen')";
        String gemeente = "(select organisation_id from organisation where municipality_code = 'GM0384')";
        String regio = "(select organisation_id from organisation where kind = 'REGIO' and region_id = (select region_id from region where code = 'MRA'))";
        String corporatie = "(select organisation_id from organisation where kvk_number = '00000001')";
        // a programme manager's role in a gemeente
        assertRefused("insert into membership (user_id, organisation_id, organisation_kind, role, region_id, valid_from) values ("
                + person + ", " + gemeente + ", 'GEMEENTE', 'REGION_PROGRAMME_MANAGER', 1, date '2026-01-01')", "check");
        // a gemeente membership with another gemeente's municipality
        assertRefused("insert into membership (user_id, organisation_id, organisation_kind, role, municipality_code, valid_from) values ("
                + "(select user_id from app_user where username = 'gemeente.amsterdam'), " + gemeente + ", 'GEMEENTE', 'MUNICIPALITY_OFFICER', 'GM0363', date '2026-01-01')", "foreign key");
        // a regio membership for another region
        assertRefused("insert into membership (user_id, organisation_id, organisation_kind, role, region_id, valid_from) values ("
                + person + ", " + regio + ", 'REGIO', 'REGION_PROGRAMME_MANAGER', (select region_id from region where code = 'ENS'), "
                + "date '2026-01-01')", "not the region");
        // a partner membership in a region the partner does not work in
        assertRefused("insert into membership (user_id, organisation_id, organisation_kind, role, region_id, valid_from) values ("
                + person + ", " + corporatie + ", 'WONINGCORPORATIE', 'CORPORATIE_MEDEWERKER', "
                + "(select region_id from region where code = 'ENS'), date '2026-01-01')", "does not work in");
        // the same gemeente twice over an overlapping period
        assertRefused("insert into membership (user_id, organisation_id, organisation_kind, role, municipality_code, valid_from) values ("
                + person + ", " + gemeente + ", 'GEMEENTE', 'MUNICIPALITY_OFFICER', 'GM0384', date '2026-01-01')", "exclu");
        // only a programme manager manages people
        assertRefused("update membership set manages_people = true where user_id = " + person, "check");
        // a gemeente organisation with a KvK number
        assertRefused("update organisation set kvk_number = '12345678' where municipality_code = 'GM0384'", "check");
    }

    private static void assertRefused(String sql, String message) {
        assertThatThrownBy(() -> OwnerSql.exec(sql)).as(sql).hasStackTraceContaining(message);
    }

    private static void login(Connection c, String username) {
        // a refresh token row as a login leaves it, written with the whole scope
        OwnerSql.exec("insert into refresh_token (token_hash, user_id, expires_at) select 'rls-test-' || user_id, user_id, "
                + "now() + interval '1 hour' from app_user where username = '" + username + "' on conflict do nothing");
    }

    private static void scope(Connection c, String regions, String municipalities) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("select set_config('thuisplan.regions', '" + regions + "', true), "
                    + "set_config('thuisplan.municipalities', '" + municipalities + "', true)");
        }
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
