package org.journeyaudit.engine.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;

import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.journey.Journey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evidence mapping: how log values map to the journey, and every mistake in it located. */
class EvidenceMappingTest {

    @TempDir
    Path dir;

    private final Journey journey = EvidenceLogs.complaint();

    private LogMapping read(String yaml) {
        return new LogMappingReader().read(EvidenceLogs.write(dir, "mapping.yaml", yaml), journey);
    }

    private java.util.List<String> problems(String yaml) {
        InvalidDocumentException refused = catchThrowableOfType(InvalidDocumentException.class, () -> read(yaml));
        assertThat(refused.documentName()).isEqualTo("evidence mapping");
        return refused.problems().stream().map(p -> p.location() + " " + p.yamlPath() + " " + p.message()).toList();
    }

    @Test
    void valuesMapByExactValueListOrPatternAndAnExactValueWinsOverAPattern() {
        LogMapping mapping = read("""
                columns: {case: id, timestamp: at, activity: status}
                steps:
                  take-call: Call received
                  register-ticket: [Registered, Logged]
                  analyse: {pattern: "Analy[sz]ed( again)?"}
                  decide: [Decided, {pattern: "Decision .*"}]
                  answer: {pattern: ".*"}
                actors:
                  l2: {pattern: "Org line B.*"}
                channels:
                  phone: [Phone, Call]
                """);

        assertThat(mapping.steps().element("Call received")).isEqualTo("take-call");
        assertThat(mapping.steps().element("Logged")).isEqualTo("register-ticket");
        assertThat(mapping.steps().element("Analyzed again")).isEqualTo("analyse");
        assertThat(mapping.steps().element("Decision to refund")).isEqualTo("decide");
        assertThat(mapping.steps().element("Decided")).isEqualTo("decide");
        assertThat(mapping.steps().element("anything")).isEqualTo("answer");
        assertThat(mapping.stageOfStep().get("analyse")).isEqualTo("resolve");
        assertThat(mapping.actors().element("Org line B2")).isEqualTo("L2");
        assertThat(mapping.actors().element("Org line A2")).isNull();
        assertThat(mapping.channels().element("Call")).isEqualTo("phone");
        // a kind the mapping leaves out maps values by the journey's own ids and names, case folded
        assertThat(mapping.stages().element("Register the complaint")).isEqualTo("register");
        assertThat(mapping.stages().element(" RESOLVE ")).isEqualTo("resolve");
    }

    @Test
    void withoutAMappingValuesMapByTheJourneysIdsAndNames() {
        LogMapping mapping = LogMappingReader.byNames(journey);

        assertThat(mapping.steps().element("Take the call")).isEqualTo("take-call");
        assertThat(mapping.steps().element("decide")).isEqualTo("decide");
        assertThat(mapping.actors().element("l3")).isEqualTo("L3");
        assertThat(mapping.channels().element("E-mail")).isEqualTo("email");
        assertThat(mapping.channels().element("fax")).isNull();
    }

    @Test
    void unknownFieldsAndElementsAreLocatedWithTheNearestKnownName() {
        assertThat(problems("""
                columns: {case: id, timestamp: at, activty: status}
                sortedbyCase: true
                steps:
                  analyze: Analysed
                actors:
                  L4: Org line C
                channels:
                  fax: Fax
                """)).containsExactly(
                "1:10 columns missing required field 'activity'",
                "1:36 columns.activty unknown field 'activty'; did you mean 'activity'?",
                "2:1 sortedbyCase unknown field 'sortedbyCase'; did you mean 'sortedByCase'?",
                "4:3 steps.analyze the journey has no step 'analyze'; did you mean 'analyse'?",
                "6:3 actors.L4 the journey has no actor 'L4'; did you mean 'L1'?",
                "8:3 channels.fax the journey has no channel 'fax'; expected one of: phone, chat, email");
    }

    @Test
    void aPatternThatIsNotARegularExpressionOrTooLongIsNamedAtItsPlace() {
        assertThat(problems("""
                columns: {case: id, timestamp: at, activity: status}
                steps:
                  analyse: {pattern: "Analy(sed"}
                  decide: [Decided, {pattern: "%s"}]
                """.formatted("x".repeat(201)))).containsExactly(
                "3:22 steps.analyse.pattern the pattern 'Analy(sed' is not a valid regular expression: Unclosed group at the end of the pattern",
                "4:31 steps.decide[1].pattern a pattern is at most 200 characters, found 201");
    }

    @Test
    void aPatternThatBacktracksWithoutEndGivesUpOnTheValueInsteadOfStallingTheRun() {
        LogMapping mapping = read("""
                columns: {case: id, timestamp: at, activity: status}
                steps:
                  analyse: {pattern: "(a+)+b"}
                """);

        long started = System.nanoTime();
        assertThat(mapping.steps().element("a".repeat(40) + "c")).isNull();
        assertThat(mapping.steps().element("aaab")).isEqualTo("analyse");
        assertThat(System.nanoTime() - started).isLessThan(5_000_000_000L);
    }

    @Test
    void badSettingsAreLocatedProblems() {
        assertThat(problems("""
                columns: {case: id, timestamp: at, activity: status}
                timestampFormat: yyyy-MM-dd HH:mm:ss bbb
                delimiter: "|"
                repeatWithinDays: 0
                steps: [analyse]
                actors:
                  L2: []
                """)).containsExactly(
                "2:18 timestampFormat 'yyyy-MM-dd HH:mm:ss bbb' is not a timestamp pattern: Unknown pattern letter: b; write ISO or "
                        + "letters such as yyyy-MM-dd HH:mm:ss",
                "3:12 delimiter 'delimiter' must be \",\", \";\" or tab, found '|'",
                "4:19 repeatWithinDays 'repeatWithinDays' must be a whole number from 1 to 366, found 0",
                "5:8 steps expected a map of steps to log values, found a list",
                "7:7 actors.L2 the actor 'L2' lists no value; give a value, a list or {pattern: ...}");
    }

    @Test
    void aHandleTimeUnitOtherThanSecondsOrMinutesIsALocatedProblemWithTheNearestUnit() {
        assertThat(problems("""
                columns: {case: id, timestamp: at, activity: status, handleTime: Time spent}
                handleTimeUnit: minute
                """)).containsExactly("2:17 handleTimeUnit 'minute' is not a valid handleTimeUnit; did you mean 'minutes'?");
        assertThat(read("columns: {case: id, timestamp: at, activity: status}\n").handleTimeUnit()).isEqualTo(HandleTimeUnit.SECONDS);
    }
}
