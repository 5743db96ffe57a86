package nl.thuisplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the browser suite in frontend/e2e exactly as {@code npm run e2e} does on a developer's machine:
 * the built jar (target/thuisplan.jar, made in the package phase before failsafe runs) started on an
 * empty temporary data directory with the demo data, headless Debian Chromium driven by
 * playwright-core, axe-core on every page. Every test declared in e2e/*.test.mjs must pass, among
 * them e2e/installation.test.mjs, which sets up its own real installation (the machine's PostgreSQL
 * server, an SMTP server in the test process; docs/testing.md). The suite's output is kept in
 * target/e2e-output.txt, the applications' logs in target/e2e-app.log and
 * target/e2e-installation-app.log, and the screenshots in target/screenshots.
 */
class BrowserEndToEndIT {

    private static final Pattern DECLARED_TEST = Pattern.compile("^test(\\.\\w+)?\\(", Pattern.MULTILINE);
    private static final long TIMEOUT_MINUTES = 25;

    @Test
    void everyDeclaredBrowserTestPassesAgainstTheRealJar() throws IOException, InterruptedException {
        Path frontend = Path.of("..", "frontend").toAbsolutePath().normalize();
        Path jar = Path.of("target", "thuisplan.jar").toAbsolutePath();
        Path output = Path.of("target", "e2e-output.txt").toAbsolutePath();
        Path screenshots = Path.of("target", "screenshots").toAbsolutePath();
        assertThat(jar).as("the packaged application (failsafe runs after package)").exists();
        Files.createDirectories(screenshots);
        int declared = declaredTests(frontend.resolve("e2e"));
        assertThat(declared).as("tests declared in frontend/e2e/*.test.mjs").isPositive();

        ProcessBuilder pb = new ProcessBuilder("npm", "run", "e2e")
                .directory(frontend.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        Map<String, String> env = pb.environment();
        env.remove("BASE_URL"); // the suite starts its own application, never one that happens to be running
        env.put("THUISPLAN_JAR", jar.toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("SCREENSHOT_DIR", screenshots.toString());
        env.put("E2E_APP_LOG", Path.of("target", "e2e-app.log").toAbsolutePath().toString());
        Process npm = pb.start();
        boolean finished = npm.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
        if (!finished) {
            stop(npm);
        }
        String log = Files.readString(output);
        System.out.println(log);

        assertThat(finished).as("browser suite finished within %d minutes", TIMEOUT_MINUTES).isTrue();
        assertThat(npm.exitValue()).as("browser suite exit code; output:%n%s", log).isZero();
        assertThat(count(log, "declared")).as("tests the runner found").isEqualTo(declared);
        assertThat(count(log, "pass")).as("browser tests that passed, of %d declared", declared).isEqualTo(declared);
        assertThat(count(log, "fail")).as("browser tests that failed").isZero();
        try (Stream<Path> files = Files.list(screenshots)) {
            assertThat(files.findAny()).as("screenshots in %s", screenshots).isPresent();
        }
    }

    /**
     * Each test of the suite starts a line with {@code test(}; {@code test.skip(} counts too, so a test
     * set aside fails the build (the runner counts them the same way).
     */
    private static int declaredTests(Path e2e) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(e2e)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".test.mjs")).toList();
        }
        int n = 0;
        for (Path file : files) {
            Matcher m = DECLARED_TEST.matcher(Files.readString(file));
            while (m.find()) {
                n++;
            }
        }
        return n;
    }

    /** The runner ends with "# declared N", "# pass N" and "# fail N"; the last such line counts. */
    private static int count(String log, String what) {
        Matcher m = Pattern.compile("^# " + what + " (\\d+)$", Pattern.MULTILINE).matcher(log);
        int value = -1;
        while (m.find()) {
            value = Integer.parseInt(m.group(1));
        }
        return value;
    }

    /** A suite that hangs: end the application and the browsers first (SIGTERM lets the jar stop its database). */
    private static void stop(Process npm) throws InterruptedException {
        npm.descendants().forEach(ProcessHandle::destroy);
        npm.destroy();
        if (!npm.waitFor(1, TimeUnit.MINUTES)) {
            npm.descendants().forEach(ProcessHandle::destroyForcibly);
            npm.destroyForcibly();
        }
    }
}
