package org.journeyaudit.engine.report;

import java.util.Locale;

import org.apache.commons.csv.CSVFormat;

/**
 * How a CSV report is written. {@code plain} is RFC 4180 (comma, CRLF, no byte order mark); {@code excel} is what a
 * spreadsheet set to a European or Russian locale opens in columns on a double click: a UTF-8 byte order mark (without it
 * Cyrillic is garbled), semicolons and CRLF, and a text that would start a formula ({@code = + - @}) led by an apostrophe so
 * that it stays text. Either takes another delimiter.
 */
public record CsvDialect(String name, char delimiter, boolean byteOrderMark, boolean literalFormulas) {

    public static final CsvDialect PLAIN = new CsvDialect("plain", ',', false, false);
    public static final CsvDialect EXCEL = new CsvDialect("excel", ';', true, true);

    private static final String BOM = "\uFEFF";

    /**
     * The dialect named ({@code plain} or {@code excel}, null for plain) with the delimiter given ({@code ,}, {@code ;},
     * {@code tab}; null for the dialect's own); {@link IllegalArgumentException} saying what is accepted otherwise.
     */
    public static CsvDialect of(String dialect, String delimiter) {
        CsvDialect chosen = switch (dialect == null ? "plain" : dialect.strip().toLowerCase(Locale.ROOT)) {
            case "plain" -> PLAIN;
            case "excel" -> EXCEL;
            default -> throw new IllegalArgumentException("'" + dialect + "' is not a CSV dialect: plain (RFC 4180, comma) or excel "
                    + "(UTF-8 byte order mark, semicolons, for a spreadsheet)");
        };
        if (delimiter == null) {
            return chosen;
        }
        char c = switch (delimiter.toLowerCase(Locale.ROOT)) {
            case "," -> ',';
            case ";" -> ';';
            case "tab", "\t" -> '\t';
            default -> throw new IllegalArgumentException("'" + delimiter + "' is not a CSV delimiter: , ; or tab");
        };
        return new CsvDialect(chosen.name, c, chosen.byteOrderMark, chosen.literalFormulas);
    }

    CSVFormat format(String[] header) {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader(header).get();
    }

    /** The start of the report: the byte order mark, if the dialect has one. */
    String start() {
        return byteOrderMark ? BOM : "";
    }

    /** A text field as written: in a dialect for spreadsheets, never read as a formula. */
    String text(String value) {
        if (literalFormulas && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
