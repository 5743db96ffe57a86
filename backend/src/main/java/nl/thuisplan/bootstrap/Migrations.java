package nl.thuisplan.bootstrap;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The one description of Thuisplan's Flyway migrations, used three ways: by the application when
 * it may migrate itself (embedded mode, or the owner's secret given), by
 * {@code java -jar thuisplan.jar migrate}, and by an application instance that holds only the
 * application role and checks that the schema is not older than the jar expects.
 */
public final class Migrations {

    static final String LOCATION = "classpath:db/migration";
    /** The applied version when the application role may not read the history yet (V23 grants it). */
    static final String BEFORE_HISTORY_GRANT = "< 23";

    private Migrations() {
    }

    /** Micronaut properties that let micronaut-flyway migrate through the {@code owner} datasource at start. */
    static Map<String, Object> migrateAtStart(String appRole) {
        Map<String, Object> p = new HashMap<>();
        p.put("flyway.datasources.owner.enabled", true);
        p.put("flyway.datasources.owner.locations", LOCATION);
        p.put("flyway.datasources.owner.placeholders.approle", appRole);
        return p;
    }

    /** Migrates as the owner of the tables; {@code appRole} is the role the migrations grant rows to. */
    public static MigrateResult migrate(String url, String ownerUser, String ownerPassword, String appRole) {
        return Flyway.configure()
                .dataSource(url, ownerUser, ownerPassword)
                .locations(LOCATION)
                .placeholders(Map.of("approle", appRole))
                .load()
                .migrate();
    }

    /**
     * Compares the schema's newest applied migration with the newest migration in this jar, as the
     * application role (it reads only {@code flyway_schema_history}). A newer schema is fine: during
     * a rolling update the old instances run on the schema the new version's migration job left.
     *
     * @throws SchemaTooOld when a migration of this jar has not been applied yet
     */
    public static SchemaVersion check(String url, String appUser, String appPassword) {
        MigrationInfoService info;
        try {
            info = reader(url, appUser, appPassword).load().info();
        } catch (FlywayException e) {
            if (insufficientPrivilege(e)) {
                // Only a schema from before V23 keeps its history from the application role. Flyway lists
                // the jar's migrations only beside a history: a table that does not exist gives them all.
                MigrationInfo[] jar = reader(url, appUser, appPassword).table("thuisplan_no_history").load().info().all();
                throw new SchemaTooOld(new SchemaVersion(BEFORE_HISTORY_GRANT, newest(jar)));
            }
            throw e;
        }
        String newest = newest(info.all());
        MigrationVersion expected = newest == null ? MigrationVersion.EMPTY : MigrationVersion.fromVersion(newest);
        MigrationInfo current = info.current();
        MigrationVersion applied = current == null ? MigrationVersion.EMPTY : current.getVersion();
        SchemaVersion version = new SchemaVersion(current == null ? null : applied.getVersion(), newest);
        if (applied.compareTo(expected) < 0) {
            throw new SchemaTooOld(version);
        }
        return version;
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration reader(String url, String user, String password) {
        return Flyway.configure().dataSource(url, user, password).locations(LOCATION).placeholders(Map.of("approle", user));
    }

    /** The newest migration this jar holds. */
    private static String newest(MigrationInfo[] all) {
        return Arrays.stream(all)
                .filter(m -> m.isVersioned() && m.getState().isResolved())
                .map(MigrationInfo::getVersion)
                .max(MigrationVersion::compareTo)
                .map(MigrationVersion::getVersion)
                .orElse(null);
    }

    private static boolean insufficientPrivilege(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "42501".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Flyway's message on one line: operators read it in a job's log or a terminal. */
    static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.chars().allMatch(c -> c == '-'))
                .collect(Collectors.joining(" "));
    }

    /** The newest applied migration and the newest this jar holds; {@code null} applied means an empty database. */
    public record SchemaVersion(String applied, String expected) {
    }

    /** The application must not run on a schema its migrations have not reached yet. */
    public static final class SchemaTooOld extends IllegalStateException {

        private final transient SchemaVersion version;

        SchemaTooOld(SchemaVersion version) {
            super(("Het databaseschema is versie %s, deze versie van Thuisplan verwacht %s: voer eerst "
                    + "`java -jar thuisplan.jar migrate` uit (met de eigenaarsrol, zie docs/operations.md). "
                    + "The database schema is at version %s, this version expects %s: run the migration first.")
                    .formatted(label(version.applied(), "geen (leeg)"), version.expected(),
                            label(version.applied(), "none (empty)"), version.expected()));
            this.version = version;
        }

        public SchemaVersion version() {
            return version;
        }

        private static String label(String applied, String empty) {
            return applied == null ? empty : applied;
        }
    }
}
