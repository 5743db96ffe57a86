package nl.thuisplan.spreadsheet;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The application in a JVM of its own, for {@link UploadMemoryTest}: started by the test with a small
 * heap and {@code -XX:+ExitOnOutOfMemoryError} (as the image runs it), on the settings in the file
 * named by the first argument (a test database's). Prints {@code READY} once it answers.
 */
public final class BoundedHeapServer {

    private BoundedHeapServer() {
    }

    public static void main(String[] args) throws Exception {
        Properties settings = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            settings.load(in);
        }
        Map<String, Object> properties = new HashMap<>();
        settings.forEach((k, v) -> properties.put(k.toString(), v));
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties);
        System.out.println("READY " + server.getPort());
        System.out.flush();
    }
}
