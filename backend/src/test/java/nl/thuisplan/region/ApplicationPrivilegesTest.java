package nl.thuisplan.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import nl.thuisplan.support.ApiTest;
import nl.thuisplan.support.TestDatabase;
import org.junit.jupiter.api.Test;
import java.util.List;

/**
 * Finding 11 of the outside test: the application role holds only the privileges the code uses. Each
 * statement below runs as that role with the whole scope, so row-level security would let it through:
 * only the missing privilege refuses it.
 */
@MicronautTest(transactional = false)
class ApplicationPrivilegesTest extends ApiTest {

    private static final List<String> NEVER_RUN = List.of(
            "update membership set role = 'PLATFORM_ADMIN'",
            "update membership set organisation_id = (select organisation_id from organisation where kind = 'PLATFORM')",
            "update membership set region_id = null, municipality_code = null",
            "delete from membership",
            "update organisation set kind = 'PLATFORM'",
            "delete from app_user",
            "update app_user set demo = false",
            "delete from municipality",
            "update municipality set name = 'x'",
            "insert into province (code, name) values ('PV99', 'Nergensland')",
            "delete from province",
            "delete from municipal_indicator",
            "delete from region",
            "update region set name = 'x'",
            "delete from subregion",
            "delete from region_membership",
            "update audit_event set actor = 'x'",
            "delete from audit_event");

    @Test
    void theApplicationRoleMayNotRunStatementsTheCodeNeverRuns() throws SQLException {
        try (Connection c = TestDatabase.appRole().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (String statement : NEVER_RUN) {
                s.execute("select set_config('thuisplan.regions', '*', true), set_config('thuisplan.municipalities', '*', true)");
                assertThatThrownBy(() -> s.execute(statement)).as(statement).hasMessageContaining("permission denied");
                c.rollback();
            }
        }
    }

    @Test
    void whatTheCodeDoesIsStillAllowed() throws SQLException {
        try (Connection c = TestDatabase.appRole().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("select set_config('thuisplan.regions', '*', true), set_config('thuisplan.municipalities', '*', true)");
            assertThat(s.executeUpdate("update app_user set last_login_at = now(), display_name = display_name, "
                    + "email = email, active = active, deactivated_at = deactivated_at where false")).isZero();
            assertThat(s.executeUpdate("update membership set valid_to = valid_to, manages_people = manages_people, "
                    + "last_used_at = last_used_at, version = version where false")).isZero();
            assertThat(s.executeUpdate("update organisation set name = name, kvk_number = kvk_number, version = version where false")).isZero();
            assertThat(s.executeUpdate("update region_membership set valid_to = valid_to, confirmed = confirmed where false")).isZero();
            c.rollback();
        }
    }
}
