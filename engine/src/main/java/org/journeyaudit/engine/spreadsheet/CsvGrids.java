package org.journeyaudit.engine.spreadsheet;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.journeyaudit.engine.document.DocumentFiles;
import org.journeyaudit.engine.document.DocumentLimits;
import org.journeyaudit.engine.document.InvalidDocumentException.Kind;
import org.journeyaudit.engine.document.Problem;

/**
 * Reads a CSV file as a {@link Grid} named after the file: UTF-8 unless another encoding is declared
 * (Russian Excel saves CSV as {@code windows-1251}), a UTF-8 byte order mark skipped, the delimiter
 * ({@code ;} as Excel writes it where the decimal mark is a comma, {@code ,} or a tab) taken from the first
 * line. Rows are counted as a spreadsheet opening the file counts them, so a quoted value over several
 * lines is one cell of one row.
 */
final class CsvGrids {

    private CsvGrids() {
    }

    static Grid read(Path file, Charset encoding, GridLimits limits) {
        String source = file.toString();
        String name = file.getFileName().toString();
        byte[] content = DocumentFiles.read(file, new DocumentLimits(limits.maxFileBytes(), 32), GridRefusal.SPREADSHEET);
        String text = decode(content, encoding == null ? StandardCharsets.UTF_8 : encoding, source, encoding != null);
        char delimiter = delimiter(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        List<String[]> rows = new ArrayList<>();
        int filled = 0;
        List<Problem> tooLong = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                if (rows.size() == limits.maxRows()) {
                    throw GridRefusal.refused(source, Kind.TOO_LARGE, "", "the file has more than "
                            + GridRefusal.count(limits.maxRows()) + " rows; a journey grid is read up to "
                            + GridRefusal.count(limits.maxRows()) + " rows");
                }
                if (record.size() > limits.maxColumns()) {
                    throw GridRefusal.refused(source, Kind.TOO_LARGE, "", "row " + (rows.size() + 1) + " has "
                            + GridRefusal.count(record.size()) + " columns; a journey grid is read up to "
                            + GridRefusal.count(limits.maxColumns()) + " columns");
                }
                String[] row = record.values();
                for (int c = 0; c < row.length; c++) {
                    if (!row[c].isBlank()) {
                        filled++;
                    }
                    if (row[c].length() > limits.maxCellText()) {
                        tooLong.add(GridRefusal.problem(name + "!" + Grid.columnLetters(c) + (rows.size() + 1), "the cell holds "
                                + GridRefusal.count(row[c].length()) + " characters; a cell is read up to "
                                + GridRefusal.count(limits.maxCellText())));
                    }
                }
                if (filled > limits.maxCells()) {
                    throw GridRefusal.refused(source, Kind.TOO_LARGE, "", "the file has more than "
                            + GridRefusal.count(limits.maxCells()) + " filled cells; a journey grid is read up to "
                            + GridRefusal.count(limits.maxCells()) + " cells");
                }
                rows.add(row);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException broken) {
            throw GridRefusal.refused(source, Kind.MALFORMED, "", "row " + (rows.size() + 1)
                    + " is not valid CSV: a quoted value is not closed, or text follows its closing quote");
        }
        if (!tooLong.isEmpty()) {
            throw GridRefusal.refused(source, Kind.TOO_LARGE, tooLong);
        }
        // a file ending in a line break gives no row of its own
        while (!rows.isEmpty() && rows.get(rows.size() - 1).length == 1 && rows.get(rows.size() - 1)[0].isEmpty()) {
            rows.remove(rows.size() - 1);
        }
        return new Grid(name, rows.toArray(String[][]::new), null, false);
    }

    private static String decode(byte[] content, Charset encoding, String source, boolean declared) {
        int start = 0;
        if (content.length >= 2 && ((content[0] == (byte) 0xFF && content[1] == (byte) 0xFE) || (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF))) {
            throw GridRefusal.refused(source, Kind.MALFORMED, "", "the file is UTF-16 text; save it as CSV UTF-8");
        }
        if (content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB && content[2] == (byte) 0xBF) {
            start = 3;
        }
        try {
            return encoding.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start)).toString();
        } catch (CharacterCodingException notText) {
            int line = 1 + lineOfFirstBadByte(content, start, encoding);
            throw GridRefusal.refused(source, Kind.MALFORMED, "", declared
                    ? "the file is not " + encoding.name() + " text (line " + line + ")"
                    : "the file is not UTF-8 (line " + line + "); save it as CSV UTF-8, or give its encoding"
                            + " (--encoding windows-1251 for a CSV file Russian Excel saved)");
        }
    }

    private static int lineOfFirstBadByte(byte[] content, int start, Charset encoding) {
        var decoder = encoding.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(content.length + 1);
        decoder.decode(in, out, true);
        int lines = 0;
        out.flip();
        while (out.hasRemaining()) {
            if (out.get() == '\n') {
                lines++;
            }
        }
        return lines;
    }

    /** The delimiter most used on the first line outside quotes: {@code ;}, {@code ,} or a tab; a comma when none. */
    static char delimiter(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (semicolons + commas + tabs > 0) {
                    break;
                }
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (semicolons >= commas && semicolons >= tabs && semicolons > 0) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }
}
