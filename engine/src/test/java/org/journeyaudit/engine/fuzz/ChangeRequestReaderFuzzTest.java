package org.journeyaudit.engine.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import org.journeyaudit.engine.change.ChangeRequest;
import org.journeyaudit.engine.change.ChangeRequestReader;
import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.junit.jupiter.api.Timeout;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Change requests of any bytes: each is read, with its planned date in the documented window, or refused
 * with plain, located problems. Inputs: {@code ChangeRequestReaderFuzzTestInputs/changeRequest/}.
 */
class ChangeRequestReaderFuzzTest {

    private final ChangeRequestReader reader = new ChangeRequestReader();

    @FuzzTest
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void changeRequest(byte[] document) {
        ChangeRequest request;
        try {
            request = reader.read("change.yaml", document, DocumentFormat.YAML);
        } catch (InvalidDocumentException refused) {
            DocumentContract.refusedPlainly(refused, document);
            return;
        }
        assertThat(DocumentContract.isUtf8(document)).as("a change request read although it is not UTF-8").isTrue();
        assertThat(YamlFeatures.refusedIn(DocumentContract.decoded(document), DocumentFormat.YAML))
                .as("a refused YAML feature in a change request read").isEmpty();
        assertThat(request.id()).as("change request id").isNotBlank();
        if (request.plannedDate() != null) {
            assertThat(request.plannedDate()).as("plannedDate").isBetween(LocalDate.of(1900, 1, 1), LocalDate.of(2999, 12, 31));
        }
    }
}
