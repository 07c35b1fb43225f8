package org.journeyaudit.engine.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.journey.Journey;
import org.junit.jupiter.api.Test;

/** Each operator with a journey that passes and one that fails, down to the exact findings. */
class CustomCheckTest {

    static CustomChecks checks(String yaml) {
        return new CheckReader().read("checks.yaml", yaml.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML, List.of());
    }

    static Journey journey(String yaml) {
        return new JourneyReader().read("journey.yaml", yaml.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);
    }

    /** "ruleId | stage | elements | message | evidence" for each finding. */
    static List<String> findings(String checks, String journey) {
        return checks(checks).evaluate(journey(journey)).stream().map(CustomCheckTest::line).toList();
    }

    static String line(Finding f) {
        return f.ruleId() + " | " + f.stage() + " | " + f.elements() + " | " + f.message() + " | " + f.evidence();
    }

    static final String CLAIM = """
            id: claim
            key: true
            channels:
              - {id: chat, mode: assisted}
              - {id: phone, mode: assisted}
              - {id: app, mode: self-service}
            stages:
              - id: file-claim
                name: File a claim
                touchpoints:
                  - {channel: chat, status: present, info: {claim.documents: "passport, policy"}}
                  - {channel: phone, status: present, transfers: 2, info: {claim.documents: "Passport,  policy"}}
                  - {channel: app, status: present, notifies: true}
              - id: check-status
                name: Check the status
                touchpoints:
                  - {channel: chat, status: absent}
                  - {channel: phone, status: present, info: {claim.status: registered}}
                  - {channel: app, status: present}
              - id: complaint
                name: Handle a Complaint
                steps:
                  - {id: take, actor: L1}
                  - {id: analyse, actor: L2}
                  - {id: answer, actor: L1}
            """;

    static final String PRESENT_ON = """
            checks:
              - id: status-in-chat
                title: Key journeys answer status questions in the chat
                severity: error
                message: "Journey {journey}: stage {stage} is not served on {channel} ({value})"
                select: {journey: {key: true}}
                require: {present-on: {stage: check-status, channel: %s}}
            """;

    @Test
    void presentOnPassesWhenTheCellIsPresent() {
        assertThat(findings(PRESENT_ON.formatted("phone"), CLAIM)).isEmpty();
    }

    @Test
    void presentOnFailsOnAnAbsentOrMissingCellOrStage() {
        assertThat(findings(PRESENT_ON.formatted("chat"), CLAIM)).containsExactly(
                "custom/status-in-chat | check-status | [touchpoint:check-status@chat] | Journey claim: stage check-status is not served on chat "
                        + "(absent) | {status=absent}");
        assertThat(findings(PRESENT_ON.formatted("email"), CLAIM)).containsExactly(
                "custom/status-in-chat | check-status | [touchpoint:check-status@email] | Journey claim: stage check-status is not served on "
                        + "email (none) | {status=none}");
        assertThat(findings(PRESENT_ON.formatted("chat"), CLAIM.replace("id: check-status", "id: track"))).containsExactly(
                "custom/status-in-chat | null | [journey:claim] | Journey claim: stage check-status is not served on chat (no such stage) "
                        + "| {stage=none}");
    }

    @Test
    void presentOnSelectsOnlyKeyJourneysWhenAsked() {
        assertThat(findings(PRESENT_ON.formatted("chat"), CLAIM.replace("key: true", "key: false"))).isEmpty();
    }

    @Test
    void presentOnOverSelectedStages() {
        String checks = """
                checks:
                  - id: every-stage-by-phone
                    title: Every stage is served by phone
                    severity: warning
                    message: "{stage} is not on {channel}"
                    select: {stage: {nameContains: "CLAIM"}}
                    require: {present-on: {channel: phone}}
                """;
        assertThat(findings(checks, CLAIM)).isEmpty();
        assertThat(findings(checks.replace("channel: phone", "channel: chat").replace("CLAIM", "c"), CLAIM)).containsExactly(
                "custom/every-stage-by-phone | check-status | [touchpoint:check-status@chat] | check-status is not on chat | {status=absent}",
                "custom/every-stage-by-phone | complaint | [touchpoint:complaint@chat] | complaint is not on chat | {status=none}");
    }

