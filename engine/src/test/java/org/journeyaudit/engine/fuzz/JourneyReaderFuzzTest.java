package org.journeyaudit.engine.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.journey.Journey;
import org.junit.jupiter.api.Timeout;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Journey documents of any bytes, in YAML and in JSON: each is read into a journey within the documented
 * ranges and limits, or refused with plain, located problems. Every file under
 * {@code JourneyReaderFuzzTestInputs/<method>/} is one document; each runs with every build.
 */
class JourneyReaderFuzzTest {

    private final JourneyReader reader = new JourneyReader();

    @FuzzTest
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void yamlJourney(byte[] document) {
        readOrRefuse(document, DocumentFormat.YAML);
    }

    @FuzzTest
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void jsonJourney(byte[] document) {
        readOrRefuse(document, DocumentFormat.JSON);
    }

    private void readOrRefuse(byte[] document, DocumentFormat format) {
        Journey journey;
        try {
            journey = reader.read("journey." + format.name().toLowerCase(java.util.Locale.ROOT), document, format);
        } catch (InvalidDocumentException refused) {
            DocumentContract.refusedPlainly(refused, document);
            return;
        }
        assertThat(DocumentContract.isUtf8(document)).as("a document read although it is not UTF-8").isTrue();
        assertThat(YamlFeatures.refusedIn(DocumentContract.decoded(document), format)).as("a refused YAML feature in a document read").isEmpty();
        AcceptedJourney.assertWithinLimits(journey);
    }
}
