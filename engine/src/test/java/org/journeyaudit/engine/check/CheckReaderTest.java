package org.journeyaudit.engine.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.Problem;
import org.junit.jupiter.api.Test;

/** Invalid checks are refused with every problem located; checks that try to smuggle code in are refused or stay plain data. */
class CheckReaderTest {

    static List<String> problems(String yaml, List<String> taken) {
        try {
            new CheckReader().read("checks.yaml", yaml.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML, taken);
        } catch (InvalidDocumentException e) {
            return e.problems().stream().map(CheckReaderTest::line).toList();
        }
        throw new AssertionError("the checks were accepted");
    }

    static String line(Problem p) {
        return p.location() + " " + p.yamlPath() + ": " + p.message();
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsLocationAndTheNearestName() {
        assertThat(problems("""
                checks:
                  - id: Bad_Id
                    title: A
                    severity: eror
                    mesage: x
                    select: {stage: {nameContain: x}}
                    require: {max-handofs: 2}
                  - id: ok
                    title: B
                    severity: info
                    message: "{stag} of {item}"
                    select: {touchpoint: {channelMode: selfservice}}
                    require: {equals: {field: notify, value: true}}
                  - id: ok
                    title: C
                    severity: info
                    message: m
                    select: {journey: {key: yes}, stage: {}}
                    require: {at-most: {field: owner, value: 3}}
                """, List.of())).containsExactly(
                "2:5 checks[0]: missing required field 'message'",
                "2:9 checks[0].id: 'Bad_Id' is not a check id: write lower-case letters and digits joined by single hyphens, at most 64 "
                        + "characters (the check becomes rule custom/<id>)",
                "4:15 checks[0].severity: 'eror' is not a valid severity; did you mean 'error'?",
                "5:5 checks[0].mesage: unknown field 'mesage'; did you mean 'message'?",
                "6:22 checks[0].select.stage.nameContain: unknown field 'nameContain'; did you mean 'nameContains'?",
                "7:15 checks[0].require.max-handofs: unknown operator 'max-handofs'; did you mean 'max-handoffs'?",
                "12:40 checks[1].select.touchpoint.channelMode: 'selfservice' is not a valid channelMode; did you mean 'self-service'?",
                "13:31 checks[1].require.equals.field: 'notify' is not a field a check over touchpoint elements may compare; expected one "
                        + "of: status, notifies, transfers, volumePerMonth, handleSeconds, outcome",
                "14:9 checks[2].id: check id 'ok' is used by another check; ids are unique",
                "18:29 checks[2].select.journey.key: expected true or false, found the text \"yes\"",
                "18:35 checks[2].select.stage: 'select' takes one element kind; 'journey' is already given",
                "19:32 checks[2].require.at-most.field: 'at-most' compares numbers; 'owner' is not a number, use equals or not-equals");
    }

    @Test
    void fieldsOperatorsPlaceholdersAndValuesAreCheckedAgainstTheSelectedKind() {
        assertThat(problems("""
                checks:
                  - id: a
                    title: A
                    severity: info
                    message: "{stag} {channel} {value}"
                    select: {touchpoint: {}}
                    require: {equals: {field: notifes, value: true}}
                  - id: b
                    title: B
                    severity: info
                    message: "{channel}"
                    select: {stage: {}}
                    require: {max-handoffs: 2}
                  - id: c
                    title: C
                    severity: info
                    message: m
                    select: {journey: {}}
                    require: {at-most: {field: owner, value: 3}}
                  - id: d
                    title: D
                    severity: info
                    message: m
                    select: {touchpoint: {}}
                    require: {max-handoffs: 2}
                  - id: e
                    title: E
                    severity: info
                    message: m
                    select: {touchpoint: {}}
                    require: {equals: {field: status, value: presnt}}
                """, List.of("a"))).containsExactly(
                "2:9 checks[0].id: check id 'a' is used by another check; ids are unique",
                "7:31 checks[0].require.equals.field: 'notifes' is not a field a check over touchpoint elements may compare; "
                        + "did you mean 'notifies'?",
                "11:14 checks[1].message: '{channel}' has no value in a check over stage elements with 'max-handoffs'; it can use "
                        + "{journey}, {stage}, {value}",
                "19:32 checks[2].require.at-most.field: 'at-most' compares numbers; 'owner' is not a number, use equals or not-equals",
                "25:15 checks[3].require.max-handoffs: 'max-handoffs' judges a stage; this check selects touchpoint elements",
                "31:46 checks[4].require.equals.value: 'presnt' is not a status; did you mean 'present'?");
    }

    @Test
    void aMissingListOrAnUnknownTopLevelFieldIsRefused() {
        assertThat(problems("check: []\n", List.of())).containsExactly(
                "1:1 check: unknown field 'check'; did you mean 'checks'?",
                "1:1 $: missing required field 'checks': a list of checks");
    }

    /** What quality teams must not be able to do: make the engine run anything they write. */
    @Test
    void codeInOperatorsOrFieldsIsRefusedAsAnUnknownName() {
        assertThat(problems("""
                checks:
                  - id: drl
                    title: DRL
                    severity: error
                    message: m
                    select: {journey: {}}
                    require: {'rule "x" when then System.exit(0); end': true}
                  - id: mvel
                    title: MVEL
                    severity: error
                    message: m
                    select: {touchpoint: {}}
                    require: {equals: {field: "#{T(java.lang.Runtime).getRuntime().exec('x')}", value: 1}}
                  - id: eval
                    title: eval
                    severity: error
                    message: m
                    select: {"eval(System.exit(0))": {}}
                    require: {equals: {field: "${System.exit(0)}", value: 1}}
                  - id: "x; System.exit(0)"
                    title: id
                    severity: error
                    message: m
                    select: {journey: {}}
                    require: {equals: {field: key, value: true}}
                """, List.of())).containsExactly(
                "7:15 checks[0].require['rule \"x\" when then System.exit(0); end']: unknown operator 'rule \"x\" when then System.exit(0); end'; "
                        + "expected one of: present-on, same-on-all-channels, max-handoffs, equals, not-equals, at-least, at-most",
                "13:31 checks[1].require.equals.field: '#{T(java.lang.Runtime).getRuntime().e...' is not a field a check over touchpoint "
                        + "elements may compare; expected one of: status, notifies, transfers, volumePerMonth, handleSeconds, outcome",
                "18:14 checks[2].select['eval(System.exit(0))']: unknown element kind 'eval(System.exit(0))'; expected one of: journey, stage, "
                        + "touchpoint, item",
                "20:9 checks[3].id: 'x; System.exit(0)' is not a check id: write lower-case letters and digits joined by single hyphens, "
                        + "at most 64 characters (the check becomes rule custom/<id>)");
    }
}