    static final String SAME = """
            checks:
              - id: documents-alike
                title: The documents list reads the same everywhere
                severity: error
                message: "{item} differs: {value}"
                select: {item: {key: %s}}
                require: {same-on-all-channels: true}
            """;

    @Test
    void sameOnAllChannelsPassesWhenTheValuesReadTheSame() {
        // "passport, policy" and "Passport,  policy" read the same with case and spacing folded
        assertThat(findings(SAME.formatted("claim.documents"), CLAIM)).isEmpty();
        assertThat(findings(SAME.formatted("claim.status"), CLAIM)).isEmpty();
    }

    @Test
    void sameOnAllChannelsFailsOnceForTheItemWithEveryValue() {
        String journey = CLAIM.replace("\"Passport,  policy\"", "\"passport, policy, police report\"");
        assertThat(findings(SAME.formatted("claim.documents"), journey)).containsExactly(
                "custom/documents-alike | file-claim | [item:claim.documents, touchpoint:file-claim@chat, touchpoint:file-claim@phone] "
                        + "| claim.documents differs: \"passport, policy\" on file-claim@chat, \"passport, policy, police report\" on "
                        + "file-claim@phone | {file-claim@chat=passport, policy, file-claim@phone=passport, policy, police report}");
    }

    static final String HANDOFFS = """
            checks:
              - id: complaint-handoffs
                title: Complaints change hands at most once
                severity: warning
                message: "Stage {stage} hands the work on {value} times"
                select: {stage: {nameContains: complaint}}
                require: {max-handoffs: %d}
            """;

    @Test
    void maxHandoffsPassesAtTheMaximum() {
        assertThat(findings(HANDOFFS.formatted(2), CLAIM)).isEmpty();
    }

    @Test
    void maxHandoffsFailsAboveItWithTheReceivingSteps() {
        assertThat(findings(HANDOFFS.formatted(1), CLAIM)).containsExactly(
                "custom/complaint-handoffs | complaint | [stage:complaint, step:analyse, step:answer] | Stage complaint hands the work on 2 "
                        + "times | {handoffs=2, max=1}");
    }

    @Test
    void maxHandoffsCountsHandoffsBetweenPeopleAsTheRulesDoAutomatedWorkAside() {
        String journey = """
                id: card
                stages:
                  - id: complaint
                    name: Card complaint
                    steps:
                      - {id: take, actor: agent}
                      - {id: validate, actor: card platform, automated: true}
                      - {id: confirm, actor: agent}
                      - {id: order, actor: card platform, automated: true}
                      - {id: review, actor: back office, handoffReason: "the back office signs off every replacement"}
                      - {id: reply, actor: agent}
                """;
        assertThat(findings(HANDOFFS.formatted(1), journey)).containsExactly(
                "custom/complaint-handoffs | complaint | [stage:complaint, step:reply, step:review] | Stage complaint hands the work on 2 "
                        + "times | {handoffs=2, max=1}");
    }

    static final String NOTIFY = """
            checks:
              - id: self-service-notifies
                title: Self-service touchpoints notify
                severity: error
                message: "{stage}@{channel} does not notify (notifies: {value})"
                select: {touchpoint: {channelMode: self-service}}
                require: {%s: {field: notifies, value: %s}}
            """;

    @Test
    void equalsPassesAndFailsOnTheSelectedTouchpoints() {
        String journey = CLAIM.replace("{channel: app, status: present}", "{channel: app, status: present, notifies: true}");
        assertThat(findings(NOTIFY.formatted("equals", "true"), journey)).isEmpty();
        assertThat(findings(NOTIFY.formatted("equals", "true"), CLAIM)).containsExactly(
                "custom/self-service-notifies | check-status | [touchpoint:check-status@app] | check-status@app does not notify "
                        + "(notifies: false) | {notifies=false, expected=equals true}");
    }

    @Test
    void aChannelModeSelectsOnlyChannelsThatServe() {
        // an advert written as a self-service channel is still no place the customer is served
        String journey = CLAIM
                .replace("  - {id: app, mode: self-service}\n", "  - {id: app, mode: self-service}\n  - {id: billboard, mode: self-service, kind: awareness}\n")
                .replace("  - {channel: app, status: present}\n", "  - {channel: app, status: present}\n      - {channel: billboard, status: present}\n");
        assertThat(journey).contains("{channel: billboard, status: present}");
        assertThat(findings(NOTIFY.formatted("equals", "true"), journey)).containsExactly(
                "custom/self-service-notifies | check-status | [touchpoint:check-status@app] | check-status@app does not notify "
                        + "(notifies: false) | {notifies=false, expected=equals true}");
    }

