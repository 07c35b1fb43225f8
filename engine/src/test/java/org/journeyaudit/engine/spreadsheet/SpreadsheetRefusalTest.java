package org.journeyaudit.engine.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.journeyaudit.engine.document.InvalidDocumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the import refuses, and how it says so: the file, the sheet or cell, and what is wrong. */
class SpreadsheetRefusalTest {

    @TempDir
    Path dir;

    private String refusal(Path file, JourneyImport.Options options) {
        InvalidDocumentException refused = catchThrowableOfType(InvalidDocumentException.class, () -> JourneyImport.read(file, options));
        return TestGrids.refusal(refused);
    }

    private String refusal(Path file) {
        return refusal(file, JourneyImport.Options.defaults());
    }

    @Test
    void anEmptySheetIsRefusedByName() throws IOException {
        Path file = TestGrids.xlsx(dir, "empty.xlsx", "Карта", new String[0][]);

        assertThat(refusal(file)).isEqualTo(file + ": Карта: the sheet is empty\n");
    }

    @Test
    void aSheetTheWorkbookLacksIsRefusedWithTheSheetsItHas() throws IOException {
        Path file = TestGrids.xlsx(dir, "two.xlsx", new TestGrids.SheetSpec("Карта", new String[][] {{"Этап", "Заявка"}}),
                new TestGrids.SheetSpec("Матрица", new String[][] {{"Этап", "Заявка"}}));

        assertThat(refusal(file, JourneyImport.Options.defaults().withSheet("Map")))
                .isEqualTo(file + ": the workbook has no sheet 'Map'; its sheets are 'Карта', 'Матрица'\n");
    }

    @Test
    void aTextFileNamedAsAWorkbookIsNotAWorkbook() throws IOException {
        Path file = Files.writeString(dir.resolve("map.xlsx"), "Этап;Заявка\nЦель;Подать\n");

        assertThat(refusal(file)).isEqualTo(file
                + ": the file is not an Excel workbook (.xlsx): it is not the archive such a workbook is saved as\n");
    }

    @Test
    void anExcel97WorkbookIsNamedAsSuch() throws IOException {
        Path file = Files.write(dir.resolve("old.xlsx"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});

        assertThat(refusal(file)).isEqualTo(file
                + ": the file is an Excel 97-2003 workbook (.xls), which is not read; save it as an Excel workbook (.xlsx)\n");
    }

