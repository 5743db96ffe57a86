package nl.thuisplan.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.thuisplan.bootstrap.DatabaseRoles;
import nl.thuisplan.bootstrap.StartupConfiguration;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL server of its own for fault tests, which stop and start it for real: the shared
 * test server ({@link TestServer}) must stay up for every other class. The data directory and the
 * port are kept across a restart, so the application finds its database where it left it.
 */
public final class StoppableDatabase implements AutoCloseable {

    private final Path dataDirectory;
    private final int port;
    private final String ownerPassword = UUID.randomUUID().toString();
    private final String appPassword = UUID.randomUUID().toString();
    private EmbeddedPostgres server;
    private boolean running;

    public StoppableDatabase() {
        try {
            dataDirectory = Files.createTempDirectory("thuisplan-fault-pg");
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start();
        DatabaseRoles.ensure(server.getPostgresDatabase(), ownerPassword, appPassword);
    }

    /** Starts the server on its directory and port (after {@link #stop()}). */
    public synchronized void start() {
        try {
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            running = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server as an operator would (pg_ctl stop, fast mode: open sessions are cut, their transactions rolled back). */
    public synchronized void stop() {
        try {
            running = false;
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stops the server in PostgreSQL's immediate mode (SIGQUIT to the postmaster, what a crash or a killed database
     * host does): every session ends on the spot, none can still commit. In fast mode ({@link #stop()}) a session
     * woken by the end of another one (a lock released) could still commit before its own end reached it.
     */
    public synchronized void crash() {
        try {
            long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
            ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
            new ProcessBuilder("kill", "-QUIT", String.valueOf(pid)).inheritIO().start().waitFor();
            postmaster.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            running = false;
        } catch (Exception e) {
            throw new IllegalStateException("could not stop PostgreSQL in immediate mode", e);
        }
        try {
            server.close(); // the library's clean-up; its pg_ctl stop finds no server and says so
        } catch (IOException | RuntimeException e) {
            // nothing left to stop
        }
    }

    public synchronized void ensureRunning() {
        if (!running) {
            start();
        }
    }

    /** The application's properties on this server, as {@link TestServer} gives them on the shared one. */
    public Map<String, Object> applicationProperties() {
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/" + DatabaseRoles.DATABASE;
        Map<String, Object> p = new HashMap<>(StartupConfiguration.forDatabase(url, DatabaseRoles.OWNER, ownerPassword,
                DatabaseRoles.APP, appPassword, UUID.randomUUID() + "-" + UUID.randomUUID()));
        p.put("thuisplan.demo.enabled", "true");
        p.put("thuisplan.demo.demand", "false");
        p.put("micronaut.server.port", "-1");
        p.put(ManagementPort.PROPERTY, String.valueOf(ManagementPort.free()));
        p.put("thuisplan.reports.warm-up", "false");
        return p;
    }

    /** A superuser connection source on the application's database (sees every row, bypasses row-level security). */
    public DataSource superuser() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL("jdbc:postgresql://127.0.0.1:" + port + "/" + DatabaseRoles.DATABASE);
        ds.setUser("postgres");
        return ds;
    }

    /** A single number from a query as the superuser. */
    public long count(String query) {
        try (Connection c = superuser().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }

    @Override
    public void close() {
        stop();
        try (var files = Files.walk(dataDirectory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory: the OS cleans it up
        }
    }
}
