package nl.thuisplan.spreadsheet;

import io.micronaut.http.HttpStatus;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import nl.thuisplan.common.ProblemException;

/**
 * Reads the first sheet of an XLSX or a CSV (UTF-8, comma or semicolon, as Dutch Excel writes it)
 * into rows of raw cells. The format is told by the bytes, not the file name. Both formats are
 * streamed (POI's event API for XLSX, Commons CSV's record iterator), and every {@link TableLimits}
 * is checked while reading, so a hostile file is refused after at most the limits' worth of work
 * and memory instead of first being built whole. Anything unreadable or over a limit gives a
 * {@link TableReadException} with a stable code, row and column and a Dutch message for the user,
 * never a stack trace or a Java class name.
 */
public final class TableReader {

    /** One cell as the file holds it; {@code formula} marks an XLSX formula, which imports refuse. */
    public record RawCell(String text, boolean formula) {
        static final RawCell EMPTY = new RawCell("", false);

        public boolean blank() {
            return text.isBlank() && !formula;
        }
    }

    /** A data row; {@code number} is as a spreadsheet shows it (the header is row 1). */
    public record RawRow(int number, List<RawCell> cells) {
        public RawCell cell(int column) {
            return column < cells.size() ? cells.get(column) : RawCell.EMPTY;
        }
    }

    public record Table(List<String> header, List<RawRow> rows) {
    }

    /**
     * Why a file was not read: {@code code} is stable (UNREADABLE, TOO_MANY_ROWS, TOO_MANY_COLUMNS,
     * CELL_TOO_LONG, TABLE_TOO_LARGE, UNPACKED_TOO_LARGE, ZIP_BOMB, SHARED_STRINGS_TOO_LARGE);
     * {@code row} is the spreadsheet row (1 when it concerns the whole file) and {@code column} the
     * header's name or the column letter ("" when it concerns no column).
     */
    public static class TableReadException extends Exception {
        private final String code;
        private final int row;
        private final String column;

        public TableReadException(String message) {
            this("UNREADABLE", 1, "", message);
        }

        public TableReadException(String code, int row, String column, String message) {
            super(message, null, false, false);
            this.code = code;
            this.row = row;
            this.column = column;
        }

        public String code() {
            return code;
        }

        public int row() {
            return row;
        }

        public String column() {
            return column;
        }
    }

    /**
     * Tables read at the same time. The limits bound what one read holds; this bounds them all together,
     * so the heap a burst of uploads needs does not grow with the number of callers.
     */
    static final int CONCURRENT_READS = 4;
    private static final Semaphore READS = new Semaphore(CONCURRENT_READS, true);

    private TableReader() {
    }

    /** Reads with the {@link TableLimits#DEFAULT default limits}. */
    public static Table read(byte[] bytes) throws TableReadException {
        return read(bytes, TableLimits.DEFAULT);
    }

    public static Table read(byte[] bytes, TableLimits limits) throws TableReadException {
        if (bytes.length == 0) {
            throw new TableReadException("Het bestand is leeg.");
        }
        boolean zip = bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        acquire();
        try {
            return zip ? XlsxTableReader.read(bytes, limits) : CsvTableReader.read(bytes, limits);
        } finally {
            READS.release();
        }
    }

    private static void acquire() {
        try {
            if (READS.tryAcquire(60, TimeUnit.SECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "IMPORT_BUSY",
                "Er worden nu veel bestanden tegelijk ingelezen. Probeer het over een minuut opnieuw.");
    }
}
