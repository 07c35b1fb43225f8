package org.journeyaudit.engine.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks files written to break the reader or the writer: each refused with its located problems, or its output bounded. */
class HostileChecksTest {

    private static final String CHECK = "checks:\n  - id: c\n    title: T\n    severity: info\n    message: m\n";

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("an operand of 1e400", CHECK + "    select: {touchpoint: {}}\n"
                        + "    require: {at-least: {field: volumePerMonth, value: 1e400}}\n",
                        List.of("7:56 checks[0].require.at-least.value: 'volumePerMonth' is compared with a number between "
                                + "-1,000,000,000 and 1,000,000,000, found 1e400")),
                Arguments.of("an operand that is not a number", CHECK + "    select: {touchpoint: {}}\n"
                        + "    require: {at-most: {field: handleSeconds, value: .nan}}\n",
                        List.of("7:54 checks[0].require.at-most.value: 'handleSeconds' is compared with a number between "
                                + "-1,000,000,000 and 1,000,000,000, found .nan")),
                Arguments.of("max-handoffs beyond any integer", CHECK + "    select: {stage: {}}\n"
                        + "    require: {max-handoffs: 99999999999999999999}\n",
                        List.of("7:29 checks[0].require.max-handoffs: 'max-handoffs' takes a whole number from 0 to 9999, "
                                + "found the number 99999999999999999999")),
                Arguments.of("max-handoffs in hexadecimal", CHECK + "    select: {stage: {}}\n    require: {max-handoffs: 0x10}\n",
                        List.of("7:29 checks[0].require.max-handoffs: 'max-handoffs' takes a whole number from 0 to 9999, "
                                + "found the text \"0x10\"")),
                Arguments.of("an alias for a condition", CHECK + "    select: {stage: {}}\n    require: &r {max-handoffs: 2}\n"
                        + "  - id: d\n    title: T\n    severity: info\n    message: m\n    select: {stage: {}}\n    require: *r\n",
                        List.of("7:14 checks[0].require: YAML anchors ('&r') are not supported: write the value out where it is used",
                                "13:14 checks[1].require: YAML aliases ('*r') are not supported: write the value out")),
                Arguments.of("a thousand and one checks", "checks:\n" + IntStream.range(0, 1001).mapToObj(i -> "  - {id: c" + i
                        + ", title: T, severity: info, message: m, select: {stage: {}}, require: {max-handoffs: 2}}\n")
                        .collect(Collectors.joining()),
                        List.of("2:3 checks: 'checks' holds 1,001 entries; at most 1,000 checks are given at once")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void isRefusedWithItsLocatedProblems(String name, String yaml, List<String> expected) {
        assertThat(CheckReaderTest.problems(yaml, List.of())).containsExactlyElementsOf(expected);
    }

    @Test
    void aMessageRepeatingALongValueIsCutAtTwoThousandCharacters() {
        String id = "j".repeat(200);
        String template = "{journey}".repeat(55);
        CustomChecks checks = CustomCheckTest.checks(CHECK.replace("message: m", "message: \"" + template + "\"")
                + "    select: {journey: {}}\n    require: {present-on: {stage: s, channel: chat}}\n");
        String message = checks.evaluate(CustomCheckTest.journey("id: " + id + "\nchannels: [{id: chat, mode: assisted}]\n"
                + "stages:\n  - id: s\n    touchpoints: [{channel: chat, status: absent}]\n")).get(0).message();
        assertThat(message).hasSize(2000).isEqualTo(id.repeat(9) + "j".repeat(199) + "\u2026");
    }

    @Test
    void placeholdersAreReplacedInOnePassSoAValueNamingAPlaceholderIsCopiedAsItIs() {
        assertThat(CheckEvaluator.message("{journey} on {channel}", java.util.Map.of("journey", "{channel}", "channel", "chat")))
                .isEqualTo("{channel} on chat");
        assertThat(CheckEvaluator.message("{value}", java.util.Map.of("value", "\uD83D\uDE80".repeat(1500))))
                .hasSize(1999).endsWith("\uD83D\uDE80\u2026");
    }
}
