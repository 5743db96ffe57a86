package nl.thuisplan.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Locale;
import net.sf.jasperreports.engine.JasperPrint;
import nl.thuisplan.allocation.report.AllocationReport;
import nl.thuisplan.allocation.report.AllocationReportData;
import nl.thuisplan.allocation.report.ReportFixtures;

/**
 * The allocation PDF at national scale (342 municipalities, ~400 rounding steps) against two
 * baselines in the same run: Jasper's fill alone (so the PDF export's share shows) and the same
 * content written as plain text (the floor for "just putting the data on paper").
 * The three are measured interleaved, so a noisy neighbour slows all of them alike.
 * Run with bench/allocation-report.sh.
 */
public final class AllocationReportBench {

    private static final int WARMUP = 8;

    public static void main(String[] args) throws Exception {
        int municipalities = args.length > 0 ? Integer.parseInt(args[0]) : 342;
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        AllocationReportData data = ReportFixtures.sample(municipalities, steps);

        long start = System.nanoTime();
        ReportFixtures.compileTemplate();
        double compileMs = millis(start);
        start = System.nanoTime();
        byte[] pdf = AllocationReport.pdf(data);
        double firstMs = millis(start);
        for (int i = 0; i < WARMUP; i++) {
            AllocationReport.pdf(data);
            ReportFixtures.fillOnly(data);
            plainText(data);
        }

        double[] pdfMs = new double[runs];
        double[] fillMs = new double[runs];
        double[] textMs = new double[runs];
        int pages = 0;
        long sink = 0;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            pdf = AllocationReport.pdf(data);
            pdfMs[i] = millis(t);
            t = System.nanoTime();
            JasperPrint print = ReportFixtures.fillOnly(data);
            fillMs[i] = millis(t);
            pages = print.getPages().size();
            t = System.nanoTime();
            sink += plainText(data).length();
            textMs[i] = millis(t);
        }
        Path out = Path.of("backend", "target", "reports", "allocation-bench.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);

        System.out.printf(Locale.ROOT, "%nAllocation report benchmark: %d municipalities, %d steps, %d pages, %d KB PDF; "
                + "median of %d runs after %d warm-up rounds%n", municipalities, steps, pages, pdf.length / 1024, runs, WARMUP);
        System.out.printf(Locale.ROOT, "  template compile (once per JVM)     : %8.1f ms%n", compileMs);
        System.out.printf(Locale.ROOT, "  first render after it (cold JIT)    : %8.1f ms%n", firstMs);
        System.out.printf(Locale.ROOT, "  PDF (fill + export)                 : %8.1f ms%n", median(pdfMs));
        System.out.printf(Locale.ROOT, "  baseline: Jasper fill, no export    : %8.1f ms%n", median(fillMs));
        System.out.printf(Locale.ROOT, "  baseline: same content as plain text: %8.3f ms  (%d chars)%n", median(textMs),
                sink / runs);
        System.out.printf(Locale.ROOT, "  ratio: PDF = %.1fx the fill; export is %.0f%% of the PDF%n", median(pdfMs) / median(fillMs),
                100 * (1 - median(fillMs) / median(pdfMs)));
        System.out.println("  sample: " + out);
    }

    /** Every line the PDF holds, without layout: what the cheapest possible "report" costs. */
    private static String plainText(AllocationReportData d) {
        NumberFormat whole = NumberFormat.getIntegerInstance(Locale.forLanguageTag("nl-NL"));
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("Verdeling ").append(d.modelName()).append('\n').append(d.regionName()).append(" · ").append(d.period())
                .append('\n').append(String.join(", ", d.targetGroups())).append('\n')
                .append(d.scenarioName()).append(", versie ").append(d.versionNo()).append('\n')
                .append(d.statusText()).append('\n').append(d.methodLabel()).append('\n')
                .append(whole.format(d.total())).append('\n');
        d.criteria().forEach(c -> sb.append(c.indicatorLabel()).append(" — ").append(c.weightPercent()).append('\n'));
        d.bounds().forEach(b -> sb.append(b.municipalityName()).append(": ").append(b.text()).append('\n'));
        for (AllocationReportData.Row r : d.rows()) {
            sb.append(r.name()).append('\t').append(r.code()).append('\t').append(r.quota()).append('\t')
                    .append(whole.format(r.target())).append('\t')
                    .append(r.boundLabel() == null ? "" : r.boundLabel()).append('\t').append(r.perThousand()).append('\n');
        }
        d.steps().forEach(s -> sb.append(s.number()).append(". ").append(s.text()).append('\n'));
        d.warnings().forEach(w -> sb.append("• ").append(w).append('\n'));
        return sb.toString();
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
