package org.journeyaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ImpactCommandTest {

    private static final String CRM = "../samples/changes/crm-replaces-jira.yaml";

    @Test
    void theTextReportClassifiesRanksAndExplainsEveryAffectedPart() {
        CliRun run = CliRun.run("impact", CRM, "../samples", "--as-of", "2026-11-22");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("""
                Change impact: CR-2027-014  One CRM for claims and complaints
                Type new-it-system, planned for 2027-03-01; analysed as of 2026-11-22 against 7 journeys

                Classification: significant
                  The standard counts a new IT system among the significant changes (a new service channel, a new IT system, \
                a new product or service, a change to the staff incentive system): manage it as a project.

                Summary
                  3 journeys affected (3 key), 1 related, 0 references matching nothing
                  exposed: 13,700 contacts a month; handling 10,357,200 RUB a year

                Affected journeys, by exposure
                  #1 retail-defective-goods before  Defective goods claim  (key journey)
                     exposure: 13,700 contacts a month, handling 10,357,200 RUB a year
                       file-claim@phone: 13,700 contacts/month x 420 s / 60 x 9 RUB/min x 12 months = 10,357,200 RUB
                     stage file-claim  File a claim about defective goods
                       step take-call (L1, CRM): runs in system CRM (touches.systems[1]); produces claim.ticket (touches.items[1])
                """);
        assertThat(run.out()).contains("""
                  #3 complaint-handling before  Complaint handling  (key journey)
                     exposure: contacts not known, handling cost not priced
                       not priced: the exposed touchpoint file-complaint@phone gives no volumePerMonth
                """);
        assertThat(run.out()).contains("""
                Related journeys (indirect impact)
                  insurance-insured-event 2025  Insured event  (key journey)
                """);
        assertThat(run.out()).contains("""
                  [early-audit] Audit and test early in the rollout, and correct
                     known:  Suggested early audit: 2027-03-15, 14 days into the rollout, before the first monthly measurement \
                of the affected journeys is due on 2027-04-01.
                """);
    }

    @Test
    void theJsonReportKeepsThePublicFieldNames() {
        CliRun run = CliRun.run("impact", CRM, "../samples", "--as-of", "2026-11-22", "--format", "json");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        JsonNode report = JsonMapper.builder().build().readTree(run.out());
        assertThat(report.get("change").get("type").asString()).isEqualTo("new-it-system");
        assertThat(report.get("classification").get("significance").asString()).isEqualTo("significant");
        assertThat(report.get("classification").get("forced").asBoolean()).isFalse();
        assertThat(report.get("summary").get("affected").asInt()).isEqualTo(3);
        assertThat(report.get("summary").get("contactsPerMonth").asInt()).isEqualTo(13700);
        assertThat(report.get("summary").get("annualHandlingCost").get("RUB").asLong()).isEqualTo(10357200);
        JsonNode first = report.get("affected").get(0);
        assertThat(first.get("journey").get("id").asString()).isEqualTo("retail-defective-goods");
        assertThat(first.get("exposure").get("annualHandlingCost").asLong()).isEqualTo(10357200);
        JsonNode step = first.get("stages").get(0).get("steps").get(0);
        assertThat(step.get("id").asString()).isEqualTo("take-call");
        assertThat(step.get("reasons").get(0).get("reference").asString()).isEqualTo("touches.systems[1]");
        assertThat(step.get("reasons").get(0).get("match").asString()).isEqualTo("runs in system CRM");
        assertThat(report.get("related").get(0).get("label").asString()).isEqualTo("insurance-insured-event 2025");
        assertThat(report.get("checklist")).extracting(c -> c.get("id").asString()).containsExactly("requirements",
                "journeys-and-metrics", "process-design", "staffing", "communication-training", "schedule", "early-audit");
        assertThat(report.get("unmatched")).isEmpty();
    }

    @Test
    void markdownIsForTheChangeDossier() {
        CliRun run = CliRun.run("impact", "../samples/changes/chatbot-status-answers.yaml", "../samples", "--as-of", "2026-11-22",
                "--format", "markdown");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("# Change impact: A chatbot answers status questions on the web site and in the chat\n");
        assertThat(run.out()).contains("| 2 | `insurance-insured-event 2025` | yes | 5 | 6 | 0 | 1 | not known | not priced |\n");
        assertThat(run.out()).contains("| check-status | the whole stage, its steps read-status (L1, system 3) | named by the change "
                + "(touches.stages\\[0\\]) |\n");
        assertThat(run.out()).contains("## References that match nothing\n\n- `touches.channels[0]` chatbot: no channel of the 7 "
                + "journeys analysed is called 'chatbot'");
        assertThat(run.out()).contains("- [ ] The headcount and skills each actor needs after the change, and when they must be in place.\n");
    }

    @Test
    void anInvalidChangeRequestIsRefusedWithEveryProblemLocated(@TempDir Path dir) throws Exception {
        Path change = dir.resolve("change.yaml");
        Files.writeString(change, "id: CR-1\ntitle: Bot\ntype: new-chanel\ntouches:\n  sytems: [Jira]\n");
        CliRun run = CliRun.run("impact", change.toString(), "../samples");
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(change + " is an invalid change request:\n"
                + change + ":3:7: type: 'new-chanel' is not a valid type; did you mean 'new-channel'?\n"
                + change + ":5:3: touches.sytems: unknown field 'sytems'; did you mean 'systems'?\n");
    }

    @Test
    void anInvalidJourneyIsListedAndTheOthersAreStillAnalysed(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("../samples/retail-defective-goods.yaml"), dir.resolve("a.yaml"));
        Files.writeString(dir.resolve("b.yaml"), "id: broken\nstages: [{id: s, emotion: 9}]\n");
        CliRun run = CliRun.run("impact", CRM, dir.toString(), "--as-of", "2026-11-22");
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).contains(dir.resolve("b.yaml") + " is invalid and was not analysed:\n"
                + dir.resolve("b.yaml") + ":2:27: stages[0].emotion: 'emotion' must be a whole number from -3 to 3, found 9\n");
        assertThat(run.out()).contains("against 1 journey\n").contains("1 journey affected (1 key)");
    }

    @Test
    void theReportCanBeWrittenToAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("impact.md");
        CliRun run = CliRun.run("impact", CRM, "../samples", "--as-of", "2026-11-22", "--format", "markdown", "-o", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo("Report written to " + file + "\n");
        assertThat(Files.readString(file)).startsWith("# Change impact: One CRM for claims and complaints\n");
    }

    @Test
    void aPortfolioIsRequired() {
        CliRun run = CliRun.run("impact", CRM);
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("journey-audit: Missing required parameter: 'PORTFOLIO'");
    }

    @Test
    void withLangRuTheReasonsFormulasAndChecklistAreInRussian() {
        CliRun run = CliRun.run("impact", CRM, "../samples", "--as-of", "2026-11-22", "--lang", "ru");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("""
                       file-claim@phone: 13\u00A0700 обращений/мес. x 420 с / 60 x 9 RUB/мин x 12 мес. = 10\u00A0357\u00A0200 RUB
                     этап file-claim  File a claim about defective goods
                       шаг take-call (L1, CRM): работает в системе CRM (touches.systems[1]); создаёт claim.ticket (touches.items[1])
                """);
        assertThat(run.out()).contains("""
                  [communication-training] Своевременно сообщить об изменении и провести обучение персонала
                     известно: Обучить исполнителей затронутых шагов: L1, 1L, supervisor, 3L, 2L.
                """);
    }
}
