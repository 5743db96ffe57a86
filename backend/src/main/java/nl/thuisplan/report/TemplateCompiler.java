package nl.thuisplan.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Compiles every {@code .jrxml} of a directory into a {@code .jasper} beside the classes, at build
 * time (the backend's pom runs it in {@code process-classes}). The running application only loads
 * the compiled templates ({@link CompiledReport}): compiling at start-up wrote generated classes
 * under the shared temp directory, where two instances starting together broke each other's
 * exports, and needed a JDK in the image.
 *
 * <p>Usage: {@code TemplateCompiler <source directory> <target directory>}.
 */
public final class TemplateCompiler {

    private TemplateCompiler() {
    }

    public static void main(String[] args) throws IOException, JRException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: TemplateCompiler <source directory> <target directory>");
        }
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Files.createDirectories(target);
        List<Path> templates;
        try (Stream<Path> files = Files.list(source)) {
            templates = files.filter(p -> p.getFileName().toString().endsWith(".jrxml")).sorted().toList();
        }
        if (templates.isEmpty()) {
            throw new IllegalStateException("no .jrxml in " + source);
        }
        for (Path jrxml : templates) {
            String name = jrxml.getFileName().toString().replaceFirst("\\.jrxml$", ".jasper");
            long start = System.nanoTime();
            JasperCompileManager.compileReportToFile(jrxml.toString(), target.resolve(name).toString());
            System.out.printf("Compiled %s in %d ms%n", name, (System.nanoTime() - start) / 1_000_000);
        }
    }
}
