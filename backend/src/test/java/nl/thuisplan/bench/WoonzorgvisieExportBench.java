package nl.thuisplan.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import nl.thuisplan.woonzorgvisie.content.RenderedDocument;
import nl.thuisplan.woonzorgvisie.export.DocumentExport;
import nl.thuisplan.woonzorgvisie.export.ExportFixtures;
import nl.thuisplan.woonzorgvisie.export.ExportTimings;

/**
 * The woonzorgvisie export of a document of about 40 pages (11 chapters, long text, data blocks with
 * charts) as PDF and as DOCX, beside a baseline in the same run: Jasper's fill alone, which both
 * exports start with (so the exporters' share shows). Measured interleaved, so a noisy neighbour
 * slows all of them alike. Run with bench/woonzorgvisie-export.sh.
 */
public final class WoonzorgvisieExportBench {

    private static final int WARMUP = 5;

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        RenderedDocument doc = ExportFixtures.large();
        DocumentExport export = new DocumentExport();

        long start = System.nanoTime();
        DocumentExport.warmUp();
        double compileMs = millis(start);
        start = System.nanoTime();
        byte[] pdf = export.pdf(doc);
        double firstMs = millis(start);
        byte[] docx = export.docx(doc);
        for (int i = 0; i < WARMUP; i++) {
            export.pdf(doc);
            export.docx(doc);
            ExportTimings.fill(doc);
        }

        double[] pdfMs = new double[runs];
        double[] docxMs = new double[runs];
        double[] fillMs = new double[runs];
        int pages = 0;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            pdf = export.pdf(doc);
            pdfMs[i] = millis(t);
            t = System.nanoTime();
            docx = export.docx(doc);
            docxMs[i] = millis(t);
            t = System.nanoTime();
            pages = ExportTimings.fill(doc);
            fillMs[i] = millis(t);
        }
        Path dir = Path.of("backend", "target", "reports");
        Files.createDirectories(dir);
        Files.write(dir.resolve("woonzorgvisie-bench.pdf"), pdf);
        Files.write(dir.resolve("woonzorgvisie-bench.docx"), docx);

        System.out.printf(Locale.ROOT, "%nWoonzorgvisie export benchmark: %d chapters, %d pages, %d KB PDF, %d KB DOCX; "
                + "median of %d runs after %d warm-up rounds%n", doc.chapters().size(), pages, pdf.length / 1024,
                docx.length / 1024, runs, WARMUP);
        System.out.printf(Locale.ROOT, "  warm-up: compile + a 1-page export   : %8.1f ms%n", compileMs);
        System.out.printf(Locale.ROOT, "  first full PDF after it (cold JIT)    : %8.1f ms%n", firstMs);
        System.out.printf(Locale.ROOT, "  PDF  (flow + charts + fill + export)  : %8.1f ms%n", median(pdfMs));
        System.out.printf(Locale.ROOT, "  DOCX (flow + charts + fill + export)  : %8.1f ms%n", median(docxMs));
        System.out.printf(Locale.ROOT, "  baseline: same, fill only, no export  : %8.1f ms%n", median(fillMs));
        System.out.printf(Locale.ROOT, "  goal: < 3000 ms each -> PDF %s, DOCX %s%n", median(pdfMs) < 3000 ? "ok" : "TOO SLOW",
                median(docxMs) < 3000 ? "ok" : "TOO SLOW");
        System.out.println("  samples: " + dir.resolve("woonzorgvisie-bench.pdf") + ", " + dir.resolve("woonzorgvisie-bench.docx"));
    }

    private static double millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
