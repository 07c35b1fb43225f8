package org.journeyaudit.engine.spreadsheet;

/**
 * How large a spreadsheet the import reads, checked before its cells are: the file's size, what each part of
 * a workbook unpacks to (checked as the archive is read, before the workbook library parses anything), and
 * the rows, columns and filled cells of the sheet read, and the text of one cell. A journey grid is a few dozen
 * rows; the limits stand well above any real map and well below what would exhaust the memory. The workbook
 * library's own guards (an entry that expands more than a hundredfold, an entry over its size limit) stay on
 * beside these.
 */
public record GridLimits(long maxFileBytes, long maxPartBytes, int maxRows, int maxColumns, int maxCells, int maxCellText) {

    /**
     * 10 MiB a file, 20 MiB a workbook part unpacked, 1,000 rows, 1,000 columns (a journey has at most 1,000
     * stages), 100,000 filled cells, 4,000 characters a cell.
     */
    public static final GridLimits DEFAULT = new GridLimits(10L * 1024 * 1024, 20L * 1024 * 1024, 1_000, 1_000, 100_000, 4_000);

    /** Most parts a workbook may hold: a journey workbook has a dozen. */
    static final int MAX_PARTS = 1_000;
}