    @Test
    void anArchiveWithoutAWorkbookIsNotAWorkbook() throws IOException {
        Path file = dir.resolve("photos.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("photo.txt"));
            zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertThat(refusal(file)).isEqualTo(file
                + ": the file is not an Excel workbook (.xlsx): the archive holds no workbook\n");
    }

    @Test
    void aWorkbookThatExpandsAHundredfoldIsRefusedByTheLibrarysGuard() throws IOException {
        // 4 MiB of spaces compress to a few kilobytes: the ratio the zip-bomb guard refuses, below the part limit
        Path file = dir.resolve("bomb.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 4; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }

        assertThat(refusal(file)).isEqualTo(file + ": the workbook expands to far more than its file size (a part of it grows more"
                + " than a hundredfold or past the size a part may have); it is not read\n");
    }

    @Test
    void aPartThatUnpacksPastItsLimitIsRefusedBeforeTheWorkbookIsParsed() throws IOException {
        Path file = dir.resolve("big-sheet.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write("<worksheet><sheetData>".repeat(100).getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }

        assertThat(refusal(file, JourneyImport.Options.defaults().withLimits(new GridLimits(1 << 20, 1_000, 10, 10, 100, 4000))))
                .isEqualTo(file + ": the workbook's part 'xl/worksheets/sheet1.xml' unpacks to more than 1,000 bytes; a journey"
                        + " grid's parts are far smaller, and it is not read\n");
    }

    @Test
    void aPartCompressedAsTheToolCannotReadIsRefusedAsTheFilesDoing() throws IOException {
        // found by fuzzing: an entry marked as zstd-compressed, which the library reads only with a codec not shipped
        Path file = Files.copy(Path.of("src/test/resources/org/journeyaudit/engine/fuzz/SpreadsheetImportFuzzTestInputs/workbook/"
                + "zstd-compressed-part.xlsx"), dir.resolve("zstd.xlsx"));

        assertThat(refusal(file)).isEqualTo(file + ": the workbook is compressed or encrypted in a way this tool does not read; open"
                + " it in Excel and save it again as an Excel workbook (.xlsx) without a password\n");
    }

    @Test
    void aTruncatedWorkbookIsDamaged() throws IOException {
        byte[] sample = Files.readAllBytes(Path.of("../samples/spreadsheets/fitness-club-map.xlsx"));
        Path file = Files.write(dir.resolve("truncated.xlsx"), java.util.Arrays.copyOf(sample, 3000));

        assertThat(refusal(file)).isEqualTo(file + ": the file is not a readable Excel workbook (.xlsx): a part of it is missing or"
                + " damaged; open it in Excel and save it again\n");
    }

    @Test
    void aSheetOverTheGridLimitsIsRefusedBeforeItsCellsAreRead() throws IOException {
        Path rows = TestGrids.xlsx(dir, "rows.xlsx", "Map", new String[][] {{"Stage", "A"}, {"Goal", "a"}, {"Pains", "b"}});
        Path wide = TestGrids.xlsx(dir, "wide.xlsx", "Map", new String[][] {{"Stage", "A", "B", "C"}});
        Path longText = TestGrids.xlsx(dir, "long.xlsx", "Map", new String[][] {{"Stage", "A"}, {"Goal", "x".repeat(41)}});
        JourneyImport.Options small = JourneyImport.Options.defaults().withLimits(new GridLimits(1 << 20, 1 << 20, 2, 3, 100, 40));

        assertThat(refusal(rows, small)).isEqualTo(rows + ": Map: the sheet has 3 rows; a journey grid is read up to 2 rows\n");
        assertThat(refusal(wide, small)).isEqualTo(wide + ": Map: the sheet has 4 columns; a journey grid is read up to 3 columns\n");
        assertThat(refusal(longText, small)).isEqualTo(longText + ": Map!B2: the cell holds 41 characters; a cell is read up to 40\n");
    }

    @Test
    void aCsvFileOverTheGridLimitsIsRefusedAsItIsRead() throws IOException {
        Path rows = Files.writeString(dir.resolve("rows.csv"), "Stage;A\nGoal;a\nPains;b\n");
        Path wide = Files.writeString(dir.resolve("wide.csv"), "Stage;A\nGoal;a;b;c\n");
        Path cells = Files.writeString(dir.resolve("cells.csv"), "Stage;A;B\nGoal;a;b\n");
        JourneyImport.Options small = JourneyImport.Options.defaults().withLimits(new GridLimits(1 << 20, 1 << 20, 2, 3, 5, 40));

        assertThat(refusal(rows, small)).isEqualTo(rows + ": the file has more than 2 rows; a journey grid is read up to 2 rows\n");
        assertThat(refusal(wide, small)).isEqualTo(wide + ": row 2 has 4 columns; a journey grid is read up to 3 columns\n");
        assertThat(refusal(cells, small)).isEqualTo(cells + ": the file has more than 5 filled cells; a journey grid is read up to"
                + " 5 cells\n");
    }

    @Test
    void aGridWhoseJourneyPassesTheDocumentsLimitsIsRefusedAsTheReaderRefusesIt() throws IOException {
        // 1,001 stages: within the grid's limits, beyond the journey document's
        StringBuilder header = new StringBuilder("Stage");
        for (int i = 0; i <= 1000; i++) {
            header.append(";S").append(i);
        }
        Path file = Files.writeString(dir.resolve("stages.csv"), header + "\n");

        assertThat(refusal(file, JourneyImport.Options.defaults().withLimits(new GridLimits(1 << 20, 1 << 20, 10, 2000, 5000, 4000))))
                .isEqualTo(file + ": the journey written from the grid is not valid at stages: 'stages' holds 1,001 entries; a journey"
                        + " has at most 1,000 stages\n");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws IOException {
        Path file = Files.writeString(dir.resolve("big.csv"), "Stage;A\n" + "Goal;" + "x".repeat(200) + "\n");

        assertThat(refusal(file, JourneyImport.Options.defaults().withLimits(new GridLimits(100, 1 << 20, 10, 10, 100, 4000))))
                .isEqualTo(file + ": the document is 214 bytes; the limit is 100 bytes\n");
    }

    @Test
    void aChannelWhoseNameSaysNotWhoServesItIsRefusedWhereItIsNamed() throws IOException {
        Path file = TestGrids.xlsx(dir, "pigeon.xlsx", "Map", new String[][] {
                {"Stage", "Order"}, {"Touchpoints", "Голубиная связь\nТелефон"}});

        assertThat(refusal(file)).isEqualTo(file + ": Map!B2: the channel 'Голубиная связь' does not say whether people serve it"
                + " (assisted) or customers serve themselves (self-service), which the journey document needs; name it under"
                + " 'channels' in a label file (--labels) with its mode\n");
    }

    @Test
    void aCsvFileThatIsNotUtf8IsRefusedWithTheEncodingToGive() throws IOException {
        Path file = Files.write(dir.resolve("cp1251.csv"), "Этап;Подать заявление\nЦель;Быстро\n".getBytes(Charset.forName("windows-1251")));

        assertThat(refusal(file)).isEqualTo(file + ": the file is not UTF-8 (line 1); save it as CSV UTF-8, or give its encoding"
                + " (--encoding windows-1251 for a CSV file Russian Excel saved)\n");
    }

    @Test
    void aCsvFileWithAnUnclosedQuoteIsRefusedAtItsRow() throws IOException {
        Path file = Files.writeString(dir.resolve("quote.csv"), "Stage;Order\nGoal;\"Get it\" right\n");

        assertThat(refusal(file)).isEqualTo(file + ": row 2 is not valid CSV: a quoted value is not closed, or text follows its"
                + " closing quote\n");
    }

    @Test
    void aSheetNamedForACsvFileIsAUsageMistake() throws IOException {
        Path file = Files.writeString(dir.resolve("map.csv"), "Stage;Order\n");

        assertThat(refusal(file, JourneyImport.Options.defaults().withSheet("Map")))
                .isEqualTo(file + ": a CSV file has no sheets; --sheet names a sheet of an Excel workbook (.xlsx)\n");
    }

    @Test
    void anEmptyCsvFileIsRefused() throws IOException {
        Path file = Files.write(dir.resolve("empty.csv"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\r', '\n'});

        assertThat(refusal(file)).isEqualTo(file + ": the file holds no cell with text\n");
    }

}
