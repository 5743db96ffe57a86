package nl.thuisplan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.thuisplan.spreadsheet.TableLimits;
import nl.thuisplan.spreadsheet.TableReader;
import nl.thuisplan.spreadsheet.TableReader.Table;
import nl.thuisplan.spreadsheet.Workbooks;

/**
 * The old XSSFWorkbook (DOM) reader against the streaming reader on the same large valid workbook:
 * the largest file the indicator import accepts (50,000 rows of five columns, shared strings as Excel
 * writes them). Time is the median of five reads in this JVM after a warm-up; memory is the smallest
 * heap (-Xmx, to 8 MB) in which a fresh JVM reads the file, found by bisection, which is the live
 * peak a server must have room for (the allocation rate alone says little). Run with bench/xlsx-import.sh.
 */
public final class XlsxImportBench {

    private static final int ROWS = 50_000;

    public static void main(String[] args) throws Exception {
        if (args.length == 2) { // a child: read once with the named reader and say whether it fitted
            byte[] bytes = Files.readAllBytes(Path.of(args[1]));
            Table t = read(args[0], bytes);
            System.out.println("ROWS " + t.rows().size());
            return;
        }
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : ROWS;
        byte[] bytes = Workbooks.xlsx(List.of("gemeentecode", "indicator", "peildatum", "waarde", "bron"), rows,
                i -> List.of("GM0" + (100 + i % 900), "households", "2024-01-01", 1000 + i, "CBS StatLine " + (i % 7)));
        Path file = Files.createTempFile("xlsx-bench", ".xlsx");
        Files.write(file, bytes);
        try {
            System.out.printf(Locale.ROOT, "workbook: %,d data rows x 5 columns, %,d bytes%n", rows, bytes.length);
            check(read("dom", bytes), read("streaming", bytes));
            long domMs = medianMillis("dom", bytes);
            long streamMs = medianMillis("streaming", bytes);
            int domMb = smallestHeapMb("dom", file);
            int streamMb = smallestHeapMb("streaming", file);
            System.out.printf(Locale.ROOT, "%-10s median %6d ms   smallest heap %5d MB%n", "dom", domMs, domMb);
            System.out.printf(Locale.ROOT, "%-10s median %6d ms   smallest heap %5d MB%n", "streaming", streamMs, streamMb);
            System.out.printf(Locale.ROOT, "ratio dom/streaming: time %.1fx, heap %.1fx%n",
                    (double) domMs / Math.max(1, streamMs), (double) domMb / streamMb);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Table read(String reader, byte[] bytes) throws Exception {
        return "dom".equals(reader) ? DomTableReader.read(bytes) : TableReader.read(bytes, TableLimits.rows(ROWS));
    }

    /** Both readers must see the same table, or the comparison means nothing. */
    private static void check(Table dom, Table streaming) {
        if (!dom.header().equals(streaming.header()) || dom.rows().size() != streaming.rows().size()) {
            throw new IllegalStateException("the readers disagree on the header or the row count");
        }
        for (int r = 0; r < dom.rows().size(); r++) {
            if (!dom.rows().get(r).equals(streaming.rows().get(r))) {
                throw new IllegalStateException("the readers disagree on row " + dom.rows().get(r).number());
            }
        }
    }

    private static long medianMillis(String reader, byte[] bytes) throws Exception {
        read(reader, bytes);
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            read(reader, bytes);
            times.add((System.nanoTime() - start) / 1_000_000);
        }
        times.sort(null);
        return times.get(2);
    }

    private static int smallestHeapMb(String reader, Path file) throws IOException, InterruptedException {
        int fits = 4096;
        int fails = 8;
        while (fits - fails > 8) {
            int mid = (fits + fails) / 2;
            if (fitsIn(mid, reader, file)) {
                fits = mid;
            } else {
                fails = mid;
            }
        }
        return fits;
    }

    private static boolean fitsIn(int mb, String reader, Path file) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx" + mb + "m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                XlsxImportBench.class.getName(), reader, file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        return p.waitFor() == 0 && out.contains("ROWS ");
    }
}
