package nl.thuisplan.support;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of every test that starts the application: it runs against the shared real PostgreSQL.
 * Subclasses add {@code @MicronautTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ApiTest implements TestPropertyProvider {

    @Override
    public @NonNull Map<String, String> getProperties() {
        Map<String, String> p = new java.util.HashMap<>();
        TestDatabase.properties().forEach((k, v) -> p.put(k, String.valueOf(v)));
        return p;
    }
}
