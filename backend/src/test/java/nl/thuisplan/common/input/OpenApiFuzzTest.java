package nl.thuisplan.common.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Issue 14: every operation of the committed API document (docs/api/openapi.yaml) is sent malformed
 * JSON, wrong types, nulls in lists, NUL characters, huge and tiny numbers, long strings and bad path
 * and query values, as the platform beheerder (widest rights) and as a gemeente medewerker. No answer
 * may be a 5xx, and every 4xx must be {@code application/problem+json}. The cases per operation are
 * drawn with a fixed seed from {@link FuzzCases}, so a failure reproduces; docs/testing.md lists them.
 */
@MicronautTest(transactional = false)
class OpenApiFuzzTest extends ApiTest {

    static final Path DOCUMENT = Path.of("..", "docs", "api", "openapi.yaml");
    /** Cases per operation and user; with two users about 5,000 requests. */
    static final int CASES_PER_OPERATION = 20;
    static final long SEED = 14;
    static final List<String> USERS = List.of("beheerder", "gemeente.enschede");
    /** These end the caller's own sessions, which would turn the rest of the run into 401s. */
    static final List<String> SKIPPED = List.of("logout", "revokeAllMySessions");

    @Inject
    Api api;

    @Test
    void noOperationAnswers5xxOrAnErrorThatIsNotAProblem() throws IOException {
        Map<String, Object> document = new Yaml().load(Files.readString(DOCUMENT, StandardCharsets.UTF_8));
        // the document's paths are relative to its one server, the API base (ADR /core/uri-version)
        @SuppressWarnings("unchecked")
        String base = (String) ((List<Map<String, Object>>) document.get("servers")).get(0).get("url");
        List<FuzzCases.Operation> operations = FuzzCases.operations(document).stream()
                .filter(o -> !SKIPPED.contains(o.id())).toList();
        Map<String, int[]> tally = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        long start = System.nanoTime();
        int cases = 0;
        for (String user : USERS) {
            for (FuzzCases.Operation operation : operations) {
                Random random = new Random(SEED ^ operation.id().hashCode());
                for (FuzzCases.Case c : operation.cases(random, CASES_PER_OPERATION)) {
                    Response r = send(user, operation, c, base);
                    cases++;
                    count(tally, r.status());
                    boolean problem = r.contentType().startsWith("application/problem+json");
                    if (r.status() >= 500 || (r.status() >= 400 && !problem)) {
                        failures.add(r.status() + " " + r.contentType() + " " + operation.method() + " " + c.path()
                                + " as " + user + " [" + c.what() + "] " + abbreviate(r.body()));
                    }
                }
            }
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        System.out.printf("OpenAPI fuzz: %d operations (%d skipped), %d cases in %d s; refused 4xx %d, 2xx %d, 3xx %d, 5xx %d%n",
                operations.size(), SKIPPED.size(), cases, seconds, sum(tally, 4), sum(tally, 2), sum(tally, 3), sum(tally, 5));
        failures.stream().limit(60).forEach(f -> System.out.println("  FUZZ FAILURE " + f));
        assertThat(operations.size()).as("operations read from the document").isGreaterThan(100);
        assertThat(failures).as("answers that are 5xx or a 4xx without problem+json").isEmpty();
    }

    private Response send(String user, FuzzCases.Operation operation, FuzzCases.Case c, String base) {
        String token = api.token(user);
        if (c.upload() != null) {
            return api.upload(base + c.path(), token, c.uploadName(), c.upload());
        }
        return api.send(operation.method(), base + c.path(), token, c.body());
    }

    private static void count(Map<String, int[]> tally, int status) {
        tally.computeIfAbsent(String.valueOf(status / 100), k -> new int[1])[0]++;
    }

    private static int sum(Map<String, int[]> tally, int hundred) {
        int[] n = tally.get(String.valueOf(hundred));
        return n == null ? 0 : n[0];
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
