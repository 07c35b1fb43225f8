package org.journeyaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.report.HtmlReport;
import org.journeyaudit.engine.report.JsonReport;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The visual report of the real samples, audited with the built-in rules, and {@code audit --format html}. */
class HtmlReportTest {

    private static final String DEFECTIVE_GOODS = "../samples/retail-defective-goods.yaml";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern DATA = Pattern.compile(
            "<script type=\"application/json\" id=\"report-data\">(.*?)</script>", Pattern.DOTALL);

    @Test
    void theDefectiveGoodsReportOpensOfflineAndEmbedsTheJsonReportAndTheJourneyMap() {
        Audit audit = new Auditor(RuleBase.builtIn()).audit(new JourneyReader().read(Path.of(DEFECTIVE_GOODS)),
                AuditOptions.asOf(LocalDate.of(2026, 11, 22)));
        String html = HtmlReport.audit(audit);

        assertThat(html).doesNotContain("http://", "https://", "<link");
        assertThat(DATA.matcher(html).replaceFirst("")).doesNotContain("src=");

        JsonNode data = data(html);
        assertThat(withoutDrawing(data.get("report"))).isEqualTo(JSON.readTree(JsonReport.write(JsonReport.audit(audit))));
        assertThat(data.at("/report/findings/1/family").asString()).isEqualTo("redundancy");
        assertThat(data.at("/report/findings/1/drawn").toString()).isEqualTo("[\"step:ask-photo\"]");
        assertThat(data.at("/report/recommendations/0/impact/annualSavings").asLong()).isEqualTo(5_030_640L);
        JsonNode map = data.get("map");
        assertThat(map.get("stages")).extracting(s -> s.get("id").asString()).containsExactly("file-claim");
        assertThat(map.at("/stages/0/emotion").asInt()).isEqualTo(-2);
        assertThat(map.at("/stages/0/steps")).extracting(s -> s.get("id").asString())
                .containsExactly("take-call", "ask-photo", "review-photo", "check-history");
        assertThat(map.at("/stages/0/steps/1").toString()).isEqualTo("{\"id\":\"ask-photo\","
                + "\"name\":\"Operator asks for a photo by e-mail and explains how to send it\",\"actor\":\"L1\",\"system\":\"CRM\","
                + "\"kind\":\"request\",\"minutes\":1.5,\"waitMinutes\":null,\"automated\":false,\"receivesHandoff\":false,"
                + "\"handoffReason\":null,\"lane\":0}");
        assertThat(map.get("cells")).extracting(c -> c.get("channel").asString() + " " + c.get("status").asString())
                .containsExactly("phone present", "email not-applicable");
        assertThat(map.at("/cells/0/volumePerMonth").asLong()).isEqualTo(13_700L);
        assertThat(map.at("/cells/1/reason").asString()).isEqualTo("Claims are taken by phone only; e-mail carries the photo");
        assertThat(map.get("undecided").isEmpty()).isTrue();
    }

    @Test
    void auditFormatHtmlWritesTheReportToTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.html");
        CliRun run = CliRun.run("audit", DEFECTIVE_GOODS, "--as-of", "2026-11-22", "--format", "html", "-o", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("Report written to " + file + "\n");
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>");
        // the template holds the containers the script fills
        assertThat(html).contains("id=\"report-data\"", "id=\"coverage-matrix\"", "id=\"swimlanes\"", "id=\"emotion-curve\"",
                "id=\"findings\"", "id=\"recommendations\"");
        assertThat(data(html).at("/report/journey/id").asString()).isEqualTo("retail-defective-goods");
        assertThat(data(html).at("/report/asOf").asString()).isEqualTo("2026-11-22");
    }

    @Test
    void aDirectoryOrSeveralFilesBecomeOnePortfolioDocument(@TempDir Path dir) throws Exception {
        Path all = dir.resolve("portfolio.html");
        CliRun run = CliRun.run("audit", "../samples", "--as-of", "2026-11-22", "--format", "html", "-o", all.toString());
        assertThat(run.exitCode()).as("the insurance journey has errors").isEqualTo(ExitCode.FINDINGS);
        JsonNode portfolio = data(Files.readString(all, StandardCharsets.UTF_8));
        assertThat(portfolio.at("/portfolio/journeys").asInt()).isEqualTo(7);
        assertThat(portfolio.get("journeys")).hasSize(7);
        int worst = portfolio.at("/worstFirst/0").asInt();
        assertThat(portfolio.at("/journeys/" + worst + "/label").asString()).isEqualTo("insurance-insured-event 2025");
        assertThat(portfolio.at("/journeys/" + worst + "/map/stages")).hasSize(5);

        CliRun two = CliRun.run("audit", DEFECTIVE_GOODS, "../samples/complaint-handling-before.yaml", "--as-of", "2026-11-22",
                "--format", "html");
        assertThat(two.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(two.out()).startsWith("<!DOCTYPE html>");
        assertThat(data(two.out()).get("journeys")).extracting(j -> j.get("label").asString())
                .containsExactly("retail-defective-goods before", "complaint-handling before");
    }

    private static JsonNode data(String html) {
        Matcher data = DATA.matcher(html);
        assertThat(data.find()).as("the page embeds its data").isTrue();
        return JSON.readTree(data.group(1));
    }

    /** The embedded report less what the page adds for drawing (the shown date, each finding's family and shapes). */
    static JsonNode withoutDrawing(JsonNode report) {
        tools.jackson.databind.node.ObjectNode copy = (tools.jackson.databind.node.ObjectNode) report.deepCopy();
        copy.remove("asOfShown");
        copy.get("findings").forEach(f -> ((tools.jackson.databind.node.ObjectNode) f).remove(java.util.List.of("family", "drawn")));
        return copy;
    }
}
