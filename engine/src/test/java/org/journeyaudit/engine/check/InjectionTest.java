package org.journeyaudit.engine.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Code where a check takes plain data stays plain data: a message is printed as written, a stage name
 * filter matches literally (a regex bomb is a slow pattern only if something compiles it), and the JVM
 * keeps running.
 */
class InjectionTest {

    static final String JOURNEY = """
            id: claim
            channels: [{id: app, mode: self-service}]
            stages:
              - id: aaaa
                name: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!"
                touchpoints: [{channel: app, status: present}]
              - id: literal
                name: "Complaint (a+)+$ desk"
                touchpoints: [{channel: app, status: present}]
            """;

    @Test
    void messagesWithCodeArePrintedVerbatimAndNameFiltersMatchLiterally() {
        String checks = """
                checks:
                  - id: injection
                    title: 'rule "x" when then System.exit(0); end'
                    severity: error
                    message: >-
                      ${System.exit(0)} #{T(java.lang.Runtime).getRuntime().exec('x')} eval(System.exit(0))
                      rule "x" when then System.exit(0); end {stage} {System.exit(0)}
                    select: {stage: {nameContains: "(a+)+$"}}
                    require: {equals: {field: emotion, value: 1}}
                  - id: notifies
                    title: "{{7*7}}"
                    severity: error
                    message: "{journey} ${journey} {{value}}"
                    select: {touchpoint: {stage: "(a+)+$"}}
                    require: {equals: {field: notifies, value: true}}
                """;
        CustomChecks read = CustomCheckTest.checks(checks);
        long started = System.nanoTime();
        List<String> findings = read.evaluate(CustomCheckTest.journey(JOURNEY.replace("touchpoints: [{channel: app, status: present}]\n"
                + "  - id: literal", "emotion: 1\n    touchpoints: [{channel: app, status: present}]\n  - id: literal")
                .replace("name: \"Complaint", "emotion: -1\n    name: \"Complaint"))).stream().map(CustomCheckTest::line).toList();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        // only the stage whose name holds the literal text "(a+)+$" is selected; no stage has the id "(a+)+$"
        assertThat(findings).containsExactly("custom/injection | literal | [stage:literal] | ${System.exit(0)} "
                + "#{T(java.lang.Runtime).getRuntime().exec('x')} eval(System.exit(0)) rule \"x\" when then System.exit(0); end literal "
                + "{System.exit(0)} | {emotion=-1, expected=equals 1}");
        assertThat(read.checks().get(1).rule().title()).isEqualTo("{{7*7}}");
        assertThat(CheckEvaluator.message("{journey} ${journey} {{value}}", java.util.Map.of("journey", "j", "value", "v")))
                .isEqualTo("j $j {v}");
    }
}
