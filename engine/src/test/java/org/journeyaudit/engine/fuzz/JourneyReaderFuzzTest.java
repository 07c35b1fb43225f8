package org.journeyaudit.engine.fuzz;

import java.util.concurrent.TimeUnit;

import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.JourneyReader;
import org.junit.jupiter.api.Timeout;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Journey documents of any bytes, in YAML and in JSON: each is read into a journey within the documented
 * ranges and limits, or refused with plain, located problems. Every file under
 * {@code JourneyReaderFuzzTestInputs/<method>/} is one document; each runs with every build.
 */
class JourneyReaderFuzzTest {

    private final JourneyReader reader = new JourneyReader();

    /*
     * A limit that catches a reader that hangs, not a speed target: the seed of over a thousand problems reads in
     * about a second, but its thousand messages checked under the fuzzer's hooks took over 10 s on a loaded machine,
     * as the audit fuzz test's documents do (30 s there too).
     */

    @FuzzTest
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void yamlJourney(byte[] document) {
        AcceptedJourney.readOrRefused(reader, document, DocumentFormat.YAML);
    }

    @FuzzTest
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void jsonJourney(byte[] document) {
        AcceptedJourney.readOrRefused(reader, document, DocumentFormat.JSON);
    }
}
