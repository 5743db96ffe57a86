package nl.thuisplan.bootstrap;

import java.io.PrintStream;
import java.util.Map;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * {@code java -jar thuisplan.jar migrate}: the one-off migration job. It alone needs the owner's
 * secret; it runs Flyway as the owner of the tables and exits, without an application context or
 * an HTTP server, so the application instances can run with the application role only.
 *
 * <p>Environment: {@code THUISPLAN_DB_URL}, {@code THUISPLAN_DB_OWNER_USER} (default
 * {@code thuisplan_owner}), {@code THUISPLAN_DB_OWNER_PASSWORD}, and {@code THUISPLAN_DB_USER}
 * (default {@code thuisplan_app}), the role the migrations grant the rows to. Exit code 0 when the
 * schema is current, 1 when the migration failed, 2 when the environment is incomplete.
 */
public final class MigrateCommand {

    private MigrateCommand() {
    }

    /** True for the arguments this mode answers to. */
    public static boolean wants(String[] args) {
        return args.length > 0 && "migrate".equals(args[0]);
    }

    public static int run(Map<String, String> env, PrintStream out, PrintStream err) {
        String url = env.get("THUISPLAN_DB_URL");
        String ownerPassword = env.get(StartupConfiguration.OWNER_PASSWORD);
        if (url == null || url.isBlank() || ownerPassword == null || ownerPassword.isBlank()) {
            err.println("Migratie niet gestart: THUISPLAN_DB_URL en THUISPLAN_DB_OWNER_PASSWORD moeten gezet zijn "
                    + "(de ingebouwde database migreert zichzelf bij de start).");
            return 2;
        }
        String ownerUser = env.getOrDefault("THUISPLAN_DB_OWNER_USER", DatabaseRoles.OWNER);
        String appRole = env.getOrDefault("THUISPLAN_DB_USER", DatabaseRoles.APP);
        try {
            MigrateResult result = Migrations.migrate(url, ownerUser, ownerPassword, appRole);
            String now = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
            if (result.migrationsExecuted == 0) {
                out.println("Databaseschema is al actueel: versie " + now + ".");
            } else {
                out.println("Databaseschema bijgewerkt van versie " + (result.initialSchemaVersion == null ? "(leeg)" : result.initialSchemaVersion)
                        + " naar " + now + " (" + result.migrationsExecuted + " migraties).");
            }
            return 0;
        } catch (RuntimeException e) {
            err.println("Migratie mislukt: " + Migrations.oneLine(e));
            return 1;
        }
    }
}
