package nl.thuisplan.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.thuisplan.bootstrap.DatabaseRoles;
import nl.thuisplan.bootstrap.EmbeddedDatabase;
import nl.thuisplan.bootstrap.StartupConfiguration;
import org.postgresql.ds.PGSimpleDataSource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One real PostgreSQL for the whole test JVM: a Testcontainers PostgreSQL 17 where a Docker
 * engine answers, otherwise the same embedded PostgreSQL 17 the application uses. The roles and
 * migrations are the production ones; nothing is mocked.
 */
public final class TestDatabase {

    private static Map<String, Object> properties;
    private static String url;
    private static final String OWNER_PASSWORD = UUID.randomUUID().toString();
    private static final String APP_PASSWORD = UUID.randomUUID().toString();

    private TestDatabase() {
    }

    public static synchronized Map<String, Object> properties() {
        if (properties == null) {
            DataSource superuser = startServer();
            DatabaseRoles.ensure(superuser, OWNER_PASSWORD, APP_PASSWORD);
            Map<String, Object> p = new HashMap<>(StartupConfiguration.forDatabase(url, DatabaseRoles.OWNER, OWNER_PASSWORD,
                    DatabaseRoles.APP, APP_PASSWORD, UUID.randomUUID() + "-" + UUID.randomUUID()));
            p.put("thuisplan.demo.enabled", "true");
            // the tests bring their own demand figures; synthetic demo analyses would change their sums
            p.put("thuisplan.demo.demand", "false");
            p.put("micronaut.server.port", "-1");
            p.put("thuisplan.reports.warm-up", "false");
            properties = Map.copyOf(p);
        }
        return properties;
    }

    /** A connection source as the application role, for tests of the database wall itself. */
    public static DataSource appRole() {
        properties();
        return dataSource(url, DatabaseRoles.APP, APP_PASSWORD);
    }

    /** A connection source as the owner of the tables (migrations), for setting up fixtures. */
    public static DataSource ownerRole() {
        properties();
        return dataSource(url, DatabaseRoles.OWNER, OWNER_PASSWORD);
    }

    private static DataSource startServer() {
        if (DockerClientFactory.instance().isDockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            url = "jdbc:postgresql://" + container.getHost() + ":" + container.getFirstMappedPort() + "/" + DatabaseRoles.DATABASE;
            return dataSource(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        try {
            Path dir = Files.createTempDirectory("thuisplan-test-pg");
            EmbeddedDatabase db = EmbeddedDatabase.start(dir, true);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    db.close();
                } catch (Exception ignored) {
                    // the JVM is going away; the directory is a temp directory
                }
            }));
            url = db.jdbcUrl(DatabaseRoles.DATABASE);
            return db.superuserDataSource();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DataSource dataSource(String jdbcUrl, String user, String password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(jdbcUrl);
        ds.setUser(user);
        ds.setPassword(password);
        return ds;
    }
}
