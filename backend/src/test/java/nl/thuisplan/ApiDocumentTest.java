package nl.thuisplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The committed API document (docs/api/openapi.yaml) is the one the frontend generates its types from,
 * so it must be exactly what micronaut-openapi generates from the controllers at compile time. A change
 * to a controller or a view record that is not followed by an update of the document fails here.
 */
class ApiDocumentTest {

    static final String GENERATED = "META-INF/swagger/thuisplan.yml";
    static final Path COMMITTED = Path.of("..", "docs", "api", "openapi.yaml");
    static final String UPDATE = "mvn -B -ntp -q -pl backend clean process-classes && cp backend/target/classes/" + GENERATED
            + " docs/api/openapi.yaml";

    @Test
    void theCommittedApiDocumentIsTheGeneratedOne() throws IOException {
        String generated;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(GENERATED)) {
            assertThat(in).as("the generated document %s on the classpath", GENERATED).isNotNull();
            generated = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!Files.exists(COMMITTED)) {
            fail("%s is missing. Create it from the repository root with:%n  %s", COMMITTED.normalize(), UPDATE);
        }
        String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8);
        if (!committed.equals(generated)) {
            fail("docs/api/openapi.yaml differs from the document the backend generates (%s).%n"
                    + "Update it from the repository root with:%n  %s%n"
                    + "then run `npm run generate:api` in frontend/ and fix what the new types reveal.",
                    firstDifference(committed, generated), UPDATE);
        }
    }

    private static String firstDifference(String committed, String generated) {
        List<String> a = committed.lines().toList();
        List<String> b = generated.lines().toList();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (!a.get(i).equals(b.get(i))) {
                return "first at line " + (i + 1) + ": committed \"" + a.get(i).strip() + "\", generated \""
                        + b.get(i).strip() + "\"";
            }
        }
        return "committed has " + a.size() + " lines, generated " + b.size();
    }
}
