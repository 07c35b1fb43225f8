package org.journeyaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AuditCommandTest {

    private static final String DEFECTIVE_GOODS = "../samples/retail-defective-goods.yaml";

    @Test
    void theTextReportShowsSummaryFindingsByFamilyAndRankedRecommendations() {
        CliRun run = CliRun.run("audit", DEFECTIVE_GOODS, "--as-of", "2026-11-22");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("""
                Journey audit: Defective goods claim (retail-defective-goods, version before)
                As of 2026-11-22

                Summary
                  4 findings: 0 errors, 3 warnings, 1 info
                  by family: redundancy 3, coverage 1
                  2 recommendations, annual savings potential 7,102,080 RUB

                Cost to serve
                  total 13,908,240 RUB a year
                  stage file-claim: 13,908,240 RUB (handling 10,357,200 RUB, backstage 3,551,040 RUB)
                       formula: (13,700 contacts/month x 420 s / 60 x 9 RUB/min x 12 months) + (13,700 contacts/month x 144 s / 60 x 9 RUB/min x 12 months) = 13,908,240 RUB
                       measured: volumePerMonth of touchpoint file-claim@phone; handleSeconds of touchpoint file-claim@phone; economics.costPerMinute; volumePerMonth of the inbound touchpoints of stage file-claim; minutes of steps review-photo, check-history x 60; economics.monthsPerYear
                       assumed: casesPerMonth of stage file-claim: 13,700, its inbound contacts, one case each (the stage gives no casesPerMonth)
                       assumed: backstageCostPerMinute: 9 RUB/min, the contact-centre rate by default (neither the step nor economics.backstageCostPerMinute gives a cost per minute)
                       assumed: steps take-call, ask-photo are done during the contacts of file-claim@phone: their minutes are in the contacts' handleSeconds and not counted again as backstage work

                Findings
                  redundancy
                """);
        assertThat(run.out()).contains("""
                  #1 P1  Eliminate redundant steps: Operator asks for a photo by e-mail and explains how to send it, Second operator reads the ticket, finds the e-mail with the photo by hand and looks at it
                       action eliminate-step, low effort, score 78, answers F2, F3, F4
                       saves 5,030,640 RUB a year; 10,960 contacts a month avoided; 46,580 handling minutes a month
                       formula: 13,700 contacts/month x 204 s / 60 x 9 RUB/min x 12 months = 5,030,640 RUB
                       assumed: casesPerMonth of stage file-claim: 13,700, its inbound contacts, one case each (the stage gives no casesPerMonth)
                       assumed: backstageCostPerMinute: 9 RUB/min, the contact-centre rate by default (neither the step nor economics.backstageCostPerMinute gives a cost per minute)
                       customer: 1 request fewer
                """);
        assertThat(run.out()).contains("       assumed: selfServiceShare: 0.2, the default (economics.selfServiceShare not given)\n");
    }

    @Test
    void failOnDecidesWhichFindingsMakeTheExitCodeOne() {
        assertThat(CliRun.run("audit", DEFECTIVE_GOODS, "--as-of", "2026-11-22", "--fail-on", "warning").exitCode())
                .isEqualTo(ExitCode.FINDINGS);
        assertThat(CliRun.run("audit", DEFECTIVE_GOODS, "--as-of", "2026-11-22", "--fail-on", "error").exitCode())
                .isEqualTo(ExitCode.OK);
        assertThat(CliRun.run("audit", "../samples/insurance-insured-event.yaml", "--as-of", "2026-11-22").exitCode())
                .as("the insurance journey has errors, and error is the default").isEqualTo(ExitCode.FINDINGS);
        assertThat(CliRun.run("audit", "../samples/insurance-insured-event.yaml", "--as-of", "2026-11-22", "--fail-on", "never")
                .exitCode()).isEqualTo(ExitCode.OK);
    }

    @Test
    void theJsonReportKeepsThePublicFieldNames() {
        CliRun run = CliRun.run("audit", DEFECTIVE_GOODS, "--as-of", "2026-11-22", "--format", "json");
        JsonNode report = JsonMapper.builder().build().readTree(run.out());
        assertThat(report.path("journey").path("id").asString()).isEqualTo("retail-defective-goods");
        assertThat(report.path("journey").path("name").asString()).isEqualTo("Defective goods claim");
        assertThat(report.path("summary").path("bySeverity").toString()).isEqualTo("{\"error\":0,\"warning\":3,\"info\":1}");
        assertThat(report.path("summary").path("byFamily").toString()).isEqualTo("{\"redundancy\":3,\"coverage\":1}");
        assertThat(report.path("summary").path("annualSavings").asLong()).isEqualTo(7102080L);
        assertThat(report.path("summary").path("currency").asString()).isEqualTo("RUB");
        JsonNode finding = report.path("findings").get(2);
        assertThat(finding.path("id").asString()).isEqualTo("F3");
        assertThat(finding.path("ruleId").asString()).isEqualTo("redundancy/unused-output");
        assertThat(finding.path("severity").asString()).isEqualTo("warning");
        assertThat(finding.path("stage").asString()).isEqualTo("file-claim");
        assertThat(finding.path("elements").toString()).isEqualTo("[\"step:ask-photo\",\"item:defect.photo\",\"step:review-photo\"]");
        assertThat(finding.path("evidence").path("usedOnlyBy").toString()).isEqualTo("[\"review-photo\"]");
        JsonNode first = report.path("recommendations").get(0);
        assertThat(first.path("rank").asInt()).isEqualTo(1);
        assertThat(first.path("priority").asString()).isEqualTo("P1");
        assertThat(first.path("action").asString()).isEqualTo("eliminate-step");
        assertThat(first.path("targets").toString()).isEqualTo("[\"step:ask-photo\",\"step:review-photo\"]");
        assertThat(first.path("findings").toString()).isEqualTo("[\"F2\",\"F3\",\"F4\"]");
        assertThat(first.path("effort").asString()).isEqualTo("low");
        assertThat(first.path("score").asInt()).isEqualTo(78);
        assertThat(first.path("why").asString()).startsWith("P1 (45 or more): answers a warning finding +30; saves 5,030,640 RUB a year +30");
        JsonNode impact = first.path("impact");
        assertThat(impact.path("contactsAvoidedPerMonth").asLong()).isEqualTo(10960L);
        assertThat(impact.path("minutesSavedPerMonth").asLong()).isEqualTo(46580L);
        assertThat(impact.path("annualSavings").asLong()).isEqualTo(5030640L);
        assertThat(impact.path("currency").asString()).isEqualTo("RUB");
        assertThat(impact.path("formula").asString())
                .isEqualTo("13,700 contacts/month x 204 s / 60 x 9 RUB/min x 12 months = 5,030,640 RUB");
        assertThat(impact.path("assumptions").get(0).asString())
                .isEqualTo("casesPerMonth of stage file-claim: 13,700, its inbound contacts, one case each (the stage gives no casesPerMonth)");
        assertThat(impact.path("inputs").get(0).toString()).isEqualTo("{\"name\":\"contactsPerMonth\",\"value\":13700,"
                + "\"unit\":\"contacts\",\"source\":\"measured\",\"from\":\"volumePerMonth of touchpoint file-claim@phone\"}");
        assertThat(report.path("summary").path("costToServe").asLong()).isEqualTo(13908240L);
        assertThat(report.path("costToServe").path("stages").get(0).path("handling").asLong()).isEqualTo(10357200L);
        assertThat(report.path("recommendations").get(1).path("impact").path("inputs").get(0).path("source").asString())
                .as("the self-service share is an assumption").isEqualTo("assumed");
        assertThat(report.path("outcome").toString()).isEqualTo("{\"failOn\":\"error\",\"failed\":false}");
    }

    @Test
    void theMarkdownReportHasARecommendationTableAndFindingsByFamily() {
        CliRun run = CliRun.run("audit", DEFECTIVE_GOODS, "--as-of", "2026-11-22", "--format", "markdown");
        assertThat(run.out()).startsWith("# Journey audit: Defective goods claim\n");
        assertThat(run.out()).contains("| 1 | P1 | Eliminate redundant steps: Operator asks for a photo by e-mail and explains how to send it, Second operator reads the ticket, finds the e-mail with the photo by hand and looks at it | 5,030,640 RUB | low | F2, F3, F4 |\n");
        assertThat(run.out()).contains("### redundancy\n\n| Id | Severity | Rule | Stage | Finding |\n");
    }

    @Test
    void aDirectoryIsAuditedAsAPortfolioWithASummaryAtTheEnd() {
        CliRun run = CliRun.run("audit", "../samples", "--as-of", "2026-11-22", "--format", "json");
        JsonNode portfolio = JsonMapper.builder().build().readTree(run.out());
        assertThat(portfolio.path("portfolio").path("journeys").asInt()).isEqualTo(7);
        assertThat(portfolio.path("portfolio").path("invalid").asInt()).isZero();
        assertThat(portfolio.path("portfolio").path("worstFirst").get(0).asString()).isEqualTo("insurance-insured-event 2025");
        assertThat(portfolio.path("portfolio").path("annualSavings").path("RUB").asLong()).isEqualTo(7102080L);
        assertThat(portfolio.path("portfolio").path("annualSavings").path("EUR").asLong()).isEqualTo(245748L);
        assertThat(portfolio.path("portfolio").path("annualSavings").path("GBP").asLong()).isEqualTo(117000L);
        assertThat(run.out()).as("amounts are figures, never scientific notation").contains("\"GBP\" : 117000,", "\"RUB\" : 7102080\n");
        assertThat(portfolio.path("reports")).hasSize(7);
        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);

        CliRun text = CliRun.run("audit", "../samples", "--as-of", "2026-11-22");
        assertThat(text.out()).contains("Portfolio: 7 journeys audited\n");
        assertThat(text.out()).endsWith("""
                Portfolio: 7 journeys audited
                  57 findings: 2 errors, 34 warnings, 21 info
                  annual savings potential: 245,748 EUR
                  annual savings potential: 117,000 GBP
                  annual savings potential: 7,102,080 RUB
                  journey                          errors warnings   info  recs  annual savings
                  insurance-insured-event 2025          2        4      5    11  not priced
                  dashcam-warranty-repair 2024          0        9      3    11  not priced
                  bank-card-loss 2026                   0        7      3     8  245,748 EUR
                  utility-meter-dispute 2026            0        6      3     7  117,000 GBP
                  complaint-handling before             0        5      5     3  not priced
                  retail-defective-goods before         0        3      1     2  7,102,080 RUB
                  complaint-handling after              0        0      1     1  not priced
                """);
    }

    @Test
    void anInvalidDocumentIsNotAuditedAndEveryProblemIsListedWithItsPlace(@TempDir Path dir) throws Exception {
        Path journey = dir.resolve("broken.yaml");
        Files.writeString(journey, "id: broken\nstages:\n  - id: s\n    steps:\n      - {id: a, actor: L1, recontactRate: 2}\n"
                + "      - {id: a, actor: L2}\n");
        CliRun run = CliRun.run("audit", journey.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(journey + " is invalid and was not audited:\n"
                + journey + ":5:43: stages[0].steps[0].recontactRate: 'recontactRate' is a share of cases and must be between 0 and 1, found 2\n"
                + journey + ":6:14: stages[0].steps[1].id: duplicate step id 'a' (first used at stages[0].steps[0], line 5)\n");
    }

    @Test
    void aMissingFileIsInvalidInputNotACrash() {
        CliRun run = CliRun.run("audit", "no/such/journey.yaml");
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).isEqualTo("no/such/journey.yaml is invalid and was not audited:\nno/such/journey.yaml: no such file or directory\n");
    }

    @Test
    void theReportCanBeWrittenToAFile(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.md");
        CliRun run = CliRun.run("audit", DEFECTIVE_GOODS, "--as-of", "2026-11-22", "--format", "markdown", "-o", report.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("Report written to " + report + "\n");
        assertThat(Files.readString(report)).startsWith("# Journey audit: Defective goods claim\n");
    }

    @Test
    void theAuditDateDecidesWhatIsOverdue() {
        CliRun run = CliRun.run("audit", DEFECTIVE_GOODS, "--as-of", "2027-06-01", "--format", "json");
        JsonNode report = JsonMapper.builder().build().readTree(run.out());
        assertThat(report.path("summary").path("byFamily").path("governance").asInt())
                .as("measure, analyse and review all overdue by mid-2027").isEqualTo(3);
        assertThat(report.path("asOf").asString()).isEqualTo("2027-06-01");
    }

    @Test
    void thresholdsAndEffortsCanBeSetForOneAudit() throws Exception {
        CliRun strict = CliRun.run("audit", "../samples/complaint-handling-after.yaml", "--as-of", "2026-11-22", "--format", "json",
                "--param", "handoff/excess.max=1", "--effort", "add-self-service=low");
        JsonNode report = JsonMapper.builder().build().readTree(strict.out());
        assertThat(report.path("findings").findValuesAsString("ruleId")).contains("handoff/excess");
        JsonNode selfService = report.path("recommendations").valueStream()
                .filter(r -> r.path("action").asString().equals("add-self-service")).findFirst().orElseThrow();
        assertThat(selfService.path("effort").asString()).isEqualTo("low");
    }

    @Test
    void unknownRulesParametersAndActionsAreUsageErrorsWithTheNearestName() {
        CliRun rule = CliRun.run("audit", DEFECTIVE_GOODS, "--param", "handoff/exces.max=2");
        assertThat(rule.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(rule.err()).startsWith("journey-audit: --param handoff/exces.max: unknown rule 'handoff/exces'; did you mean 'handoff/excess'?\n");
        CliRun parameter = CliRun.run("audit", DEFECTIVE_GOODS, "--param", "handoff/excess.maximum=2");
        assertThat(parameter.err()).startsWith("journey-audit: --param handoff/excess.maximum: rule handoff/excess has no parameter 'maximum'; expected one of: max\n");
        CliRun none = CliRun.run("audit", DEFECTIVE_GOODS, "--param", "governance/no-owner.max=2");
        assertThat(none.err()).startsWith("journey-audit: --param governance/no-owner.max: rule governance/no-owner has no parameters\n");
        CliRun action = CliRun.run("audit", DEFECTIVE_GOODS, "--effort", "add-chanel=low");
        assertThat(action.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(action.err()).startsWith("journey-audit: --effort add-chanel=low: unknown action 'add-chanel'; did you mean 'add-channel'?\n");
        CliRun level = CliRun.run("audit", DEFECTIVE_GOODS, "--effort", "add-channel=tiny");
        assertThat(level.err()).startsWith("journey-audit: --effort add-channel=tiny: effort is low, medium or high\n");
    }
}
