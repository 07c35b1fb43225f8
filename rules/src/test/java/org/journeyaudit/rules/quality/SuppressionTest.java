package org.journeyaudit.rules.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.report.JsonReport;
import org.journeyaudit.engine.report.MarkdownReport;
import org.journeyaudit.engine.report.TextReport;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suppressions with and without expiry: applied ones move findings apart, expired and unknown ones are reported, none is silent. */
class SuppressionTest {

    static final LocalDate AS_OF = LocalDate.parse("2026-11-22");
    private static final Auditor AUDITOR = new Auditor(RuleBase.builtIn());

    @TempDir
    Path dir;

    static String retail() throws IOException {
        return Files.readString(Path.of("../samples/retail-defective-goods.yaml"));
    }

    static Journey read(String yaml) {
        return new JourneyReader().read("retail.yaml", yaml.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);
    }

    private static List<String> ids(Audit audit) {
        return audit.findings().stream().map(f -> f.id() + " " + f.ruleId() + " " + f.elements()).toList();
    }

    @Test
    void suppressionsInTheDocumentAreAppliedUnlessExpiredOrUnknownAndEveryOneIsAccountedFor() throws IOException {
        Journey journey = read(retail() + """
                suppressions:
                  - rule: coverage/assisted-only
                    element: stage:file-claim
                    reason: Claims need a person by the retailer's policy
                    expires: 2027-06-30
                  - rule: redundancy/unused-output
                    element: step:review-photo
                    reason: Kept for the fraud audit
                    expires: 2026-11-21
                  - rule: handoff/excess
                    element: journey:retail-defective-goods
                    reason: A one-stage journey
                  - rule: redundancy/recontatc
                    element: step:ask-photo
                    reason: Typo in the rule id
                """);
        Audit audit = AUDITOR.audit(journey, AuditOptions.asOf(AS_OF));
        assertThat(ids(audit)).containsExactly(
                "F1 redundancy/recontact [step:ask-photo]",
                "F2 redundancy/unused-output [step:ask-photo, item:defect.photo, step:review-photo]",
                "F3 redundancy/unused-output [step:review-photo, item:defect.photoChecked]");
        assertThat(audit.suppressed()).singleElement().satisfies(s -> {
            assertThat(s.finding().id()).isEqualTo("S1");
            assertThat(s.finding().ruleId()).isEqualTo("coverage/assisted-only");
            assertThat(s.suppression().reason()).isEqualTo("Claims need a person by the retailer's policy");
            assertThat(s.suppression().origin()).isEqualTo("retail.yaml:" + (retail().lines().count() + 2));
        });
        // the suppressed finding proposes nothing: only the photo's recommendation is left
        assertThat(audit.recommendations()).singleElement().satisfies(r -> {
            assertThat(r.action().word()).isEqualTo("eliminate-step");
            assertThat(r.findings()).containsExactly("F1", "F2", "F3");
        });
        assertThat(audit.suppressionNotes()).extracting(n -> n.status().word() + " " + n.suppression().rule() + ": " + n.message())
                .containsExactly(
                        "expired redundancy/unused-output: expired on 2026-11-21: not applied, its findings are reported again",
                        "unused handoff/excess: matched no finding: the flaw is gone or the suppression names another element; remove it",
                        "unknown-rule redundancy/recontatc: not applied: no rule 'redundancy/recontatc' in the catalogue; did you mean 'redundancy/recontact'?");

        String json = JsonReport.write(JsonReport.audit(audit));
        assertThat(json).contains("\"suppressed\" : 1,\n    \"suppressionsNotApplied\" : 2\n")
                .contains("\"suppressed\" : [ {\n    \"id\" : \"S1\",\n    \"ruleId\" : \"coverage/assisted-only\"")
                .contains("\"suppression\" : {\n      \"rule\" : \"coverage/assisted-only\",\n      \"element\" : \"stage:file-claim\",\n"
                        + "      \"reason\" : \"Claims need a person by the retailer's policy\",\n      \"expires\" : \"2027-06-30\",")
                .contains("\"status\" : \"expired\"").contains("\"status\" : \"unused\"").contains("\"status\" : \"unknown-rule\"");
        assertThat(TextReport.audit(audit)).contains("  3 findings: 0 errors, 3 warnings, 0 info; 1 suppressed\n")
                .contains("Suppressed findings (accepted; not counted above)\n    INFO    S1   coverage/assisted-only  [stage file-claim]\n")
                .contains("suppressed for stage:file-claim: Claims need a person by the retailer's policy (until 2027-06-30)")
                .contains("  EXPIRED redundancy/unused-output for step:review-photo [retail.yaml:");
        assertThat(MarkdownReport.audit(audit)).contains("## Suppressed findings")
                .contains("| S1 | info | `coverage/assisted-only` | file-claim |")
                .contains("| expired | `redundancy/unused-output` | `step:review-photo` |");
    }

    @Test
    void aSuppressionHoldsThroughItsExpiryDayAndWithoutExpiryForever() throws IOException {
        String suppression = """
                suppressions:
                  - rule: redundancy/recontact
                    element: step:ask-photo
                    reason: Being replaced by the fraud check
                """;
        Audit onTheDay = AUDITOR.audit(read(retail() + suppression + "    expires: 2026-11-22\n"), AuditOptions.asOf(AS_OF));
        assertThat(onTheDay.suppressed()).extracting(s -> s.finding().ruleId()).containsExactly("redundancy/recontact");
        assertThat(onTheDay.findings()).hasSize(3);
        Audit dayAfter = AUDITOR.audit(read(retail() + suppression + "    expires: 2026-11-22\n"), AuditOptions.asOf(AS_OF.plusDays(1)));
        assertThat(dayAfter.suppressed()).isEmpty();
        assertThat(dayAfter.findings()).hasSize(4);
        Audit forever = AUDITOR.audit(read(retail() + suppression), AuditOptions.asOf(LocalDate.parse("2099-01-01")));
        assertThat(forever.suppressed()).hasSize(1);
        assertThat(forever.suppressionNotes()).isEmpty();
    }

