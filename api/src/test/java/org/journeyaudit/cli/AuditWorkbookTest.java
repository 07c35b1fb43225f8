package org.journeyaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code audit --format xlsx}: the audit as a workbook, read back cell by cell with its types, on the samples. */
class AuditWorkbookTest {

    private static final String DEFECTIVE_GOODS = "../samples/retail-defective-goods.yaml";

    @TempDir
    Path dir;

    private WorkbookCells audit(String... more) throws Exception {
        Path file = dir.resolve("report.xlsx");
        List<String> args = new java.util.ArrayList<>(List.of("audit", "--as-of", "2026-11-22", "--format", "xlsx", "-o", file.toString()));
        args.addAll(List.of(more));
        CliRun run = CliRun.run(args.toArray(String[]::new));
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("Report written to " + file + "\n");
        return WorkbookCells.read(file);
    }

    @Test
    void theSummaryGivesTheJourneyItsDateAndTotalsAsNumbersAndADate() throws Exception {
        try (WorkbookCells book = audit(DEFECTIVE_GOODS)) {
            assertThat(book.sheetNames()).containsExactly("Summary", "Findings", "Recommendations", "Coverage", "Cost to serve");
            assertThat(book.rows("Summary")).containsExactly(
                    List.of("s:Item", "s:Value"),
                    List.of("s:Journey", "s:retail-defective-goods"),
                    List.of("s:Name", "s:Defective goods claim"),
                    List.of("s:Version", "s:before"),
                    List.of("s:Owner", "s:Head of customer service"),
                    List.of("s:As of", "d:2026-11-22"),
                    List.of("s:Profile", "s:recommended"),
                    List.of("s:Open findings", "n:4"),
                    List.of("s:Open findings: error", "n:0"),
                    List.of("s:Open findings: warning", "n:3"),
                    List.of("s:Open findings: info", "n:1"),
                    List.of("s:Suppressed", "n:0"),
                    List.of("s:Baselined", "n:0"),
                    List.of("s:Recommendations", "n:2"),
                    List.of("s:Annual savings (RUB)", "n:7102080"),
                    List.of("s:Cost to serve a year", "n:13908240"));
            assertThat(book.sheet("Summary").getRow(14).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00\\ \"RUB\"");
        }
    }

