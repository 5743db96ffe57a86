package nl.thuisplan.support;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of every test that starts the application: the class gets its own real PostgreSQL
 * database, a copy of the migrated template ({@link TestDatabase}), and its application runs on
 * it. Subclasses add {@code @MicronautTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ApiTest implements TestPropertyProvider {

    /** Made with the instance, before Micronaut asks for the properties and before a subclass's fields are set. */
    private final TestDatabase database = TestDatabase.forTestClass(getClass());

    /** This class's database, for fixtures that reach the tables directly (the same as {@code TestDatabase.appRole()}). */
    protected TestDatabase database() {
        return database;
    }

    @Override
    public @NonNull Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>();
        database.applicationProperties().forEach((k, v) -> p.put(k, String.valueOf(v)));
        return p;
    }
}