    @Test
    void aSuppressionNeedsARuleAnElementTheJourneyHasAndAReason() throws IOException {
        String yaml = retail() + """
                suppressions:
                  - rule: redundancy/recontact
                    element: step:ask-foto
                  - rule: System.exit(1)
                    element: widget:x
                    reason: ""
                    expires: soon
                  - {rule: handoff/excess, element: ask-photo, reason: no kind, until: 2027-01-01}
                """;
        int base = (int) retail().lines().count();
        assertThatThrownBy(() -> read(yaml)).isInstanceOfSatisfying(InvalidDocumentException.class, e ->
                assertThat(e.problems()).extracting(p -> (p.location().line() - base) + ":" + p.location().column() + " " + p.yamlPath() + ": " + p.message())
                        .containsExactly(
                                "2:5 suppressions[0]: missing required field 'reason'",
                                "3:14 suppressions[0].element: the journey has no step 'ask-foto'; did you mean 'step:ask-photo'?",
                                "4:11 suppressions[1].rule: 'System.exit(1)' is not a rule id; write family/slug, e.g. handoff/excess or custom/my-check",
                                "5:14 suppressions[1].element: unknown element kind 'widget'; expected one of: actor, barrier, channel, decision, item, journey, stage, step, system, touchpoint",
                                "6:13 suppressions[1].reason: 'reason' must not be blank",
                                "7:14 suppressions[1].expires: expected a date written YYYY-MM-DD, found the text \"soon\"",
                                "8:37 suppressions[2].element: 'ask-photo' is not an element; write kind:id, e.g. step:ask-photo, stage:file-claim, touchpoint:file-claim@chat or journey:<id>",
                                "8:65 suppressions[2].until: unknown field 'until'; expected one of: element, expires, reason, rule"));
    }

    @Test
    void aSidecarFileAddsSuppressionsAndIsCheckedAgainstTheJourney() throws IOException {
        Path journey = Files.writeString(dir.resolve("claim.yaml"), retail());
        assertThat(JourneyReader.sidecarOf(journey)).isEqualTo(dir.resolve("claim.suppressions.yaml"));
        Files.writeString(JourneyReader.sidecarOf(journey), """
                suppressions:
                  - rule: coverage/assisted-only
                    element: touchpoint:file-claim@phone
                    reason: no such touchpoint kind of element in the finding, so it is unused
                  - rule: coverage/assisted-only
                    element: stage:file-claim
                    reason: Claims need a person
                """);
        Audit audit = AUDITOR.audit(new JourneyReader().readWithSidecar(journey), AuditOptions.asOf(AS_OF));
        assertThat(audit.suppressed()).extracting(s -> s.suppression().origin()).containsExactly(dir.resolve("claim.suppressions.yaml") + ":5");
        assertThat(audit.suppressionNotes()).extracting(n -> n.status().word()).containsExactly("unused");

        Files.writeString(JourneyReader.sidecarOf(journey), "suppressions:\n  - {rule: coverage/assisted-only, element: stage:file-clam, reason: r}\n");
        assertThatThrownBy(() -> new JourneyReader().readWithSidecar(journey)).isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.source()).isEqualTo(dir.resolve("claim.suppressions.yaml").toString());
            assertThat(e.problems()).extracting(p -> p.location() + " " + p.message())
                    .containsExactly("2:45 the journey has no stage 'file-clam'; did you mean 'stage:file-claim'?");
        });
    }

    @Test
    void anActorIsSuppressedHoweverItsNameIsSpacedOrCasedAndOnlyThatActor() throws IOException {
        Journey journey = read(Files.readString(Path.of("../samples/complaint-handling-before.yaml")) + """
                suppressions:
                  - rule: handoff/ping-pong
                    element: "actor: 2l"
                    reason: The second line reviews every answer by the complaints policy
                """);
        Audit audit = AUDITOR.audit(journey, AuditOptions.asOf(AS_OF));

        // the 2L ping-pong is set apart; the 3L one is another actor's and is still reported
        assertThat(audit.suppressed()).extracting(s -> s.finding().ruleId() + " " + s.finding().elements())
                .containsExactly("handoff/ping-pong [actor:2L, step:forward-to-3l, step:redirect-to-supervisor]");
        assertThat(ids(audit)).filteredOn(f -> f.contains("ping-pong")).containsExactly(
                "F4 handoff/ping-pong [actor:3L, step:answer-customer]");
        assertThat(audit.suppressionNotes()).isEmpty();
    }

    @Test
    void anotherActorThanTheJourneysIsRefusedEvenWhenItsNameLooksAlike() throws IOException {
        String yaml = Files.readString(Path.of("../samples/complaint-handling-before.yaml")) + """
                suppressions:
                  - rule: handoff/ping-pong
                    element: actor:L2
                    reason: The second line reviews every answer by the complaints policy
                """;
        assertThatThrownBy(() -> read(yaml)).isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.problems())
                .extracting(p -> p.yamlPath() + ": " + p.message())
                .containsExactly("suppressions[0].element: the journey has no actor 'L2'"));
    }
}
