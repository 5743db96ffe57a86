package nl.thuisplan.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import nl.thuisplan.bootstrap.DatabaseRoles;
import nl.thuisplan.bootstrap.EmbeddedDatabase;
import nl.thuisplan.bootstrap.StartupConfiguration;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one PostgreSQL server of the test JVM and its template database: a Testcontainers
 * PostgreSQL 17 where a Docker engine answers, otherwise the same embedded PostgreSQL 17 the
 * application uses. The roles are the production ones ({@link DatabaseRoles}); the template is
 * what the application's first start leaves behind (the Flyway migrations, then the demo
 * accounts, indicators and templates), so every copy starts as a fresh installation would and
 * the start-up of each test class finds that work done. Copying a database is far cheaper than
 * migrating and seeding one (the demo passwords are Argon2 hashes).
 */
final class TestServer {

    /** The template is the database {@link DatabaseRoles} creates; no test connects to it. */
    private static final String TEMPLATE = DatabaseRoles.DATABASE;
    private static final Logger LOG = LoggerFactory.getLogger(TestServer.class);
    private static TestServer instance;

    private final String ownerPassword = UUID.randomUUID().toString();
    private final String appPassword = UUID.randomUUID().toString();
    private final String jwtSecret = UUID.randomUUID() + "-" + UUID.randomUUID();
    private final AtomicInteger copies = new AtomicInteger();
    /** Creates and drops copies one after another, beside the tests. */
    private final ExecutorService admin = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-database-admin");
        t.setDaemon(true);
        return t;
    });
    private Future<String> spare;
    private DataSource superuser;
    /** The JDBC URL of a database on this server, without the database name. */
    private String serverUrl;

    private TestServer() {
    }

    static synchronized TestServer get() {
        if (instance == null) {
            TestServer server = new TestServer();
            server.start();
            DatabaseRoles.ensure(server.superuser, server.ownerPassword, server.appPassword);
            server.prepareTemplate();
            instance = server;
        }
        return instance;
    }

    /**
     * A database copied from the template, owned by the owner role. The copy for the next class is
     * made while this one runs, and drops happen in the background, so a class waits for neither.
     */
    synchronized String copy() {
        Future<String> ready = spare != null ? spare : admin.submit(this::makeCopy);
        spare = admin.submit(this::makeCopy);
        try {
            return ready.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot copy the template database", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Drops a copy whose class has finished; a connection left open is cut. */
    void drop(String name) {
        admin.submit(() -> {
            try {
                execute("drop database if exists " + name + " with (force)");
            } catch (IllegalStateException e) {
                LOG.warn("Test database {} was not dropped; it goes with the server", name, e);
            }
        });
    }

    private String makeCopy() {
        String name = "thuisplan_test_" + copies.incrementAndGet();
        execute("create database " + name + " template " + TEMPLATE + " owner " + DatabaseRoles.OWNER);
        // privileges on a database are not copied from its template: give the copy those of the production database
        execute("revoke all on database " + name + " from public");
        execute("grant connect, temporary on database " + name + " to " + DatabaseRoles.APP);
        return name;
    }

    /** An empty database (no migrations), for tests of a migration itself; it goes with the server. */
    synchronized String empty() {
        String name = "thuisplan_empty_" + copies.incrementAndGet();
        execute("create database " + name + " owner " + DatabaseRoles.OWNER);
        execute("revoke all on database " + name + " from public");
        execute("grant connect, temporary on database " + name + " to " + DatabaseRoles.APP);
        return name;
    }

    String url(String database) {
        return serverUrl + database;
    }

    /** What the application needs to run against the database: the same settings a real start computes. */
    Map<String, Object> applicationProperties(String database) {
        Map<String, Object> p = new HashMap<>(StartupConfiguration.forDatabase(url(database), DatabaseRoles.OWNER, ownerPassword,
                DatabaseRoles.APP, appPassword, jwtSecret));
        p.put("thuisplan.demo.enabled", "true");
        // the tests bring their own demand figures; synthetic demo analyses would change their sums
        p.put("thuisplan.demo.demand", "false");
        p.put("micronaut.server.port", "-1");
        // the management port (health, /prometheus): a free one, so test JVMs side by side do not meet on 8081
        p.put("endpoints.all.port", String.valueOf(freePort()));
        p.put("thuisplan.reports.warm-up", "false");
        return p;
    }

    /** A port nobody listens on now; the application binds it a moment later. */
    static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    DataSource appRole(String database) {
        return dataSource(url(database), DatabaseRoles.APP, appPassword);
    }

    DataSource ownerRole(String database) {
        return dataSource(url(database), DatabaseRoles.OWNER, ownerPassword);
    }

    /** Starts the application once on the template, as a first start in production: migrations, then demo data. */
    private void prepareTemplate() {
        long start = System.nanoTime();
        try (EmbeddedServer app = ApplicationContext.run(EmbeddedServer.class, applicationProperties(TEMPLATE))) {
            // started: Flyway has migrated the template and the demo data is in; closing frees it for copying
        }
        LOG.info("Template database migrated and seeded in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    private void start() {
        if (DockerClientFactory.instance().isDockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            serverUrl = "jdbc:postgresql://" + container.getHost() + ":" + container.getFirstMappedPort() + "/";
            superuser = dataSource(container.getJdbcUrl(), container.getUsername(), container.getPassword());
            return;
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
            serverUrl = db.jdbcUrl("");
            superuser = db.superuserDataSource();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Statements on identifiers made here, never on input: concatenation is safe. */
    private void execute(String sql) {
        try (Connection c = superuser.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
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