    @Test
    void findingsAreOneRowEachWithTheirRuleFamilyStageAndElements() throws Exception {
        try (WorkbookCells book = audit(DEFECTIVE_GOODS)) {
            assertThat(book.rows("Findings")).containsExactly(
                    List.of("s:Journey", "s:Id", "s:State", "s:Severity", "s:Rule", "s:Family", "s:Stage", "s:Elements", "s:Finding", "s:Why set apart"),
                    List.of("s:retail-defective-goods", "s:F1", "s:open", "s:info", "s:coverage/assisted-only", "s:coverage", "s:file-claim",
                            "s:stage:file-claim",
                            "s:Stage 'file-claim' is served only by people (phone), 13,700 contacts a month: a candidate for self-service"),
                    List.of("s:retail-defective-goods", "s:F2", "s:open", "s:warning", "s:redundancy/recontact", "s:redundancy", "s:file-claim",
                            "s:step:ask-photo", "s:Step 'ask-photo' makes 80% of customers contact again: 10,960 secondary contacts a month"),
                    List.of("s:retail-defective-goods", "s:F3", "s:open", "s:warning", "s:redundancy/unused-output", "s:redundancy", "s:file-claim",
                            "s:step:ask-photo, item:defect.photo, step:review-photo",
                            "s:Step 'ask-photo' asks the customer for defect.photo, which only review-photo uses, and nothing needs that step's "
                                    + "output: the work can be dropped"),
                    List.of("s:retail-defective-goods", "s:F4", "s:open", "s:warning", "s:redundancy/unused-output", "s:redundancy", "s:file-claim",
                            "s:step:review-photo, item:defect.photoChecked",
                            "s:Step 'review-photo' produces defect.photoChecked, which no later step or decision uses: the work can be dropped"));
            XSSFSheet findings = (XSSFSheet) book.sheet("Findings");
            PaneInformation pane = findings.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(findings.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:J5");
            assertThat(findings.getColumnWidth(8)).isEqualTo(60 * 256);
        }
    }

    @Test
    void theFirstRecommendationsSavingsIsAnAmountInRoubles() throws Exception {
        try (WorkbookCells book = audit(DEFECTIVE_GOODS)) {
            assertThat(book.row("Recommendations", 0)).containsExactly("s:Journey", "s:Rank", "s:Priority", "s:Recommendation", "s:Action",
                    "s:Answers findings", "s:Effort", "s:Savings a year", "s:Currency", "s:Contacts avoided a month", "s:Minutes saved a month",
                    "s:Customer effort saved", "s:Formula", "s:Measured", "s:Assumed", "s:Why");
            List<String> first = book.row("Recommendations", 1);
            assertThat(first.subList(0, 13)).containsExactly("s:retail-defective-goods", "n:1", "s:P1",
                    "s:Eliminate redundant steps: Operator asks for a photo by e-mail and explains how to send it, Second operator reads the "
                            + "ticket, finds the e-mail with the photo by hand and looks at it",
                    "s:eliminate-step", "s:F2, F3, F4", "s:low", "n:5030640", "s:RUB", "n:10960", "n:46580", "s:1 request fewer",
                    "s:13,700 contacts/month x 204 s / 60 x 9 RUB/min x 12 months = 5,030,640 RUB");
            assertThat(first.get(13)).isEqualTo("s:volumePerMonth of touchpoint file-claim@phone; minutes of step ask-photo x 60; "
                    + "economics.costPerMinute; economics.monthsPerYear; volumePerMonth of the inbound touchpoints of stage file-claim; "
                    + "minutes of step review-photo x 60");
            Cell savings = book.sheet("Recommendations").getRow(1).getCell(7);
            assertThat(savings.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(savings.getNumericCellValue()).isEqualTo(5030640.0);
            assertThat(savings.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00\\ \"RUB\"");
            assertThat(book.row("Recommendations", 2).subList(0, 12)).containsExactly("s:retail-defective-goods", "n:2", "s:P4",
                    "s:Add a self-service option: File a claim about defective goods", "s:add-self-service", "s:F1", "s:high", "n:2071440",
                    "s:RUB", "n:2740", "n:19180", "-");
        }
    }

    @Test
    void theCoverageMatrixIsColouredAndTheCostToServeIsPerStage() throws Exception {
        try (WorkbookCells book = audit(DEFECTIVE_GOODS)) {
            assertThat(book.rows("Coverage")).containsExactly(
                    List.of("s:Journey", "s:Stage", "s:phone", "s:email"),
                    List.of("s:retail-defective-goods", "s:file-claim", "s:+", "s:N/A"));
            Sheet coverage = book.sheet("Coverage");
            assertThat(((XSSFCellStyle) coverage.getRow(1).getCell(2).getCellStyle()).getFillForegroundColorColor().getARGBHex())
                    .isEqualTo("FFC6EFCE");
            assertThat(((XSSFCellStyle) coverage.getRow(1).getCell(3).getCellStyle()).getFillForegroundColorColor().getARGBHex())
                    .isEqualTo("FFD9D9D9");
            assertThat(book.row("Cost to serve", 0)).containsExactly("s:Journey", "s:Stage", "s:Handling", "s:Backstage", "s:Total",
                    "s:Currency", "s:Formula", "s:Measured", "s:Assumed");
            assertThat(book.row("Cost to serve", 1).subList(0, 7)).containsExactly("s:retail-defective-goods", "s:file-claim", "n:10357200",
                    "n:3551040", "n:13908240", "s:RUB", "s:(13,700 contacts/month x 420 s / 60 x 9 RUB/min x 12 months) + "
                            + "(13,700 contacts/month x 144 s / 60 x 9 RUB/min x 12 months) = 13,908,240 RUB");
        }
    }

    @Test
    void inRussianTheSheetsHeadingsAndWordsAreRussianAndTheFiguresTheSame() throws Exception {
        try (WorkbookCells book = audit(DEFECTIVE_GOODS, "--lang", "ru")) {
            assertThat(book.sheetNames()).containsExactly("Сводка", "Замечания", "Рекомендации", "Покрытие каналами", "Стоимость обслуживания");
            assertThat(book.row("Сводка", 14)).containsExactly("s:Экономия за год (RUB)", "n:7102080");
            assertThat(book.row("Замечания", 0)).containsExactly("s:Путь клиента", "s:Номер", "s:Статус", "s:Важность", "s:Правило",
                    "s:Группа правил", "s:Этап", "s:Элементы", "s:Замечание", "s:Основание");
            assertThat(book.row("Замечания", 2).subList(0, 8)).containsExactly("s:retail-defective-goods", "s:F2", "s:открыто",
                    "s:предупреждение", "s:redundancy/recontact", "s:избыточность", "s:file-claim", "s:step:ask-photo");
            assertThat(book.row("Рекомендации", 1).subList(6, 8)).containsExactly("s:низкие", "n:5030640");
            assertThat(book.row("Покрытие каналами", 1)).containsExactly("s:retail-defective-goods", "s:file-claim", "s:+", "s:Н/П");
        }
    }

    @Test
    void aJourneyNameThatLooksLikeAFormulaStaysText() throws Exception {
        String sample = Files.readString(Path.of(DEFECTIVE_GOODS), StandardCharsets.UTF_8)
                .replace("name: Defective goods claim", "name: \"=HYPERLINK(\\\"http://example.com\\\",\\\"x\\\")\"")
                .replace("owner: Head of customer service", "owner: \"@SUM(A1:A2)\"");
        Path journey = dir.resolve("journey.yaml");
        Files.writeString(journey, sample, StandardCharsets.UTF_8);
        try (WorkbookCells book = audit(journey.toString())) {
            Cell name = book.sheet("Summary").getRow(2).getCell(1);
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://example.com\",\"x\")");
            assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
            Cell owner = book.sheet("Summary").getRow(4).getCell(1);
            assertThat(WorkbookCells.typed(owner)).isEqualTo("s:@SUM(A1:A2)");
            assertThat(owner.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(book.sheet("Summary").getRow(1).getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void aDirectoryIsOneWorkbookWithThePortfolioFirst() throws Exception {
        try (WorkbookCells book = audit("../samples", "--fail-on", "never")) {
            assertThat(book.sheetNames()).containsExactly("Portfolio", "Summary", "Findings", "Recommendations", "Coverage", "Cost to serve");
            assertThat(book.row("Portfolio", 0)).containsExactly("s:Journey", "s:Name", "s:Version", "s:As of", "s:Profile", "s:Open findings",
                    "s:error", "s:warning", "s:info", "s:Suppressed", "s:Baselined", "s:Recommendations", "s:Annual savings",
                    "s:Cost to serve a year", "s:Currency");
            List<List<String>> rows = book.rows("Portfolio");
            assertThat(rows.stream().filter(r -> r.get(0).equals("s:retail-defective-goods")).findFirst().orElseThrow())
                    .containsExactly("s:retail-defective-goods", "s:Defective goods claim", "s:before", "d:2026-11-22", "s:recommended", "n:4",
                            "n:0", "n:3", "n:1", "n:0", "n:0", "n:2", "n:7102080", "n:13908240", "s:RUB");
            assertThat(book.row("Summary", 1)).containsExactly("s:Journeys audited", "n:" + (rows.size() - 1));
        }
    }

    @Test
    void aWorkbookIsNeverWrittenToTheTerminal() {
        CliRun run = CliRun.run("audit", DEFECTIVE_GOODS, "--format", "xlsx");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("journey-audit: --format xlsx writes a workbook, a binary file: name it with -o FILE (e.g. -o report.xlsx)\n"
                + "Try 'journey-audit audit --help' for usage.\n");
    }

    @Test
    void theComplianceWorkbookHoldsTheCsvsCellsWithCountsAsNumbers() throws Exception {
        Path file = dir.resolve("compliance.xlsx");
        CliRun run = CliRun.run("compliance", "../samples", "--as-of", "2026-11-22", "--format", "xlsx", "-o", file.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        List<String> csv = Files.readAllLines(ComplianceCommandTest.EXPECTED);
        try (WorkbookCells book = WorkbookCells.read(file)) {
            assertThat(book.sheetNames()).containsExactly("Compliance", "Rules");
            List<List<String>> rows = book.rows("Compliance");
            assertThat(rows).hasSize(csv.size());
            String[] header = csv.get(0).split(",");
            assertThat(rows.get(0).subList(0, 3)).containsExactly("s:Journey", "s:Version", "s:As of");
            assertThat(rows.get(0).subList(3, header.length - 3)).containsExactlyElementsOf(
                    java.util.Arrays.stream(header, 2, header.length - 4).map(h -> "s:" + h).toList());
            for (int r = 1; r < csv.size(); r++) {
                String[] cells = csv.get(r).split(",", -1);
                List<String> expected = new java.util.ArrayList<>(List.of("s:" + cells[0], "s:" + cells[1], "d:2026-11-22"));
                java.util.Arrays.stream(cells, 2, cells.length - 4).forEach(c -> expected.add("s:" + c));
                java.util.Arrays.stream(cells, cells.length - 4, cells.length).forEach(c -> expected.add("n:" + c));
                assertThat(rows.get(r)).containsExactlyElementsOf(expected);
            }
            assertThat(book.row("Rules", 0)).containsExactly("s:Rule", "s:Title", "s:Pass", "s:Fail", "s:Suppressed", "s:N/A");
        }
    }

    @Test
    void suppressedAndBaselinedFindingsAreListedApartWithWhy() throws Exception {
        Path journeys = Files.createDirectory(dir.resolve("journeys"));
        Path journey = Files.copy(Path.of(DEFECTIVE_GOODS), journeys.resolve("retail.yaml"));
        Files.writeString(journeys.resolve("retail.suppressions.yaml"), """
                suppressions:
                  - {rule: coverage/assisted-only, element: stage:file-claim, reason: Claims need a person by law}
                """);
        Path baseline = Files.writeString(dir.resolve("baseline.yaml"), """
                findings:
                  - {rule: redundancy/recontact, journey: retail-defective-goods, elements: ["step:ask-photo"]}
                """);
        try (WorkbookCells book = audit(journey.toString(), "--baseline", baseline.toString())) {
            List<List<String>> rows = book.rows("Findings");
            assertThat(rows).hasSize(5);
            assertThat(rows.get(1).subList(0, 5)).containsExactly("s:retail-defective-goods", "s:F2", "s:open", "s:warning",
                    "s:redundancy/unused-output");
            assertThat(rows.get(2).subList(0, 5)).containsExactly("s:retail-defective-goods", "s:F3", "s:open", "s:warning",
                    "s:redundancy/unused-output");
            assertThat(rows.get(3)).containsExactly("s:retail-defective-goods", "s:S1", "s:suppressed", "s:info", "s:coverage/assisted-only",
                    "s:coverage", "s:file-claim", "s:stage:file-claim",
                    "s:Stage 'file-claim' is served only by people (phone), 13,700 contacts a month: a candidate for self-service",
                    "s:Claims need a person by law");
            assertThat(rows.get(4)).containsExactly("s:retail-defective-goods", "s:F1", "s:baselined", "s:warning", "s:redundancy/recontact",
                    "s:redundancy", "s:file-claim", "s:step:ask-photo",
                    "s:Step 'ask-photo' makes 80% of customers contact again: 10,960 secondary contacts a month",
                    "s:in the baseline: known when the baseline was made");
            assertThat(book.row("Summary", 7)).containsExactly("s:Open findings", "n:2");
            assertThat(book.row("Summary", 11)).containsExactly("s:Suppressed", "n:1");
            assertThat(book.row("Summary", 12)).containsExactly("s:Baselined", "n:1");
        }
    }
}
