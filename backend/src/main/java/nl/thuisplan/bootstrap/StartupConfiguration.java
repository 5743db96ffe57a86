package nl.thuisplan.bootstrap;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import nl.thuisplan.auth.sso.SsoSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The properties that decide which database the application uses and with which secrets.
 *
 * <p>With {@code THUISPLAN_DB_URL} set, the application uses that server with the roles and
 * secrets from the environment and no demo data. It migrates the schema itself only when it is
 * given the owner's secret ({@code THUISPLAN_DB_OWNER_PASSWORD}); otherwise it holds the
 * application role alone and refuses a schema older than its migrations
 * ({@link Migrations#check}), which {@code java -jar thuisplan.jar migrate} brings up to date.
 * Without {@code THUISPLAN_DB_URL}, it starts an embedded PostgreSQL under the data directory,
 * generates its secrets once, migrates, and loads the demo users.
 */
public record StartupConfiguration(Map<String, Object> properties) {

    private static final Logger LOG = LoggerFactory.getLogger(StartupConfiguration.class);
    static final String OWNER_PASSWORD = "THUISPLAN_DB_OWNER_PASSWORD";
    /** The key that encrypts second-factor secrets at rest (nl.thuisplan.auth.totp.SecretBox). */
    static final String SECOND_FACTOR_KEY = "thuisplan.second-factor-key";

    public static StartupConfiguration fromEnvironment(Map<String, String> env) {
        String url = env.get("THUISPLAN_DB_URL");
        if (url != null && !url.isBlank()) {
            return external(env, url);
        }
        return embedded(env);
    }

    private static StartupConfiguration external(Map<String, String> env, String url) {
        String jwtSecret = required(env, "THUISPLAN_JWT_SECRET");
        if (jwtSecret.length() < 32) {
            throw new IllegalStateException("THUISPLAN_JWT_SECRET must be at least 32 characters");
        }
        String appUser = env.getOrDefault("THUISPLAN_DB_USER", DatabaseRoles.APP);
        String appPassword = required(env, "THUISPLAN_DB_PASSWORD");
        String ownerPassword = env.get(OWNER_PASSWORD);
        Map<String, Object> p;
        if (ownerPassword != null && !ownerPassword.isBlank()) {
            // The single-instance shortcut (and installations from before the migration job): with the
            // owner's secret this instance migrates at start, as it always did.
            LOG.info("{} is set: this instance migrates the database itself at start", OWNER_PASSWORD);
            p = forDatabase(url, env.getOrDefault("THUISPLAN_DB_OWNER_USER", DatabaseRoles.OWNER), ownerPassword,
                    appUser, appPassword, jwtSecret);
        } else {
            // The application role only: no owner datasource, no Flyway. The migration job
            // (java -jar thuisplan.jar migrate) must have brought the schema this far.
            Migrations.SchemaVersion version = Migrations.check(url, appUser, appPassword);
            LOG.info("Database schema at version {} (this version expects {}); migrations are left to `migrate`",
                    version.applied(), version.expected());
            p = forApplicationRole(url, appUser, appPassword, jwtSecret);
        }
        // optional: without it the key is derived from the JWT secret (see SecretBox), so installations from
        // before the second factor start unchanged
        String secondFactorKey = env.get("THUISPLAN_SECOND_FACTOR_KEY");
        if (secondFactorKey != null && !secondFactorKey.isBlank()) {
            if (secondFactorKey.length() < 32) {
                throw new IllegalStateException("THUISPLAN_SECOND_FACTOR_KEY must be at least 32 characters");
            }
            p.put(SECOND_FACTOR_KEY, secondFactorKey);
        }
        p.put("thuisplan.database.mode", "external");
        p.put("thuisplan.demo.enabled", Boolean.parseBoolean(env.getOrDefault("THUISPLAN_DEMO", "false")));
        // the organisations' identity providers, if the operator configured any (docs/api/sso.md)
        p.putAll(SsoSettings.fromEnvironment(env));
        return new StartupConfiguration(p);
    }

    private static StartupConfiguration embedded(Map<String, String> env) {
        DataDirectory dir = DataDirectory.fromEnvironment(env);
        LocalSecrets secrets = new LocalSecrets(dir);
        long start = System.nanoTime();
        EmbeddedDatabase db = EmbeddedDatabase.start(dir.resolve("postgres-17"), false);
        Duration grace = Duration.ofSeconds(Long.parseLong(env.getOrDefault("THUISPLAN_SHUTDOWN_GRACE_SECONDS", "30")));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // the requests in flight first (graceful shutdown), then the database they write to
            EmbeddedDatabaseRelease.awaitRelease(grace.plusSeconds(10));
            try {
                db.close();
            } catch (IOException e) {
                LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
            }
        }, "embedded-postgres-stop"));
        String ownerPassword = secrets.getOrCreate("db.owner.password");
        String appPassword = secrets.getOrCreate("db.app.password");
        DatabaseRoles.ensure(db.superuserDataSource(), ownerPassword, appPassword);
        LOG.info("Embedded PostgreSQL 17 ready in {} ms, data in {}",
                (System.nanoTime() - start) / 1_000_000, dir.path());
        Map<String, Object> p = forDatabase(db.jdbcUrl(DatabaseRoles.DATABASE),
                DatabaseRoles.OWNER, ownerPassword, DatabaseRoles.APP, appPassword,
                env.getOrDefault("THUISPLAN_JWT_SECRET", secrets.getOrCreate("jwt.secret")));
        p.put(SECOND_FACTOR_KEY, env.getOrDefault("THUISPLAN_SECOND_FACTOR_KEY", secrets.getOrCreate("second-factor.key")));
        p.put("thuisplan.database.mode", "embedded");
        p.put("thuisplan.demo.enabled", Boolean.parseBoolean(env.getOrDefault("THUISPLAN_DEMO", "true")));
        // SSO is never required here, but may be tried against a provider (frontend/e2e/sso.test.mjs)
        p.putAll(SsoSettings.fromEnvironment(env));
        return new StartupConfiguration(p);
    }

    /**
     * The datasource and secret properties for a database whose roles already exist, with the
     * owner's datasource so that the application migrates the schema at start.
     */
    public static Map<String, Object> forDatabase(String url, String ownerUser, String ownerPassword,
                                                  String appUser, String appPassword, String jwtSecret) {
        Map<String, Object> p = forApplicationRole(url, appUser, appPassword, jwtSecret);
        p.put("datasources.owner.url", url);
        p.put("datasources.owner.username", ownerUser);
        p.put("datasources.owner.password", ownerPassword);
        // a small pool that Flyway uses at start and that keeps no idle connection afterwards; Hikari's
        // own 30 s connection timeout, since a migration at start has no request waiting for it
        p.put("datasources.owner.driver-class-name", "org.postgresql.Driver");
        p.put("datasources.owner.dialect", "POSTGRES");
        p.put("datasources.owner.schema-generate", "NONE");
        p.put("datasources.owner.maximum-pool-size", 2);
        p.put("datasources.owner.pool-name", "owner"); // the label of its Hikari metrics
        p.put("datasources.owner.minimum-idle", 0);
        p.put("datasources.owner.validation-timeout", 2000);
        p.putAll(Migrations.migrateAtStart(appUser));
        return p;
    }

    /** The properties of an instance that holds only the application role: it neither owns nor migrates anything. */
    public static Map<String, Object> forApplicationRole(String url, String appUser, String appPassword, String jwtSecret) {
        Map<String, Object> p = new HashMap<>();
        // batched inserts (audit records of an import) travel as multi-row inserts
        p.put("datasources.default.data-source-properties.reWriteBatchedInserts", "true");
        p.put("datasources.default.url", url);
        p.put("datasources.default.username", appUser);
        p.put("datasources.default.password", appPassword);
        p.put("thuisplan.jwt-secret", jwtSecret);
        return p;
    }

    private static String required(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " must be set when THUISPLAN_DB_URL is set");
        }
        return value;
    }
}
