package org.journeyaudit.engine.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeyaudit.engine.document.DocumentFiles;
import org.journeyaudit.engine.document.DocumentLimits;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.InvalidDocumentException.Kind;
import org.journeyaudit.engine.document.Problem;

/**
 * Reads one sheet of an Excel workbook ({@code .xlsx}) as a {@link Grid}: each cell as the consultant sees
 * it (a formula by the value Excel last computed and saved, a date or number in the cell's own format), a
 * merged region's cells holding its anchor's text. The workbook library keeps its guards against archives
 * that expand without bound; the {@link GridLimits} are checked on the sheet before its cells are read.
 */
final class WorkbookGrids {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private WorkbookGrids() {
    }

    /** The names of the workbook's sheets, in order. */
    static List<String> sheetNames(Path file, GridLimits limits) {
        String source = file.toString();
        try (XSSFWorkbook workbook = open(file, limits)) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                names.add(workbook.getSheetName(i));
            }
            return names;
        } catch (IOException | RuntimeException broken) {
            throw notReadable(source, broken);
        } catch (LinkageError missing) {
            throw missingHelper(source, missing);
        }
    }

    /** The sheet read, and the workbook's sheets of channels and of coverage when it has them besides. */
    record Sheets(Grid grid, Grid channels, Grid coverage, List<String> unread) {
    }

    /**
     * The sheet named {@code sheetName}, or the first sheet when it is {@code null}; and the sheet whose name is
     * one of {@code channelSheets} (case folded), when there is one and it is not the sheet read.
     */
    static Sheets read(Path file, String sheetName, GridLimits limits, List<String> channelSheets, List<String> coverageSheets) {
        String source = file.toString();
        try (XSSFWorkbook workbook = open(file, limits)) {
            Sheet sheet = sheet(workbook, sheetName, source);
            Grid channels = other(workbook, sheet, channelSheets, source, limits);
            Grid coverage = other(workbook, sheet, coverageSheets, source, limits);
            List<String> unread = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                String name = workbook.getSheetName(i);
                if (workbook.getSheetAt(i) != sheet && (channels == null || !name.equals(channels.name()))
                        && (coverage == null || !name.equals(coverage.name()))) {
                    unread.add(name);
                }
            }
            return new Sheets(grid(sheet, source, limits), channels, coverage, unread);
        } catch (InvalidDocumentException refused) {
            throw refused;
        } catch (IOException | RuntimeException broken) {
            throw notReadable(source, broken);
        } catch (LinkageError missing) {
            throw missingHelper(source, missing);
        }
    }

    /** The first sheet besides {@code read} whose name is one of {@code names}, case folded. */
    private static Grid other(XSSFWorkbook workbook, Sheet read, List<String> names, String source, GridLimits limits) {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            Sheet other = workbook.getSheetAt(i);
            if (other != read && names.contains(RowLabel.fold(other.getSheetName()))) {
                return grid(other, source, limits);
            }
        }
        return null;
    }

    private static XSSFWorkbook open(Path file, GridLimits limits) throws IOException {
        String source = file.toString();
        byte[] content = DocumentFiles.read(file, new DocumentLimits(limits.maxFileBytes(), 32), GridRefusal.SPREADSHEET);
        if (startsWith(content, OLE2)) {
            throw GridRefusal.refused(source, Kind.MALFORMED, "",
                    "the file is an Excel 97-2003 workbook (.xls), which is not read; save it as an Excel workbook (.xlsx)");
        }
        if (!startsWith(content, ZIP)) {
            throw GridRefusal.refused(source, Kind.MALFORMED, "",
                    "the file is not an Excel workbook (.xlsx): it is not the archive such a workbook is saved as");
        }
        parts(content, source, limits);
        try {
            return new XSSFWorkbook(OPCPackage.open(new ByteArrayInputStream(content)));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException notWorkbook) {
            throw GridRefusal.refused(source, Kind.MALFORMED, "",
                    "the file is not an Excel workbook (.xlsx): the archive holds no workbook");
        }
    }

    /**
     * Unpacks the archive once, counting, before the workbook library parses it: a part that unpacks past the
     * limit, or more parts than a workbook has, is refused without anything being kept in memory. An archive
     * that cannot be read this way is left to the library, which says what is wrong with it.
     */
    private static void parts(byte[] content, String source, GridLimits limits) {
        byte[] buffer = new byte[64 * 1024];
        int parts = 0;
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(content))) {
            for (java.util.zip.ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++parts > GridLimits.MAX_PARTS) {
                    throw GridRefusal.refused(source, Kind.TOO_LARGE, "", "the workbook holds more than "
                            + GridRefusal.count(GridLimits.MAX_PARTS) + " parts; a journey workbook holds a few");
                }
                long unpacked = 0;
                for (int read = zip.read(buffer); read >= 0; read = zip.read(buffer)) {
                    unpacked += read;
                    if (unpacked > limits.maxPartBytes()) {
                        throw GridRefusal.refused(source, Kind.TOO_LARGE, "", "the workbook's part '" + entry.getName()
                                + "' unpacks to more than " + GridRefusal.count(limits.maxPartBytes()) + " bytes; a journey grid's"
                                + " parts are far smaller, and it is not read");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException unreadable) {
            // a damaged archive: the library's reading names it
        }
    }

    private static Sheet sheet(XSSFWorkbook workbook, String sheetName, String source) {
        if (workbook.getNumberOfSheets() == 0) {
            throw GridRefusal.refused(source, Kind.INVALID, "", "the workbook has no sheet");
        }
        if (sheetName == null) {
            return workbook.getSheetAt(0);
        }
        Sheet sheet = workbook.getSheet(sheetName);
        if (sheet == null) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                names.add("'" + workbook.getSheetName(i) + "'");
            }
            throw GridRefusal.refused(source, Kind.INVALID, "",
                    "the workbook has no sheet '" + sheetName + "'; its sheets are " + String.join(", ", names));
        }
        return sheet;
    }

    private static Grid grid(Sheet sheet, String source, GridLimits limits) {
        String name = sheet.getSheetName();
        int rows = sheet.getLastRowNum() + 1;
        if (rows > limits.maxRows()) {
            throw GridRefusal.refused(source, Kind.TOO_LARGE, name, "the sheet has " + GridRefusal.count(rows)
                    + " rows; a journey grid is read up to " + GridRefusal.count(limits.maxRows()) + " rows");
        }
        int columns = 0;
        int filled = 0;
        for (Row row : sheet) {
            columns = Math.max(columns, row.getLastCellNum());
            filled += row.getPhysicalNumberOfCells();
        }
        if (columns > limits.maxColumns()) {
            throw GridRefusal.refused(source, Kind.TOO_LARGE, name, "the sheet has " + GridRefusal.count(columns)
                    + " columns; a journey grid is read up to " + GridRefusal.count(limits.maxColumns()) + " columns");
        }
        if (filled > limits.maxCells()) {
            throw GridRefusal.refused(source, Kind.TOO_LARGE, name, "the sheet has " + GridRefusal.count(filled)
                    + " cells; a journey grid is read up to " + GridRefusal.count(limits.maxCells()) + " cells");
        }
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        // a formula shows the value Excel saved with it: the import never computes anything itself
        formatter.setUseCachedValuesForFormulaCells(true);
        String[][] cells = new String[Math.max(rows, 0)][];
        List<Problem> tooLong = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            Row row = sheet.getRow(r);
            int width = row == null ? 0 : Math.max(row.getLastCellNum(), 0);
            cells[r] = new String[width];
            for (int c = 0; c < width; c++) {
                Cell cell = row.getCell(c);
                String text = cell == null ? null : formatter.formatCellValue(cell);
                if (text != null && text.length() > limits.maxCellText()) {
                    tooLong.add(GridRefusal.problem(name + "!" + Grid.columnLetters(c) + (r + 1), "the cell holds "
                            + GridRefusal.count(text.length()) + " characters; a cell is read up to "
                            + GridRefusal.count(limits.maxCellText())));
                }
                cells[r][c] = text;
            }
        }
        if (!tooLong.isEmpty()) {
            throw GridRefusal.refused(source, Kind.TOO_LARGE, tooLong);
        }
        int[][] anchors = merged(sheet, cells, limits);
        return new Grid(name, cells, anchors, true);
    }

    /** Writes each merged region's anchor text into its other cells and remembers the anchor of each. */
    private static int[][] merged(Sheet sheet, String[][] cells, GridLimits limits) {
        int[][] anchors = new int[cells.length][];
        for (int r = 0; r < cells.length; r++) {
            anchors[r] = new int[cells[r].length];
            java.util.Arrays.fill(anchors[r], -1);
        }
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            int top = region.getFirstRow();
            int left = region.getFirstColumn();
            String text = top < cells.length && left < cells[top].length ? cells[top][left] : null;
            for (int r = top; r <= Math.min(region.getLastRow(), cells.length - 1); r++) {
                // a region drawn past the grid's last column ends at the column limit
                int last = Math.min(region.getLastColumn(), limits.maxColumns() - 1);
                if (last >= cells[r].length) {
                    cells[r] = java.util.Arrays.copyOf(cells[r], last + 1);
                    int old = anchors[r].length;
                    anchors[r] = java.util.Arrays.copyOf(anchors[r], cells[r].length);
                    java.util.Arrays.fill(anchors[r], old, anchors[r].length, -1);
                }
                for (int c = left; c <= last; c++) {
                    cells[r][c] = text;
                    anchors[r][c] = top * Grid.ANCHOR_ROW + left;
                }
            }
        }
        return anchors;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** The optional libraries a workbook part may need: compressions beyond the zip's own, and encryption. */
    private static final List<String> OPTIONAL_HELPERS = List.of("com/github/luben/zstd", "com.github.luben.zstd", "org/brotli",
            "org.brotli", "org/tukaani/xz", "org.tukaani.xz", "org/bouncycastle", "org.bouncycastle");

    /**
     * A part compressed or encrypted in a way that needs an optional library the tool does not ship is the
     * file's doing, and refused as such; any other class missing is a defect of the tool's packaging.
     */
    private static RuntimeException missingHelper(String source, LinkageError missing) {
        String message = String.valueOf(missing.getMessage());
        if (OPTIONAL_HELPERS.stream().anyMatch(message::contains)) {
            return GridRefusal.refused(source, Kind.MALFORMED, "", "the workbook is compressed or encrypted in a way this tool does"
                    + " not read; open it in Excel and save it again as an Excel workbook (.xlsx) without a password");
        }
        return new IllegalStateException("the workbook library cannot run: a class it needs is missing (" + message + ")", missing);
    }

    /** What the library's failure means for the person who gave the file, without the library's words. */
    private static InvalidDocumentException notReadable(String source, Throwable broken) {
        if (broken instanceof InvalidDocumentException refused) {
            return refused;
        }
        for (Throwable cause = broken; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Zip bomb") || message.contains("max size") || message.contains("maximum length")
                    || cause instanceof org.apache.poi.util.RecordFormatException) {
                return GridRefusal.refused(source, Kind.TOO_LARGE, "",
                        "the workbook expands to far more than its file size (a part of it grows more than a hundredfold or"
                                + " past the size a part may have); it is not read");
            }
        }
        return GridRefusal.refused(source, Kind.MALFORMED, "",
                "the file is not a readable Excel workbook (.xlsx): a part of it is missing or damaged; open it in Excel and save it again");
    }
}
