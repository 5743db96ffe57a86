package nl.thuisplan.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.thuisplan.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migrations apart from the application: {@code java -jar thuisplan.jar migrate} migrates as the
 * owner and exits; an instance without the owner's secret neither migrates nor gets an owner
 * datasource, and refuses a schema older than its jar; the policy functions work with the empty
 * search_path pg_dump uses (V23).
 */
class MigrationsTest {

    private static final String JWT = "a-jwt-secret-of-at-least-thirty-two-characters";

    @Test
    void theMigrateCommandBringsAnOlderSchemaUpAndOnlyThenAnInstanceWithTheApplicationRoleStarts() {
        TestDatabase.Connect db = TestDatabase.emptyDatabase();
        Map<String, String> appOnly = Map.of("THUISPLAN_DB_URL", db.url(), "THUISPLAN_JWT_SECRET", JWT,
                "THUISPLAN_DB_USER", db.appUser(), "THUISPLAN_DB_PASSWORD", db.appPassword());

        assertThatThrownBy(() -> StartupConfiguration.fromEnvironment(appOnly))
                .isInstanceOf(Migrations.SchemaTooOld.class)
                .hasMessageContaining("Het databaseschema is versie geen (leeg)")
                .hasMessageContaining("voer eerst `java -jar thuisplan.jar migrate` uit");

        Flyway.configure().dataSource(db.owner()).locations("classpath:db/migration").target("22")
                .placeholders(Map.of("approle", db.appUser())).load().migrate();
        Migrations.SchemaTooOld refused = (Migrations.SchemaTooOld) org.assertj.core.api.Assertions.catchThrowable(
                () -> StartupConfiguration.fromEnvironment(appOnly));
        assertThat(refused).isNotNull();
        String expected = refused.version().expected();
        assertThat(Integer.parseInt(expected)).isGreaterThanOrEqualTo(23);
        // V22 had not yet granted the application role the history: the refusal says "older than 23"
        assertThat(refused).hasMessageContaining("Het databaseschema is versie < 23, deze versie van Thuisplan verwacht " + expected);

        Map<String, String> job = new HashMap<>(Map.of("THUISPLAN_DB_URL", db.url(), "THUISPLAN_DB_OWNER_USER", db.ownerUser(),
                "THUISPLAN_DB_OWNER_PASSWORD", db.ownerPassword(), "THUISPLAN_DB_USER", db.appUser()));
        Run first = migrate(job);
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("Databaseschema bijgewerkt van versie 22 naar " + expected);
        Run again = migrate(job);
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("Databaseschema is al actueel: versie " + expected);

        Map<String, Object> started = StartupConfiguration.fromEnvironment(appOnly).properties();
        assertThat(started).containsEntry("datasources.default.username", db.appUser())
                .containsEntry("datasources.default.url", db.url());
        assertThat(started.keySet()).noneMatch(key -> key.startsWith("datasources.owner") || key.startsWith("flyway"));
        assertThat(started.values()).doesNotContain(db.ownerPassword());

        Map<String, String> shortcut = new HashMap<>(appOnly);
        shortcut.put("THUISPLAN_DB_OWNER_PASSWORD", db.ownerPassword());
        assertThat(StartupConfiguration.fromEnvironment(shortcut).properties())
                .containsEntry("datasources.owner.password", db.ownerPassword())
                .containsEntry("flyway.datasources.owner.enabled", true)
                .containsEntry("flyway.datasources.owner.placeholders.approle", db.appUser());
    }

    @Test
    void aSchemaNewerThanTheJarIsAcceptedForARollingUpdate() throws SQLException {
        TestDatabase.Connect db = TestDatabase.emptyDatabase();
        assertThat(migrate(Map.of("THUISPLAN_DB_URL", db.url(), "THUISPLAN_DB_OWNER_PASSWORD", db.ownerPassword(),
                "THUISPLAN_DB_USER", db.appUser())).code()).isZero();
        String expected = Migrations.check(db.url(), db.appUser(), db.appPassword()).expected();
        // what the next version's migration job would leave behind
        execute(db.owner(), "insert into flyway_schema_history (installed_rank, version, description, type, script, "
                + "checksum, installed_by, execution_time, success) select max(installed_rank) + 1, '9999', 'from the future', "
                + "'SQL', 'V9999__from_the_future.sql', 0, current_user, 1, true from flyway_schema_history");

        Migrations.SchemaVersion version = Migrations.check(db.url(), db.appUser(), db.appPassword());

        assertThat(version.applied()).isEqualTo("9999");
        assertThat(version.expected()).isEqualTo(expected);
    }

    @Test
    void theMigrateCommandFailsWithOneLineAndAnExitCode() {
        TestDatabase.Connect db = TestDatabase.emptyDatabase();
        Run noSuchRole = migrate(Map.of("THUISPLAN_DB_URL", db.url(), "THUISPLAN_DB_OWNER_USER", "no_such_owner",
                "THUISPLAN_DB_OWNER_PASSWORD", db.ownerPassword()));
        assertThat(noSuchRole.code()).isEqualTo(1);
        assertThat(noSuchRole.err()).startsWith("Migratie mislukt: ").contains("no_such_owner");
        assertThat(noSuchRole.err().strip()).doesNotContain("\n");

        Run incomplete = migrate(Map.of("THUISPLAN_DB_URL", db.url()));
        assertThat(incomplete.code()).isEqualTo(2);
        assertThat(incomplete.err()).contains("THUISPLAN_DB_OWNER_PASSWORD");
    }

    @Test
    void everyPolicyWorksWithTheEmptySearchPathOfPgDump() throws SQLException {
        TestDatabase.forTestClass(MigrationsTest.class);
        DataSource owner = TestDatabase.ownerRole();
        List<String> tables = rows(owner, "select c.relname from pg_class c where c.relnamespace = 'public'::regnamespace "
                + "and c.relkind = 'r' and c.relrowsecurity order by 1");
        assertThat(tables).contains("allocation_model", "audit_event", "notification", "membership");
        List<String> problems = new ArrayList<>();
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            s.execute("select set_config('thuisplan.regions', '*', false), set_config('thuisplan.municipalities', '*', false), "
                    + "set_config('thuisplan.drafts', 'on', false), set_config('thuisplan.person', '*', false)");
            s.execute("set search_path = ''");
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("select count(*) from public." + table)) {
                    rs.next();
                } catch (SQLException e) {
                    problems.add(table + ": " + e.getMessage());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private record Run(int code, String out, String err) {
    }

    private static Run migrate(Map<String, String> env) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = MigrateCommand.run(env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void execute(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> rows(DataSource ds, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
