package nl.thuisplan.support;

import java.util.Map;
import javax.sql.DataSource;
import nl.thuisplan.bootstrap.DatabaseRoles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database of one test class: a copy of the migrated template (see {@link TestServer}), so a
 * class sees only its own rows and the rows of a fresh installation, never another class's.
 * Test classes run one after another in one JVM; making the next class's database drops the
 * previous one, whose application has stopped by then.
 *
 * <p>The static methods answer for the database of the class that is running, so fixtures
 * ({@code TestDatabase.appRole()}) need not be handed the database.
 */
public final class TestDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(TestDatabase.class);
    private static TestDatabase current;

    private final Class<?> testClass;
    private final String name;

    private TestDatabase(Class<?> testClass, String name) {
        this.testClass = testClass;
        this.name = name;
    }

    /** The database of the test class, made on first use; it becomes the current one. */
    public static synchronized TestDatabase forTestClass(Class<?> testClass) {
        if (current != null && current.testClass == testClass) {
            return current;
        }
        TestServer server = TestServer.get();
        TestDatabase previous = current;
        current = new TestDatabase(testClass, server.copy());
        LOG.info("{} runs on database {}", testClass.getSimpleName(), current.name);
        if (previous != null) {
            server.drop(previous.name);
        }
        return current;
    }

    /** The application's properties for the current database (one is made when none exists, e.g. in a bench). */
    public static Map<String, Object> properties() {
        return current().applicationProperties();
    }

    /** A connection source as the application role on the current database, for tests of the database wall itself. */
    public static DataSource appRole() {
        return current().app();
    }

    /** A connection source as the owner of the tables on the current database, for setting up fixtures. */
    public static DataSource ownerRole() {
        return current().owner();
    }

    /** The owner's connection source to a new, empty database on the same server, for tests that run the migrations themselves. */
    public static DataSource emptyDatabaseAsOwner() {
        return TestServer.get().ownerRole(TestServer.get().empty());
    }

    /**
     * A new, empty database on the same server and how to reach it as each role, for tests of the
     * migration command and the start-up check, which take a URL and credentials as an operator gives them.
     */
    public static Connect emptyDatabase() {
        TestServer server = TestServer.get();
        return new Connect(server.url(server.empty()), DatabaseRoles.OWNER, server.ownerPassword(),
                DatabaseRoles.APP, server.appPassword());
    }

    /** A database's JDBC URL and the two roles' names and passwords. */
    public record Connect(String url, String ownerUser, String ownerPassword, String appUser, String appPassword) {

        public DataSource owner() {
            return dataSource(ownerUser, ownerPassword);
        }

        public DataSource app() {
            return dataSource(appUser, appPassword);
        }

        private DataSource dataSource(String user, String password) {
            org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
            ds.setURL(url);
            ds.setUser(user);
            ds.setPassword(password);
            return ds;
        }
    }

    public Map<String, Object> applicationProperties() {
        return Map.copyOf(TestServer.get().applicationProperties(name));
    }

    public DataSource app() {
        return TestServer.get().appRole(name);
    }

    public DataSource owner() {
        return TestServer.get().ownerRole(name);
    }

    private static synchronized TestDatabase current() {
        return current != null ? current : forTestClass(TestDatabase.class);
    }
}
