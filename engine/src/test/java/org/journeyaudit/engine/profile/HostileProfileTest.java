package org.journeyaudit.engine.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.finding.Severity;
import org.journeyaudit.engine.rulebase.Catalogues;
import org.journeyaudit.engine.rulebase.RuleDescription;
import org.journeyaudit.engine.rulebase.RuleParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Profiles written to break the reader: thresholds out of range, YAML features, too many entries. */
class HostileProfileTest {

    private static final RuleDescription EXCESS = new RuleDescription("handoff/excess", "Too many handoffs", Severity.WARNING,
            Map.of("max", new RuleParameter("max", 3, "most actor changes")), "page");
    private final ProfileReader reader = new ProfileReader(Catalogues.of(EXCESS));

    @TempDir
    Path dir;

    private List<String> problemsOf(String yaml) throws IOException {
        Path file = Files.writeString(dir.resolve("team.yaml"), yaml);
        InvalidDocumentException invalid = catchThrowableOfType(InvalidDocumentException.class, () -> reader.read(file));
        assertThat(invalid).as("the profile was read").isNotNull();
        return invalid.problems().stream().map(p -> p.location() + " " + p.yamlPath() + ": " + p.message()).toList();
    }

    static Stream<Arguments> profiles() {
        String range = "must be between 0 and 1,000,000, found ";
        return Stream.of(
                Arguments.of("a threshold of 1e400", "rules:\n  handoff/excess: {max: 1e400}\n",
                        List.of("2:25 rules['handoff/excess'].max: parameter 'max' of handoff/excess " + range + "1e400")),
                Arguments.of("an infinite threshold", "rules:\n  handoff/excess: {max: .inf}\n",
                        List.of("2:25 rules['handoff/excess'].max: parameter 'max' of handoff/excess " + range + ".inf")),
                Arguments.of("a negative threshold", "rules:\n  handoff/excess: {max: -1}\n",
                        List.of("2:25 rules['handoff/excess'].max: parameter 'max' of handoff/excess " + range + "-1")),
                Arguments.of("a threshold beyond any integer", "rules:\n  handoff/excess: {max: 99999999999999999999}\n",
                        List.of("2:25 rules['handoff/excess'].max: parameter 'max' of handoff/excess " + range + "99999999999999999999")),
                Arguments.of("a float tag", "rules:\n  handoff/excess: {max: !!float 2}\n",
                        List.of("2:25 rules['handoff/excess'].max: YAML tags ('!!float') are not supported: write the value without a tag")),
                Arguments.of("a merge key", "base: &b {severity: error}\nrules:\n  handoff/excess:\n    <<: *b\n",
                        List.of("1:7 base: YAML anchors ('&b') are not supported: write the value out where it is used",
                                "4:5 rules['handoff/excess']['<<']: YAML merge keys ('<<') are not supported: write the fields out",
                                "4:9 rules['handoff/excess']['<<']: YAML aliases ('*b') are not supported: write the value out")),
                Arguments.of("only comments", "# rules: {handoff/excess: off}\n",
                        List.of("1:1 $: the document is empty: it holds only comments")),
                Arguments.of("a thousand and one rules", "rules:\n" + IntStream.range(0, 1001).mapToObj(i -> "  x/r" + i + ": on\n")
                        .collect(Collectors.joining()),
                        List.of("2:3 rules: 'rules' holds 1,001 entries; a profile sets at most 1,000 rules and families")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void isRefusedWithExactlyItsLocatedProblems(String name, String yaml, List<String> expected) throws IOException {
        assertThat(problemsOf(yaml)).containsExactlyElementsOf(expected);
    }

    @Test
    void aThresholdWithinItsRangeIsKeptExactly() throws IOException {
        Path file = Files.writeString(dir.resolve("team.yaml"), "rules:\n  handoff/excess: {max: 1000000}\n");
        assertThat(reader.read(file).parameters("handoff/excess")).containsExactly(Map.entry("max", 1_000_000.0));
    }
}
