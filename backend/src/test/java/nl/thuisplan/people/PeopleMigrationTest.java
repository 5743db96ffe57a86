package nl.thuisplan.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import nl.thuisplan.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V11 on an installation that already has users: each becomes a person with one membership of the
 * organisation of its old scope from the day of the migration, keeps its password and lock-out, and
 * its live refresh tokens keep working for that membership; the old demo accounts are marked demo.
 */
class PeopleMigrationTest {

    @Test
    void existingUsersBecomePersonsWithOneMembershipEach() throws SQLException {
        DataSource owner = TestDatabase.emptyDatabaseAsOwner();
        flyway(owner, "10").migrate();
        exec(owner, """
                insert into app_user (username, display_name, password_hash, role, region_id, municipality_code, province_code,
                                      active, failed_logins, locked_until) values
                  ('beheerder', 'Beheer', '$argon2id$a', 'PLATFORM_ADMIN', null, null, null, true, 0, null),
                  ('jan.regio', 'Jan', '$argon2id$b', 'REGION_PROGRAMME_MANAGER', (select region_id from region where code = 'ENS'),
                   null, null, true, 2, null),
                  ('piet.gemeente', 'Piet', '$argon2id$c', 'MUNICIPALITY_OFFICER', null, 'GM0153', null, false, 0, now()),
                  ('kees.provincie', 'Kees', '$argon2id$d', 'PROVINCE_ANALYST', null, null, 'PV23', true, 0, null)""",
                "insert into refresh_token (token_hash, user_id, expires_at) select 'old', user_id, now() + interval '1 hour' "
                        + "from app_user where username = 'piet.gemeente'");

        flyway(owner, "11").migrate();

        assertThat(rows(owner, """
                select u.username || ' ' || m.role || ' ' || o.kind || ' ' || o.name || ' ' || (m.valid_from = current_date)
                from membership m join app_user u using (user_id) join organisation o using (organisation_id) order by u.username"""))
                .containsExactly(
                        "beheerder PLATFORM_ADMIN PLATFORM Thuisplan platformbeheer true",
                        "jan.regio REGION_PROGRAMME_MANAGER REGIO Regio Enschede true",
                        "kees.provincie PROVINCE_ANALYST PROVINCIE Provincie Overijssel true",
                        "piet.gemeente MUNICIPALITY_OFFICER GEMEENTE Gemeente Enschede true");
        assertThat(rows(owner, "select u.username || ' ' || c.password_hash || ' ' || c.failed_logins || ' ' || (c.locked_until is not null) "
                + "from credential c join app_user u using (user_id) order by u.username")).containsExactly(
                "beheerder $argon2id$a 0 false", "jan.regio $argon2id$b 2 false", "kees.provincie $argon2id$d 0 false",
                "piet.gemeente $argon2id$c 0 true");
        assertThat(rows(owner, "select username || ' ' || demo || ' ' || coalesce(email, '-') || ' ' || (deactivated_at is not null) "
                + "from app_user order by username")).containsExactly(
                "beheerder true beheerder@demo.thuisplan.invalid false", "jan.regio false - false", "kees.provincie false - false",
                "piet.gemeente false - true");
        assertThat(rows(owner, "select m.municipality_code from refresh_token t join membership m using (membership_id)"))
                .containsExactly("GM0153");
        // one organisation per region, municipality and province, and the platform's own
        assertThat(rows(owner, "select (select count(*) from organisation) = (select count(*) from region) "
                + "+ (select count(*) from municipality) + (select count(*) from province) + 1")).containsExactly("t");
        assertThat(rows(owner, "select count(*) from information_schema.columns where table_name = 'app_user' "
                + "and column_name in ('role', 'region_id', 'municipality_code', 'province_code', 'password_hash')"))
                .containsExactly("0");
    }

    private static Flyway flyway(DataSource owner, String target) {
        return Flyway.configure().dataSource(owner).locations("classpath:db/migration").target(target)
                .placeholders(java.util.Map.of("approle", "thuisplan_app")).load();
    }

    private static void exec(DataSource ds, String... statements) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("select set_config('thuisplan.regions', '*', true), set_config('thuisplan.municipalities', '*', true)");
            for (String sql : statements) {
                s.execute(sql);
            }
            c.commit();
        }
    }

    private static List<String> rows(DataSource ds, String query) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("select set_config('thuisplan.regions', '*', true), set_config('thuisplan.municipalities', '*', true)");
            List<String> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery(query)) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            c.commit();
            return out;
        }
    }
}
