package nl.thuisplan.spreadsheet;

/**
 * What one uploaded table may hold, checked while it is read. The sizes of the unpacked XLSX parts
 * are fixed here (they protect the server, not an import's meaning); the row count is each
 * import's own.
 *
 * @param maxRows      data rows (the header not counted)
 * @param maxColumns   columns of any row, the header included
 * @param maxCellChars characters in one cell (Excel itself allows 32,767)
 * @param maxCells     non-empty cells in the whole table
 * @param maxChars     characters in all cells together
 */
public record TableLimits(int maxRows, int maxColumns, int maxCellChars, int maxCells, long maxChars) {

    /** The unpacked size of all parts of an XLSX together. */
    static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;
    /** The unpacked size of the shared strings part, which POI keeps in memory whole. */
    static final long MAX_SHARED_STRINGS_BYTES = 8L * 1024 * 1024;
    /** The unpacked size of any other part that is not a worksheet (styles, workbook, content types: parsed whole). */
    static final long MAX_OTHER_PART_BYTES = 2L * 1024 * 1024;
    /** How much larger than its compressed form a part may unpack (POI's own default is the same 100). */
    static final int MAX_COMPRESSION_RATIO = 100;
    /** Below this unpacked size a part's ratio is not judged: small XML compresses very well legitimately. */
    static final long RATIO_FLOOR_BYTES = 1024 * 1024;
    /** Entries in the zip (a real workbook has a few dozen). */
    static final int MAX_ZIP_ENTRIES = 1000;

    public static final TableLimits DEFAULT = rows(10_000);

    /** The default limits with an import's own row limit. */
    public static TableLimits rows(int maxRows) {
        return new TableLimits(maxRows, 100, 10_000, 500_000, 8_000_000);
    }
}
