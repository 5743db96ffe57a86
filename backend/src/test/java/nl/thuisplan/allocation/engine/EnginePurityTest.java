package nl.thuisplan.allocation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The engine stays pure Java and exact, so it can be tested and benchmarked alone. */
class EnginePurityTest {

    private static final Path SOURCES = Path.of("src/main/java/nl/thuisplan/allocation/engine");
    private static final Pattern FOREIGN_IMPORT =
            Pattern.compile("^import (static )?+(?!java\\.|nl\\.thuisplan\\.allocation\\.engine\\.)", Pattern.MULTILINE);
    private static final Pattern FLOATING_POINT = Pattern.compile("\\b(double|float|Double|Float)\\b");

    @Test
    void importsNothingButJavaAndUsesNoFloatingPoint() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(SOURCES)) {
            files = list.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertThat(files).hasSizeGreaterThan(20);
        for (Path file : files) {
            String code = Files.readString(file);
            assertThat(FOREIGN_IMPORT.matcher(code).find()).as(file + " imports outside java.*").isFalse();
            String withoutComments = code.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
            assertThat(FLOATING_POINT.matcher(withoutComments).find()).as(file + " uses floating point").isFalse();
        }
    }
}
