package org.journeyaudit.engine.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Documents written to break the reader: each is refused with exactly the problems listed, each at its
 * line and column, never with a crash, a library's wording or a silently changed value.
 */
class HostileJourneyDocumentTest {

    private static final String STAGES = "stages: [{id: s}]\n";

    private static Arguments yaml(String name, String text, String... expected) {
        return Arguments.of(name, text.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML, List.of(expected));
    }

    private static Arguments json(String name, String text, String... expected) {
        return Arguments.of(name, text.getBytes(StandardCharsets.UTF_8), DocumentFormat.JSON, List.of(expected));
    }

    private static Arguments bytes(String name, byte[] content, DocumentFormat format, String... expected) {
        return Arguments.of(name, content, format, List.of(expected));
    }

    private static byte[] encoded(String text, String charset) {
        return text.getBytes(Charset.forName(charset));
    }

    static Stream<Arguments> documents() {
        return Stream.of(
                // empty documents
                yaml("nothing but blanks", "  \n\n", "1:1 $: the document is empty"),
                yaml("only a comment", "# a journey will be written here\n", "1:1 $: the document is empty: it holds only comments"),
                yaml("only comments and blank lines", "# one\n\n   # two\n", "1:1 $: the document is empty: it holds only comments"),
                yaml("only a document marker", "---\n", "1:1 $: the document is empty: it holds no value"),
                yaml("only null", "null\n", "1:1 $: the document is empty: it holds no value"),
                json("empty JSON", "", "1:1 $: the document is empty"),
                json("JSON null", "null", "1:1 $: the document is empty: it holds no value"),
                // anchors, aliases, merge keys and tags
                yaml("an anchor and its alias", "id: &i j\nname: *i\n" + STAGES,
                        "1:5 id: YAML anchors ('&i') are not supported: write the value out where it is used",
                        "2:7 name: YAML aliases ('*i') are not supported: write the value out"),
                yaml("an undefined alias", "id: j\nname: *nope\n" + STAGES,
                        "2:7 name: YAML aliases ('*nope') are not supported: write the value out"),
                yaml("a merge key", "id: j\nstages:\n  - &s {id: s}\n  - <<: *s\n    name: t\n",
                        "3:5 stages[0]: YAML anchors ('&s') are not supported: write the value out where it is used",
                        "4:5 stages[1]['<<']: YAML merge keys ('<<') are not supported: write the fields out",
                        "4:9 stages[1]['<<']: YAML aliases ('*s') are not supported: write the value out"),
                yaml("a merge key with the fields inline", "id: j\nmetrics:\n  <<: {ces: 5}\n" + STAGES,
                        "3:3 metrics['<<']: YAML merge keys ('<<') are not supported: write the fields out"),
                yaml("binary", "id: j\nname: !!binary aGVsbG8=\n" + STAGES,
                        "2:7 name: YAML tags ('!!binary') are not supported: write the value without a tag"),
                yaml("a float tag on a text", "id: j\nstages:\n  - id: s\n    steps: [{id: a, actor: L1, minutes: !!float abc}]\n",
                        "4:41 stages[0].steps[0].minutes: YAML tags ('!!float') are not supported: write the value without a tag"),
                yaml("a string tag", "id: j\nversion: !!str 5\n" + STAGES,
                        "2:10 version: YAML tags ('!!str') are not supported: write the value without a tag"),
                yaml("a custom tag", "id: !foo j\n" + STAGES, "1:5 id: YAML tags ('!foo') are not supported: write the value without a tag"),
                yaml("a tag on a list", "id: j\nstages: !!seq [{id: s}]\n",
                        "2:9 stages: YAML tags ('!!seq') are not supported: write the value without a tag"),
                // not UTF-8
                bytes("Latin-1", encoded("id: j\nname: Caf\u00e9\n" + STAGES, "ISO-8859-1"), DocumentFormat.YAML,
                        "2:10 $: the document is not UTF-8: byte 0xE9 at line 2, column 10; save it as UTF-8"),
                bytes("Windows-1251", encoded("id: j\nname: \u0416\u0430\u043b\u043e\u0431\u0430\n" + STAGES, "windows-1251"),
                        DocumentFormat.YAML, "2:7 $: the document is not UTF-8: byte 0xC6 at line 2, column 7; save it as UTF-8"),
                bytes("UTF-8 before the stray byte counts as characters", concat("id: j\nname: \u00c9t\u00e9 ", new byte[] {(byte) 0xFF}),
                        DocumentFormat.YAML, "2:11 $: the document is not UTF-8: byte 0xFF at line 2, column 11; save it as UTF-8"),
                bytes("a lone 0xFF", concat("id: ", new byte[] {(byte) 0xFF}), DocumentFormat.YAML,
                        "1:5 $: the document is not UTF-8: byte 0xFF at line 1, column 5; save it as UTF-8"),
                bytes("an overlong sequence", concat("id: j\nname: ", new byte[] {(byte) 0xC0, (byte) 0x80}), DocumentFormat.YAML,
                        "2:7 $: the document is not UTF-8: byte 0xC0 at line 2, column 7; save it as UTF-8"),
                bytes("an encoded surrogate", concat("id: ", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}), DocumentFormat.YAML,
                        "1:5 $: the document is not UTF-8: byte 0xED at line 1, column 5; save it as UTF-8"),
                bytes("UTF-16 with its byte order mark", encoded("id: j\n" + STAGES, "UTF-16"), DocumentFormat.YAML,
                        "1:1 $: the document is not UTF-8: byte 0xFE at line 1, column 1; save it as UTF-8"),
                bytes("UTF-16 without a byte order mark", encoded("id: j\n" + STAGES, "UTF-16LE"), DocumentFormat.YAML,
                        "1:2 $: the document is not UTF-8: byte 0x00 at line 1, column 2; save it as UTF-8"),
                bytes("JSON in Latin-1", encoded("{\"id\": \"j\",\n \"name\": \"Caf\u00e9\", \"stages\": [{\"id\": \"s\"}]}", "ISO-8859-1"),
                        DocumentFormat.JSON, "2:14 $: the document is not UTF-8: byte 0xE9 at line 2, column 14; save it as UTF-8"),
                yaml("a control character", "id: j\nname: a\u0007b\n" + STAGES,
                        "2:8 $: the document holds the control character U+0007 at line 2, column 8; remove it"),
                yaml("a C1 control character", "id: j\nname: a\u0085b\u0086\n" + STAGES,
                        "2:10 $: not well-formed YAML: the character U+0086 is not allowed in YAML"),
                // the parsers' complaints, in plain words
                json("NaN", "{\"id\": \"j\", \"metrics\": {\"ces\": NaN}, \"stages\": [{\"id\": \"s\"}]}",
                        "1:35 $: not well-formed JSON: 'NaN' is not a number JSON allows; write a finite number"),
                json("Infinity", "{\"id\": \"j\", \"metrics\": {\"ces\": -Infinity}, \"stages\": [{\"id\": \"s\"}]}",
                        "1:41 $: not well-formed JSON: '-Infinity' is not a number JSON allows; write a finite number"),
                json("a comment", "{\"id\": \"j\" /* x */, \"stages\": [{\"id\": \"s\"}]}",
                        "1:12 $: not well-formed JSON: JSON does not allow comments"),
                json("a number of 1,200 digits", "{\"id\": \"j\", \"metrics\": {\"ces\": " + "9".repeat(1200) + "}}",
                        "1:1232 $: not well-formed JSON: a number longer than the 1000 characters a number may have"),
                json("the end missing", "{\"id\": \"j\", \"stages\": [",
                        "1:24 $: not well-formed JSON: the document ends too early: a list, an object or a text is not closed"),
                json("leading zeroes", "{\"id\": \"j\", \"metrics\": {\"ces\": 007}}",
                        "1:33 $: not well-formed JSON: Invalid numeric value: Leading zeroes not allowed"),
                json("single quotes", "{'id': 'j'}",
                        "1:2 $: not well-formed JSON: Unexpected character (''' (code 39)): was expecting double-quote to start property name"),
                yaml("a tab for indentation", "id: j\n\tname: x\n",
                        "1:6 $: not well-formed YAML: while scanning for the next token: found character '\\t(TAB)' that cannot start any "
                                + "token. (Do not use \\t(TAB) for indentation)"));
    }

    private static byte[] concat(String start, byte[] end) {
        byte[] head = start.getBytes(StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(head, head.length + end.length);
        System.arraycopy(end, 0, all, head.length, end.length);
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void isRefusedWithExactlyItsLocatedProblems(String name, byte[] content, DocumentFormat format, List<String> expected) {
        InvalidDocumentException invalid = catchThrowableOfType(InvalidDocumentException.class,
                () -> new JourneyReader().read("hostile", content, format));
        assertThat(invalid).as(name).isNotNull();
        assertThat(invalid.problems().stream().map(p -> p.location() + " " + p.yamlPath() + ": " + p.message())).containsExactlyElementsOf(expected);
    }
}
