package org.journeyaudit.engine.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.Problem;
import org.junit.jupiter.api.Test;

class ChangeRequestReaderTest {

    private final ChangeRequestReader reader = new ChangeRequestReader();

    private static String line(Problem p) {
        return p.location() + " " + p.yamlPath() + ": " + p.message();
    }

    private InvalidDocumentException refusalOf(Path file) {
        return catchThrowableOfType(InvalidDocumentException.class, () -> reader.read(file));
    }

    private List<Problem> problemsOf(String yaml) {
        return catchThrowableOfType(InvalidDocumentException.class,
                () -> reader.read("inline.yaml", yaml.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML)).problems();
    }

    @Test
    void theSampleChangeRequestsAreRead() {
        ChangeRequest crm = reader.read(Path.of("../samples/changes/crm-replaces-jira.yaml"));
        assertThat(crm.id()).isEqualTo("CR-2027-014");
        assertThat(crm.title()).isEqualTo("One CRM for claims and complaints");
        assertThat(crm.type()).isEqualTo(ChangeType.NEW_IT_SYSTEM);
        assertThat(crm.plannedDate()).isEqualTo(LocalDate.parse("2027-03-01"));
        assertThat(crm.description()).startsWith("A new CRM replaces Jira").doesNotEndWith("\n");
        assertThat(crm.forcedSignificance()).isNull();
        assertThat(crm.touches()).containsExactly(
                new Touch(TouchKind.SYSTEM, "Jira", "touches.systems[0]"),
                new Touch(TouchKind.SYSTEM, "CRM", "touches.systems[1]"),
                new Touch(TouchKind.ITEM, "complaint.ticket", "touches.items[0]"),
                new Touch(TouchKind.ITEM, "claim.ticket", "touches.items[1]"));

        ChangeRequest chatbot = reader.read(Path.of("../samples/changes/chatbot-status-answers.yaml"));
        assertThat(chatbot.touches(TouchKind.STAGE)).extracting(Touch::journey, Touch::stage).containsExactly(
                org.assertj.core.groups.Tuple.tuple("insurance-insured-event", "check-status"),
                org.assertj.core.groups.Tuple.tuple("dashcam-warranty-repair", "delivery-diagnostics"));
    }

    @Test
    void theUserMayForceTheClassificationWithAReason() {
        ChangeRequest change = reader.read("inline.yaml", """
                id: CR-9
                title: Tariffs that change what key journeys promise
                type: tariff-change
                classification:
                  significance: significant
                  reason: The decision times promised on every channel change
                touches: {items: [claim.decisionTime]}
                """.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);
        assertThat(change.forcedSignificance()).isEqualTo(Significance.SIGNIFICANT);
        assertThat(change.forcedReason()).isEqualTo("The decision times promised on every channel change");
    }

    @Test
    void anInvalidYamlChangeRequestYieldsEveryProblemAtOnceInDocumentOrderWithLineColumnAndPath() {
        InvalidDocumentException refusal = refusalOf(Path.of("src/test/resources/documents/change-every-problem.yaml"));
        assertThat(refusal.documentName()).isEqualTo("change request");
        assertThat(refusal.kind()).isEqualTo(InvalidDocumentException.Kind.INVALID);
        assertThat(refusal.problems().stream().map(ChangeRequestReaderTest::line)).containsExactly(
                "1:1 $: missing required field 'title'",
                "2:7 type: 'new-chanel' is not a valid type; did you mean 'new-channel'?",
                "3:14 plannedDate: expected a date written YYYY-MM-DD, found the text \"1st of March\"",
                "4:1 clasification: unknown field 'clasification'; did you mean 'classification'?",
                "6:3 classification: missing required field 'reason': say why the standard's classification does not fit this change",
                "6:17 classification.significance: 'major' is not a valid significance; expected one of: significant, operational",
                "8:20 touches.channels[1]: 'Chat' is listed twice under 'channels' (first at touches.channels[0]); list it once",
                "9:3 touches.sytems: unknown field 'sytems'; did you mean 'systems'?",
                "10:16 touches.actors[1]: an entry of 'actors' must not be blank",
                "11:25 touches.items[1]: expected a text, found an object",
                "12:12 touches.stages[0]: 'check-status' is not a journey-qualified stage id; write JOURNEY/STAGE, "
                        + "e.g. insurance-insured-event/file-claim",
                "13:13 touches.products: expected a list, found the text \"motor insurance\"");
    }

    @Test
    void jsonChangeRequestsFollowTheSameSchemaAndAreLocatedByJsonPointer() {
        List<Problem> problems = refusalOf(Path.of("src/test/resources/documents/change-every-problem.json")).problems();
        assertThat(problems.stream().map(p -> p.location() + " " + p.pointer() + ": " + p.message())).containsExactly(
                "1:1 : missing required field 'title'",
                "3:11 /type: 'tariff' is not a valid type; expected one of: new-channel, new-it-system, new-product, "
                        + "incentive-change, tariff-change, new-office, responsible-change, maintenance, other",
                "4:26 /touches/stages/0: 'insurance-insured-event/' is not a journey-qualified stage id; write JOURNEY/STAGE, "
                        + "e.g. insurance-insured-event/file-claim",
                "5:63 /classification/reason: 'reason' must not be blank");
    }

    @Test
    void aChangeRequestMustNameWhatItTouches() {
        assertThat(problemsOf("id: CR-2\ntitle: Something\ntype: other\n").stream().map(ChangeRequestReaderTest::line)).containsExactly(
                "1:1 $: missing required field 'touches': name at least one channel, system, actor, product, item or stage the "
                        + "change touches");
        assertThat(problemsOf("id: CR-2\ntitle: Something\ntype: other\ntouches: {channels: [], items: []}\n").stream()
                .map(ChangeRequestReaderTest::line)).containsExactly(
                "4:10 touches: 'touches' names nothing; name at least one channel, system, actor, product, item or stage the "
                        + "change touches");
    }

    @Test
    void aMalformedChangeRequestIsRefusedAsAChangeRequest() {
        InvalidDocumentException refusal = catchThrowableOfType(InvalidDocumentException.class,
                () -> reader.read("inline.yaml", "id: [\n".getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML));
        assertThat(refusal.kind()).isEqualTo(InvalidDocumentException.Kind.MALFORMED);
        assertThat(refusal.documentName()).isEqualTo("change request");
        InvalidDocumentException missing = refusalOf(Path.of("no-such-change.yaml"));
        assertThat(missing.kind()).isEqualTo(InvalidDocumentException.Kind.UNREADABLE);
        assertThat(missing.problems()).extracting(Problem::message).containsExactly("no such file");
    }
}
