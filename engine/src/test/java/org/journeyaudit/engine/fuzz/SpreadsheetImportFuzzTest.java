package org.journeyaudit.engine.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.document.Problem;
import org.journeyaudit.engine.spreadsheet.ImportedJourney;
import org.journeyaudit.engine.spreadsheet.JourneyImport;
import org.journeyaudit.engine.spreadsheet.Unmapped;
import org.junit.jupiter.api.Timeout;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * CSV files and workbooks of any bytes, imported as journeys: each gives a journey the reader reads again
 * as written, with every cell not imported said in plain words, or is refused with plain problems. Inputs:
 * {@code SpreadsheetImportFuzzTestInputs/csv/} and {@code .../workbook/}.
 */
class SpreadsheetImportFuzzTest {

    @FuzzTest
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void csv(byte[] content) throws IOException {
        imported(content, "map.csv");
    }

    @FuzzTest
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void workbook(byte[] content) throws IOException {
        imported(content, "map.xlsx");
    }

    private static void imported(byte[] content, String name) throws IOException {
        Path dir = Files.createTempDirectory("grid");
        Path file = Files.write(dir.resolve(name), content);
        try {
            ImportedJourney imported = JourneyImport.read(file, JourneyImport.Options.defaults());
            // what was written is a journey document as the reader reads it, and reads again the same
            String yaml = imported.yaml();
            assertThat(new JourneyReader().read("again.yaml", yaml.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML).id())
                    .isEqualTo(imported.journey().id());
            for (Unmapped cell : imported.unmapped()) {
                DocumentContract.assertPlain(cell.why(), DocumentContract.decoded(content));
                assertThat(cell.where()).startsWith(name.endsWith(".csv") ? name + "!" : "");
            }
        } catch (InvalidDocumentException refused) {
            assertThat(refused.problems()).as("a refused spreadsheet names at least one problem").isNotEmpty();
            for (Problem problem : refused.problems()) {
                DocumentContract.assertPlain(problem.message(), DocumentContract.decoded(content));
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }
}
