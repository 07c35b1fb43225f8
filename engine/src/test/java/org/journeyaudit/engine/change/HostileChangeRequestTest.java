package org.journeyaudit.engine.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Change requests written to break the reader: each refused with exactly its located problems, as a change request. */
class HostileChangeRequestTest {

    private static final String HEAD = "id: CR-1\ntitle: T\ntype: new-channel\n";

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("a planned date in the year 999999999", HEAD + "plannedDate: +999999999-12-31\ntouches: {channels: [chat]}\n",
                        List.of("4:14 plannedDate: 'plannedDate' must be a date from 1900-01-01 to 2999-12-31, found +999999999-12-31")),
                Arguments.of("only a comment", "# the change is described tomorrow\n",
                        List.of("1:1 $: the document is empty: it holds only comments")),
                Arguments.of("an alias", HEAD + "touches: {channels: [&c chat], systems: [*c]}\n",
                        List.of("4:22 touches.channels[0]: YAML anchors ('&c') are not supported: write the value out where it is used",
                                "4:42 touches.systems[0]: YAML aliases ('*c') are not supported: write the value out")),
                Arguments.of("a binary title", "id: CR-1\ntitle: !!binary VA==\ntype: new-channel\ntouches: {channels: [chat]}\n",
                        List.of("2:8 title: YAML tags ('!!binary') are not supported: write the value without a tag")),
                Arguments.of("a thousand and one channels", HEAD + "touches:\n  channels:\n"
                        + IntStream.range(0, 1001).mapToObj(i -> "    - c" + i + "\n").collect(Collectors.joining()),
                        List.of("6:5 touches.channels: 'channels' holds 1,001 entries; a change request names at most 1,000 in each list")),
                Arguments.of("names and texts too long", "id: CR-1\ntitle: " + "t".repeat(4001) + "\ntype: new-channel\n"
                        + "touches: {systems: [" + "s".repeat(201) + "], stages: [" + "j".repeat(200) + "/" + "s".repeat(201) + "]}\n",
                        List.of("2:8 title: 'title' is at most 4,000 characters, found 4,001",
                                "4:21 touches.systems[0]: an entry of 'systems' is at most 200 characters, found 201",
                                "4:234 touches.stages[0]: an entry of 'stages' is at most 401 characters, found 402")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void isRefusedWithExactlyItsLocatedProblems(String name, String yaml, List<String> expected) {
        InvalidDocumentException invalid = catchThrowableOfType(InvalidDocumentException.class,
                () -> new ChangeRequestReader().read("change.yaml", yaml.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML));
        assertThat(invalid.documentName()).isEqualTo("change request");
        assertThat(invalid.problems().stream().map(p -> p.location() + " " + p.yamlPath() + ": " + p.message()))
                .containsExactlyElementsOf(expected);
    }
}
