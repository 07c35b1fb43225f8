package org.journeyaudit.engine.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.journeyaudit.engine.check.CheckReader;
import org.journeyaudit.engine.check.CustomChecks;
import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.junit.jupiter.api.Timeout;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Custom checks files of any bytes: each is read or refused with plain, located problems. Inputs:
 * {@code CheckReaderFuzzTestInputs/checks/}.
 */
class CheckReaderFuzzTest {

    private final CheckReader reader = new CheckReader();

    @FuzzTest
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void checks(byte[] document) {
        CustomChecks checks;
        try {
            checks = reader.read("checks.yaml", document, DocumentFormat.YAML, List.of());
        } catch (InvalidDocumentException refused) {
            DocumentContract.refusedPlainly(refused, document);
            return;
        }
        assertThat(DocumentContract.isUtf8(document)).as("a checks file read although it is not UTF-8").isTrue();
        assertThat(YamlFeatures.refusedIn(DocumentContract.decoded(document), DocumentFormat.YAML))
                .as("a refused YAML feature in a checks file read").isEmpty();
        // the documented limits of a checks file: 1,000 checks, messages of at most 500 characters
        assertThat(checks.checks()).as("checks read").hasSizeLessThanOrEqualTo(1000)
                .allSatisfy(check -> assertThat(check.message()).as("message of %s", check.id()).isNotBlank().hasSizeLessThanOrEqualTo(500));
    }
}
