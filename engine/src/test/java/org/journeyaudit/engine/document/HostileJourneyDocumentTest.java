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
    /** A journey with three channels and one stage, its touchpoints to follow. */
    private static final String TOUCHPOINTS = "id: j\nchannels: [{id: phone, mode: assisted}, {id: chat, mode: assisted}, "
            + "{id: web, mode: self-service}]\nstages:\n  - id: s\n    touchpoints:\n";

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
                // numbers out of their documented ranges, infinite or not numbers at all
                yaml("an emotion beyond any integer", "id: j\nstages:\n  - id: s\n    emotion: 99999999999999999999\n",
                        "4:14 stages[0].emotion: 'emotion' must be a whole number from -3 to 3, found 99999999999999999999"),
                yaml("infinite and not-a-number volumes", TOUCHPOINTS
                        + "      - {channel: phone, status: present, volumePerMonth: .inf}\n"
                        + "      - {channel: chat, status: present, volumePerMonth: -.inf}\n"
                        + "      - {channel: web, status: present, volumePerMonth: .nan}\n",
                        "6:59 stages[0].touchpoints[0].volumePerMonth: 'volumePerMonth' must be between 0 and 100,000,000, found .inf",
                        "7:58 stages[0].touchpoints[1].volumePerMonth: 'volumePerMonth' must be between 0 and 100,000,000, found -.inf",
                        "8:57 stages[0].touchpoints[2].volumePerMonth: 'volumePerMonth' must be between 0 and 100,000,000, found .nan"),
                yaml("a volume of 1e308", TOUCHPOINTS + "      - {channel: phone, status: present, volumePerMonth: 1e308}\n",
                        "6:59 stages[0].touchpoints[0].volumePerMonth: 'volumePerMonth' must be between 0 and 100,000,000, found 1e308"),
                yaml("a handling time of a day and a second, and a hundred and one transfers", TOUCHPOINTS
                        + "      - {channel: phone, status: present, handleSeconds: 86401, transfers: 101}\n",
                        "6:58 stages[0].touchpoints[0].handleSeconds: 'handleSeconds' must be between 0 and 86,400, found 86401",
                        "6:76 stages[0].touchpoints[0].transfers: 'transfers' must be between 0 and 100, found 101"),
                yaml("a cost per minute of 1e400", "id: j\neconomics: {costPerMinute: 1e400, monthsPerYear: 1e1}\n" + STAGES,
                        "2:28 economics.costPerMinute: 'costPerMinute' must be between 0 and 1,000,000, found 1e400",
                        "2:50 economics.monthsPerYear: expected a whole number from 1 to 12, found the number 1e1"),
                yaml("a channel's cost of 1e200", "id: j\nchannels: [{id: phone, mode: assisted, costPerMinute: 1e200}]\n" + STAGES,
                        "2:55 channels[0].costPerMinute: 'costPerMinute' must be between 0 and 1,000,000, found 1e200"),
                yaml("minutes beyond a year and a hexadecimal wait", "id: j\nstages:\n  - id: s\n"
                        + "    steps: [{id: a, actor: L1, minutes: 525601, waitMinutes: 0x1F}]\n",
                        "4:41 stages[0].steps[0].minutes: 'minutes' must be between 0 and 525,600, found 525601",
                        "4:62 stages[0].steps[0].waitMinutes: expected a number, found the text \"0x1F\""),
                yaml("a recontact rate that is not a number", "id: j\nstages:\n  - id: s\n    steps: [{id: a, actor: L1, recontactRate: .nan}]\n",
                        "4:47 stages[0].steps[0].recontactRate: 'recontactRate' is a share of cases and must be between 0 and 1, found .nan"),
                yaml("a metric of 1e400", "id: j\nmetrics: {ces: 1e400, nps: -2000000}\n" + STAGES,
                        "2:16 metrics.ces: 'ces' must be between -1,000,000 and 1,000,000, found 1e400",
                        "2:28 metrics.nps: 'nps' must be between -1,000,000 and 1,000,000, found -2000000"),
                yaml("a number of a thousand digits", "id: j\nmetrics: {ces: " + "9".repeat(1000) + "}\n" + STAGES,
                        "2:16 metrics.ces: 'ces' must be between -1,000,000 and 1,000,000, found 9999999999999999999999999999999999999..."),
                json("JSON numbers out of range", "{\"id\": \"j\", \"economics\": {\"costPerMinute\": 1e400}, \"stages\": [{\"id\": \"s\", "
                        + "\"emotion\": -99999999999999999999}]}",
                        "1:44 economics.costPerMinute: 'costPerMinute' must be between 0 and 1,000,000, found 1e400",
                        "1:86 stages[0].emotion: 'emotion' must be a whole number from -3 to 3, found -99999999999999999999"),
                // dates and durations out of their window
                yaml("dates out of the window", "id: j\nmeasurement: {lastMeasured: +999999999-12-31, lastAnalysed: 1899-12-31, "
                        + "lastReviewed: 3000-01-01}\n" + STAGES,
                        "2:29 measurement.lastMeasured: 'lastMeasured' must be a date from 1900-01-01 to 2999-12-31, found +999999999-12-31",
                        "2:61 measurement.lastAnalysed: 'lastAnalysed' must be a date from 1900-01-01 to 2999-12-31, found 1899-12-31",
                        "2:87 measurement.lastReviewed: 'lastReviewed' must be a date from 1900-01-01 to 2999-12-31, found 3000-01-01"),
                yaml("a suppression expiring in the year -999999999", "id: j\nstages: [{id: s}]\nsuppressions:\n"
                        + "  - {rule: handoff/excess, element: stage:s, reason: r, expires: -999999999-01-01}\n",
                        "4:66 suppressions[0].expires: 'expires' must be a date from 1900-01-01 to 2999-12-31, found -999999999-01-01"),
                yaml("service levels beyond ten years", TOUCHPOINTS
                        + "      - {channel: phone, status: present, sla: {standard: P3651D, target: PT9999999999999999999H}}\n",
                        "6:59 stages[0].touchpoints[0].sla.standard: 'standard' must be at most 3650 days (P3650D), found P3651D",
                        "6:75 stages[0].touchpoints[0].sla.target: expected an ISO-8601 duration such as PT20M, PT72H or P6D, "
                                + "found the text \"PT9999999999999999999H\""),
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
                // structure built to exhaust the reader
                yaml("a hundred thousand nested lists", "id: j\nmetrics: " + "[".repeat(100_000) + "\n",
                        "2:41 metrics" + "[0]".repeat(31) + ": the document nests deeper than 32 levels"),
                yaml("a hundred thousand nested lists behind an alias", "id: *j\nmetrics: " + "[".repeat(100_000) + "\n",
                        "1:5 id: YAML aliases ('*j') are not supported: write the value out"),
                yaml("two thousand duplicate keys", "id: j\n" + "name: n\n".repeat(2000) + STAGES,
                        duplicateKeys()),
                yaml("a list as a key", "id: j\n? [a, b]\n: 1\n" + STAGES,
                        "2:4 $: not well-formed YAML: a key must be a name, not a list or an object"),
                yaml("a tag declared by a directive", "%TAG !e! tag:example.com,2000:\n---\nid: !e!x j\n" + STAGES,
                        "3:5 id: YAML tags ('!<tag:example.com,2000:x>') are not supported: write the value without a tag"),
                json("half a character in JSON", "{\"id\": \"j\", \"name\": \"a\\ud800b\", \"stages\": [{\"id\": \"s\"}]}",
                        "1:21 name: the text holds half a character (\\uD800 without its pair); write the character itself"),
                yaml("half a character in YAML", "id: j\n\"\\udc00\": x\n" + STAGES,
                        "2:1 $: the text holds half a character (\\uDC00 without its pair); write the character itself",
                        "2:1 ['\uFFFD']: unknown field '\uFFFD'; expected one of: channels, currency, economics, equivalents, id, key, links, measurement, "
                                + "metrics, name, owner, product, segment, stages, suppressions, version"),
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

    /** The first 999 duplicates of 'name' (lines 3 to 1001), then one line saying more follow. */
    private static String[] duplicateKeys() {
        List<String> expected = new java.util.ArrayList<>();
        for (int line = 3; line <= 1001; line++) {
            expected.add(line + ":1 name: duplicate key 'name' (first given at line 2); keep one of them");
        }
        expected.add("0 $: more duplicate or too long keys follow; the first 999 are listed");
        return expected.toArray(String[]::new);
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
