package org.journeyaudit.engine.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The samples of {@code samples/spreadsheets/}: each workbook and CSV file imports to its expected journey
 * exactly, with exactly the expected cells listed as not imported, and in the layout the guess states.
 */
class SpreadsheetSamplesTest {

    private static final Path SAMPLES = Path.of("../samples/spreadsheets");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "fitness-club-map.xlsx | MAP | column A labels its rows as a journey map does ('Потребность клиента' at CJM!A3)",
            "fitness-club-map.csv | MAP | column A labels its rows as a journey map does ('Потребность клиента' at fitness-club-map.csv!A3)",
            "insurance-matrix.xlsx | MATRIX | 15 of its 15 cells below the stages are coverage marks (+, -, N/A)",
            "insurance-matrix.csv | MATRIX | 15 of its 15 cells below the stages are coverage marks (+, -, N/A)"})
    void aSampleImportsToItsExpectedJourney(String file, GridLayout layout, String because) throws IOException {
        ImportedJourney imported = TestGrids.imported(SAMPLES.resolve(file));

        String stem = file.substring(0, file.lastIndexOf('.'));
        assertThat(imported.yaml()).isEqualTo(Files.readString(SAMPLES.resolve("expected/" + stem + ".yaml")));
        assertThat(TestGrids.unmapped(imported)).containsExactlyElementsOf(
                Files.readAllLines(SAMPLES.resolve("expected/" + file + ".unmapped.txt")));
        assertThat(imported.layout()).isEqualTo(layout);
        assertThat(imported.guessedBecause()).isEqualTo(because);
    }

    @org.junit.jupiter.api.Test
    void theFitnessMapReadsAsTheModelTheAuditUses() {
        var journey = TestGrids.imported(SAMPLES.resolve("fitness-club-map.xlsx")).journey();

        assertThat(journey.stages()).extracting(s -> s.emotion()).containsExactly(-1, -2, 1, 1, 1, 1, 1, 1);
        assertThat(journey.stages().get(2).barriers()).extracting(b -> b.text() + " -> " + b.solution()).containsExactly(
                "Высокая цена -> Вознаграждение бонусами за оставленный отзыв",
                "Отсутствие удобной парковки -> Разработка и размещение карты возможных парковочных мест",
                "Маленькие скамейки -> null");
        assertThat(journey.channels()).extracting(c -> c.id() + " " + c.mode().word() + " " + c.kind().word()).containsExactly(
                "onlayn-reklama self-service awareness", "veb-sayt self-service service", "sotsialnye-seti self-service service",
                "naruzhnaya-reklama self-service awareness", "rekomendatsii-znakomykh self-service awareness",
                "menedzher-po-prodazham-sk assisted service", "mobilnoe-prilozhenie self-service service",
                "terminal self-service service", "sayty-otzyvov self-service awareness");
    }
}
