package org.journeyaudit.rules.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.fuzz.DocumentContract;
import org.journeyaudit.engine.profile.Profile;
import org.journeyaudit.engine.profile.ProfileReader;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Profile files of any bytes, resolved against the built-in catalogue (the rules a profile names live in
 * this module): each is read with its thresholds in the documented range, or refused with plain, located
 * problems. A profile is read from a file (it may extend a file beside it), so each input is written to a
 * file of its own directory first. Inputs: {@code ProfileReaderFuzzTestInputs/profile/}.
 */
class ProfileReaderFuzzTest {

    private static final ProfileReader READER = new ProfileReader(RuleBase.builtIn().catalogue());
    private static Path directory;

    @BeforeAll
    static void directory() throws IOException {
        directory = Files.createTempDirectory("profile-fuzz");
    }

    @AfterAll
    static void removeDirectory() throws IOException {
        Files.deleteIfExists(directory.resolve("profile.yaml"));
        Files.deleteIfExists(directory);
    }

    @FuzzTest
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void profile(byte[] document) throws IOException {
        Path file = Files.write(directory.resolve("profile.yaml"), document);
        Profile profile;
        try {
            profile = READER.read(file);
        } catch (InvalidDocumentException refused) {
            DocumentContract.refusedPlainly(refused, document);
            return;
        }
        assertThat(DocumentContract.isUtf8(document)).as("a profile read although it is not UTF-8").isTrue();
        // rule thresholds in a profile: 0 to 1,000,000
        profile.parameters().forEach((rule, values) -> values.forEach((name, value) ->
                assertThat(value).as("%s of %s", name, rule).isBetween(0.0, 1_000_000.0)));
    }
}
