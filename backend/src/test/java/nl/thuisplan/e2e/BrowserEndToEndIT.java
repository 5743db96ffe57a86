package nl.thuisplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.thuisplan.support.ApiTest;
import org.junit.jupiter.api.Test;

/**
 * Starts the real application (API, frontend jar, PostgreSQL) and runs the browser suite in
 * frontend/e2e against it: headless Debian Chromium driven by playwright-core, with axe-core on
 * every page. The suite's own output is kept in target/e2e-output.txt, its screenshots in
 * target/screenshots.
 */
@MicronautTest(transactional = false)
class BrowserEndToEndIT extends ApiTest {

    @Inject
    EmbeddedServer server;

    @Test
    void theBrowserSuitePasses() throws IOException, InterruptedException {
        Path frontend = Path.of("..", "frontend").toAbsolutePath().normalize();
        Path output = Path.of("target", "e2e-output.txt").toAbsolutePath();
        Path screenshots = Path.of("target", "screenshots").toAbsolutePath();
        Files.createDirectories(screenshots);

        ProcessBuilder pb = new ProcessBuilder("node", "--test", "--test-concurrency=1", "e2e/")
                .directory(frontend.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        pb.environment().put("BASE_URL", server.getURL().toString());
        pb.environment().put("SCREENSHOT_DIR", screenshots.toString());
        Process node = pb.start();
        boolean finished = node.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            node.destroyForcibly();
        }
        String log = Files.readString(output);
        System.out.println(log);

        assertThat(finished).as("browser suite finished within 10 minutes").isTrue();
        assertThat(node.exitValue()).as("browser suite exit code; output:%n%s", log).isZero();
        assertThat(count(log, "pass")).as("browser tests that passed").isGreaterThanOrEqualTo(4);
        assertThat(count(log, "fail")).isZero();
        assertThat(new File(screenshots.toFile(), ".").list()).isNotEmpty();
    }

    /** Node's test runner ends with lines such as "# pass 5" and "# fail 0". */
    private static int count(String log, String what) {
        Matcher m = Pattern.compile("^# " + what + " (\\d+)$", Pattern.MULTILINE).matcher(log);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }
}