    @Test
    void notEqualsPassesAndFails() {
        assertThat(findings(NOTIFY.formatted("not-equals", "true"), CLAIM.replace("notifies: true", "notifies: false"))).isEmpty();
        assertThat(findings(NOTIFY.formatted("not-equals", "true"), CLAIM)).containsExactly(
                "custom/self-service-notifies | file-claim | [touchpoint:file-claim@app] | file-claim@app does not notify "
                        + "(notifies: true) | {notifies=true, expected=not-equals true}");
    }

    static final String TRANSFERS = """
            checks:
              - id: transfers
                title: Few transfers
                severity: info
                message: "{channel} in {stage} transfers {value} times"
                select: {touchpoint: {channel: phone}}
                require: {%s: {field: transfers, value: %s}}
            """;

    @Test
    void atMostPassesAndFailsAndLeavesAFigureNotGivenUnjudged() {
        assertThat(findings(TRANSFERS.formatted("at-most", "2"), CLAIM)).isEmpty();
        // check-status@phone gives no transfers: not judged
        assertThat(findings(TRANSFERS.formatted("at-most", "1.5"), CLAIM)).containsExactly(
                "custom/transfers | file-claim | [touchpoint:file-claim@phone] | phone in file-claim transfers 2 times "
                        + "| {transfers=2, expected=at-most 1.5}");
    }

    @Test
    void atLeastPassesAndFails() {
        String checks = """
                checks:
                  - id: served-widely
                    title: Stages are served on two channels
                    severity: warning
                    message: "{stage} is served on {value} channels"
                    select: {stage: {}}
                    require: {at-least: {field: channels, value: %d}}
                """;
        assertThat(findings(checks.formatted(0), CLAIM)).isEmpty();
        assertThat(findings(checks.formatted(3), CLAIM)).containsExactly(
                "custom/served-widely | check-status | [stage:check-status] | check-status is served on 2 channels "
                        + "| {channels=2, expected=at-least 3}",
                "custom/served-widely | complaint | [stage:complaint] | complaint is served on 0 channels | {channels=0, expected=at-least 3}");
    }

    @Test
    void textAndStatusFieldsCompareWithCaseAndSpacingFolded() {
        String owner = """
                checks:
                  - id: owned
                    title: Owned by claims
                    severity: error
                    message: "{journey} is owned by {value}"
                    select: {journey: {}}
                    require: {equals: {field: owner, value: "head of  CLAIMS"}}
                """;
        assertThat(findings(owner, CLAIM + "owner: Head of claims\n")).isEmpty();
        assertThat(findings(owner, CLAIM + "owner: Sales\n")).containsExactly(
                "custom/owned | null | [journey:claim] | claim is owned by Sales | {owner=Sales, expected=equals head of  CLAIMS}");
        String status = """
                checks:
                  - id: chat-everywhere
                    title: Chat is never absent
                    severity: error
                    message: "{stage} is {value} on chat"
                    select: {touchpoint: {channel: chat, status: absent}}
                    require: {not-equals: {field: status, value: absent}}
                """;
        assertThat(findings(status, CLAIM)).containsExactly(
                "custom/chat-everywhere | check-status | [touchpoint:check-status@chat] | check-status is absent on chat "
                        + "| {status=absent, expected=not-equals absent}");
    }

    @Test
    void theCatalogueEntryIsGeneratedFromTheDefinition() {
        CustomCheck check = checks(HANDOFFS.formatted(1)).checks().get(0);
        assertThat(check.rule().id()).isEqualTo("custom/complaint-handoffs");
        assertThat(check.rule().title()).isEqualTo("Complaints change hands at most once");
        assertThat(check.rule().documentation()).isEqualTo("""
                A custom check, declared in checks.yaml.

                ## Why it matters

                Complaints change hands at most once.

                ## What triggers it

                It judges every stage (whose name contains 'complaint' (any case)) and raises a finding for each one where this \
                does not hold: the stage hands the work between actors at most 1 times.

                ## Message

                    Stage {stage} hands the work on {value} times

                ## Recommendation

                None: a custom check raises findings only; the team that wrote it decides the fix.
                """);
    }
}
