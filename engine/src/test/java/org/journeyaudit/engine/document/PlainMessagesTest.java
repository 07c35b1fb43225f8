package org.journeyaudit.engine.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.journeyaudit.engine.change.ChangeRequestReader;
import org.junit.jupiter.api.Test;

/**
 * Every prefix of the sample documents, and each of them with a byte replaced by one that breaks the
 * syntax, is read or refused with problems in plain words: nothing else is thrown, and no message
 * names a class, a package, a parser feature or setting, or shows the parser's source excerpt.
 */
class PlainMessagesTest {

    private static final Pattern LIBRARY_WORDS = Pattern.compile(
            "java\\.|javax\\.|tools\\.jackson|snakeyaml|Exception|Feature|StreamRead|JsonRead|Constraints|REDACTED|Source:|`|\\bat \\[");
    private static final byte[] BREAKERS = {'{', '}', '[', ']', '"', '\'', ':', ',', '&', '*', '!', '%', '@', '\t', 0, (byte) 0xC3,
            (byte) 0xFF, '\n', '-', '#', '|', '>', '?', '\\'};

    @Test
    void everyTruncationAndBrokenByteIsRefusedInPlainWords() throws IOException {
        List<String> messages = new ArrayList<>();
        int documents = 0;
        for (String name : List.of("every-problem.yaml", "every-problem.json", "change-every-problem.yaml", "change-every-problem.json")) {
            byte[] content = Files.readAllBytes(Path.of("src/test/resources/documents", name));
            DocumentFormat format = DocumentFormat.ofFileName(name);
            for (int length = 0; length <= content.length; length++) {
                messages.addAll(problemsOf(java.util.Arrays.copyOf(content, length), format));
                documents++;
            }
            for (int at = 0; at < content.length; at += 3) {
                for (byte breaker : BREAKERS) {
                    byte[] broken = content.clone();
                    broken[at] = breaker;
                    messages.addAll(problemsOf(broken, format));
                    documents++;
                }
            }
        }
        assertThat(documents).isEqualTo(13_124);
        assertThat(messages).isNotEmpty().noneMatch(m -> LIBRARY_WORDS.matcher(m).find());
    }

    /** The messages of the problems a document is refused with; none when it is read. */
    private static List<String> problemsOf(byte[] content, DocumentFormat format) {
        try {
            new JourneyReader().parse("broken", content, format);
            new ChangeRequestReader().read("broken", content, format);
            return List.of();
        } catch (InvalidDocumentException refused) {
            return refused.problems().stream().map(Problem::message).toList();
        }
    }
}
