package org.journeyaudit.engine.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.journey.Journey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The valid documents of the journey corpus are read, not merely refused in plain words (which the fuzz
 * contract allows): the samples in JSON read to the very journeys their YAML does, and text outside the
 * Basic Multilingual Plane survives the parser's buffer boundaries unchanged.
 */
class ValidInputsTest {

    private static final Path INPUTS = inputs();

    private final JourneyReader reader = new JourneyReader();

    @ParameterizedTest
    @CsvSource({"complaint-handling-after, complaint-handling", "complaint-handling-before, complaint-handling",
            "dashcam-warranty-repair, dashcam-warranty-repair", "insurance-insured-event, insurance-insured-event",
            "retail-defective-goods, retail-defective-goods"})
    void theSamplesInJsonAreTheSamplesInYaml(String sample, String id) throws IOException {
        Journey yaml = read("yamlJourney/sample-" + sample + ".yaml", DocumentFormat.YAML);
        Journey json = read("jsonJourney/sample-" + sample + ".json", DocumentFormat.JSON);

        assertThat(yaml.id()).isEqualTo(id);
        assertThat(json).isEqualTo(yaml);
    }

    @ParameterizedTest
    @ValueSource(ints = {1022, 1023, 1024, 1025})
    void anEmojiAcrossTheParsersBuffersIsReadUnchanged(int offset) throws IOException {
        Journey journey = read("yamlJourney/valid-emoji-at-character-" + offset + ".yaml", DocumentFormat.YAML);

        // the name's text starts at character 25 of the file (counting from 0), the emoji at the given one
        assertThat(journey.name()).isEqualTo("a".repeat(offset - 25) + "\uD83D\uDE00 b");
        assertThat(journey.stages().get(0).name()).isEqualTo("\uD83D\uDCDE call \uD83D\uDE00");
    }

    private Journey read(String input, DocumentFormat format) throws IOException {
        return reader.read(input, Files.readAllBytes(INPUTS.resolve(input)), format);
    }

    private static Path inputs() {
        try {
            return Path.of(ValidInputsTest.class.getResource("JourneyReaderFuzzTestInputs").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
