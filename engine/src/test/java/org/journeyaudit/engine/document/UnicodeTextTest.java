package org.journeyaudit.engine.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;

import org.journeyaudit.engine.journey.Journey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any Unicode text is read as written, wherever it falls in the document: a character outside the Basic
 * Multilingual Plane (two UTF-16 chars, four UTF-8 bytes) is put at every offset around the sizes of
 * the buffers parsers read in, the YAML reader's default one (1,024) and the one it is given.
 */
class UnicodeTextTest {

    private static final String EMOJI = "\uD83D\uDE80"; // U+1F680, four bytes in UTF-8
    private final JourneyReader reader = new JourneyReader();

    static IntStream offsets() {
        // 1,024 was the YAML reader's own read size; DocumentParser.READ_SIZE (64 Ki) is the one it uses
        IntStream around = IntStream.of(2048, 4000, 4096, 8000, 8192, 16384, DocumentParser.READ_SIZE, 2 * DocumentParser.READ_SIZE)
                .flatMap(size -> IntStream.rangeClosed(size - 8, size + 8));
        return IntStream.concat(IntStream.rangeClosed(1000, 1100), around);
    }

    /** {@code lead} and blank lines, then a text whose character outside the BMP starts at byte {@code offset}. */
    private static String padded(String lead, String field, int offset) {
        StringBuilder text = new StringBuilder(lead);
        int fill = offset - lead.length() - field.length() - 40;
        text.append("\n".repeat(Math.max(0, fill)));
        text.append(field);
        text.append("x".repeat(offset - text.length()));
        return text.toString();
    }

    @ParameterizedTest(name = "YAML, at byte {0}")
    @MethodSource("offsets")
    void aYamlTextKeepsACharacterOutsideTheBmpAtAnyOffset(int offset) {
        String start = padded("id: j\nstages: [{id: s}]\n", "name: \"", offset);
        String name = start.substring(start.lastIndexOf('"') + 1) + EMOJI + "\u00e9" + EMOJI + "z";
        byte[] content = (start + EMOJI + "\u00e9" + EMOJI + "z\"\n").getBytes(StandardCharsets.UTF_8);
        assertThat(new String(content, StandardCharsets.UTF_8).indexOf(EMOJI)).isEqualTo(offset);
        Journey journey = reader.read("unicode.yaml", content, DocumentFormat.YAML);
        assertThat(journey.name()).isEqualTo(name);
    }

    @ParameterizedTest(name = "JSON, at byte {0}")
    @MethodSource("offsets")
    void aJsonTextKeepsACharacterOutsideTheBmpAtAnyOffset(int offset) {
        String start = padded("{\"id\": \"j\", \"stages\": [{\"id\": \"s\"}],", "\"name\": \"", offset);
        String name = start.substring(start.lastIndexOf('"') + 1) + EMOJI + "z";
        byte[] content = (start + EMOJI + "z\"}").getBytes(StandardCharsets.UTF_8);
        Journey journey = reader.read("unicode.json", content, DocumentFormat.JSON);
        assertThat(journey.name()).isEqualTo(name);
    }
}
