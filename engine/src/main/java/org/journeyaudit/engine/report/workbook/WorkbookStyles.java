package org.journeyaudit.engine.report.workbook;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The few cell styles an audit workbook uses, made once per workbook (a workbook holds at most 64,000 styles). */
final class WorkbookStyles {

    /** Cell colours: served or passed green, not served or failed red, not applicable grey, undecided or suppressed amber. */
    enum Fill {
        GREEN(0xC6, 0xEF, 0xCE), RED(0xFF, 0xC7, 0xCE), GREY(0xD9, 0xD9, 0xD9), AMBER(0xFF, 0xEB, 0x9C);

        private final byte[] rgb;

        Fill(int red, int green, int blue) {
            this.rgb = new byte[] {(byte) red, (byte) green, (byte) blue};
        }
    }

    private final XSSFWorkbook workbook;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle literal;
    private final CellStyle whole;
    private final CellStyle decimal;
    private final CellStyle date;
    private final Map<String, CellStyle> money = new HashMap<>();
    private final Map<Fill, CellStyle> fills = new HashMap<>();

    WorkbookStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        // a text the spreadsheet would otherwise take for a formula when someone edits the cell stays text
        literal = workbook.createCellStyle();
        literal.cloneStyleFrom(text);
        literal.setQuotePrefixed(true);
        whole = numberStyle("#,##0");
        decimal = numberStyle("#,##0.##");
        date = numberStyle("yyyy-mm-dd");
    }

    CellStyle header() {
        return header;
    }

    /** Text as written; a text that starts as a formula would ({@code = + - @}) is marked as a literal. */
    CellStyle text(String value) {
        return looksLikeFormula(value) ? literal : text;
    }

    static boolean looksLikeFormula(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }

    CellStyle number(double value) {
        return value == Math.rint(value) ? whole : decimal;
    }

    CellStyle date() {
        return date;
    }

    /** An amount in its currency: {@code 5,030,640.00 EUR}, the code shown beside a number that stays a number. */
    CellStyle money(String currency) {
        String code = currency == null ? "" : currency.replaceAll("[^A-Za-z]", "");
        return money.computeIfAbsent(code, c -> numberStyle(c.isEmpty() ? "#,##0.00" : "#,##0.00\\ \"" + c + "\""));
    }

    CellStyle fill(Fill fill) {
        return fills.computeIfAbsent(fill, f -> {
            XSSFCellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(text);
            style.setAlignment(HorizontalAlignment.CENTER);
            style.setFillForegroundColor(new XSSFColor(f.rgb, null));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        });
    }

    private CellStyle numberStyle(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
