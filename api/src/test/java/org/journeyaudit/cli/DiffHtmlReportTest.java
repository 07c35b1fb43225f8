package org.journeyaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.audit.FailOn;
import org.journeyaudit.engine.compare.JourneyComparator;
import org.journeyaudit.engine.compare.JourneyComparison;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.report.ComparisonReport;
import org.journeyaudit.engine.report.HtmlReport;
import org.journeyaudit.engine.report.JsonReport;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The visual comparison of two versions of the samples, and {@code diff --format html}. */
class DiffHtmlReportTest {

    private static final String BEFORE = "../samples/complaint-handling-before.yaml";
    private static final String AFTER = "../samples/complaint-handling-after.yaml";
    private static final String INSURANCE = "../samples/insurance-insured-event.yaml";
    private static final String MESSENGER = "../samples/changes/after/insurance-insured-event.yaml";
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern DATA = Pattern.compile(
            "<script type=\"application/json\" id=\"report-data\">(.*?)</script>", Pattern.DOTALL);

    private static JourneyComparison compare(String before, String after) {
        JourneyReader reader = new JourneyReader();
        return new JourneyComparator(new Auditor(RuleBase.builtIn()))
                .compare(reader.read(Path.of(before)), reader.read(Path.of(after)), AuditOptions.asOf(AS_OF));
    }

    static JsonNode data(String html) {
        Matcher matcher = DATA.matcher(html);
        assertThat(matcher.find()).as("the page embeds its data").isTrue();
        return JSON.readTree(matcher.group(1));
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    @Test
    void theComplaintPairEmbedsTheComparisonBothAuditsAndBothMapsAndOpensOffline() {
        JourneyComparison comparison = compare(BEFORE, AFTER);
        String html = HtmlReport.diff(comparison, FailOn.ERROR);

        assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("http://", "https://", "<link");
        assertThat(DATA.matcher(html).replaceFirst("")).doesNotContain("src=");
        assertThat(html).contains("<main id=\"comparison\"", "id=\"before-matrix\"", "id=\"after-matrix\"",
                "id=\"before-swimlanes\"", "id=\"after-swimlanes\"", "id=\"diff-findings\"");

        JsonNode data = data(html);
        JsonNode compared = data.get("comparison").deepCopy();
        ((tools.jackson.databind.node.ObjectNode) compared).remove("asOfShown");
        assertThat(compared.at("/before/label").asString()).isEqualTo("before");
        assertThat(compared.at("/after/label").asString()).isEqualTo("after");
        ((tools.jackson.databind.node.ObjectNode) compared.get("before")).remove("label");
        ((tools.jackson.databind.node.ObjectNode) compared.get("after")).remove("label");
        compared.get("findings").forEach(list -> list.forEach(f -> {
            for (JsonNode finding : f.has("before") ? java.util.List.of(f.get("before"), f.get("after")) : java.util.List.of(f)) {
                ((tools.jackson.databind.node.ObjectNode) finding).remove(java.util.List.of("family", "drawn"));
            }
        }));
        assertThat(compared).isEqualTo(JSON.readTree(JsonReport.write(
                JsonReport.withOutcome(ComparisonReport.json(comparison), FailOn.ERROR, false))));
        assertThat(data.at("/comparison/verdict").asString()).isEqualTo("better");
        assertThat(data.at("/comparison/outcome/failed").asBoolean()).isFalse();
        assertThat(HtmlReportTest.withoutDrawing(data.get("before").get("report")))
                .isEqualTo(JSON.readTree(JsonReport.write(JsonReport.audit(comparison.before()))));
        assertThat(HtmlReportTest.withoutDrawing(data.get("after").get("report")))
                .isEqualTo(JSON.readTree(JsonReport.write(JsonReport.audit(comparison.after()))));
        assertThat(data.at("/comparison/measures/3").toString()).isEqualTo("{\"name\":\"pingPongReturns\",\"label\":\"ping-pong returns\","
                + "\"before\":3,\"after\":0,\"change\":-3,\"better\":\"lower\",\"weighed\":true,\"direction\":\"better\"}");
        assertThat(data.at("/before/map/stages/0/steps")).hasSize(10);
        assertThat(data.at("/after/map/stages/0/steps")).hasSize(5);
    }

    @Test
    void theResolvedPingPongsAndRelaysAreMarkedOnTheBeforeSideAndNothingIsIntroduced() {
        JsonNode marks = data(HtmlReport.diff(compare(BEFORE, AFTER), FailOn.ERROR)).get("marks");

        assertThat(strings(marks.at("/before/resolved"))).containsExactly(
                "stage:file-complaint",
                "step:analyse-3l", "step:answer-customer", "step:forward-to-3l", "step:redirect-to-supervisor",
                "step:register-in-jira", "step:take-explanation",
                "lane:file-complaint/2L", "lane:file-complaint/3L",
                "step:return-to-2l", "step:send-to-2l", "step:transfer-to-2l");
        assertThat(marks.at("/before/lost")).isEmpty();
        assertThat(marks.at("/after/introduced")).isEmpty();
        assertThat(marks.at("/after/gained")).isEmpty();
    }

    @Test
    void theMessengerVersionMarksItsGainedCellsAndTheCellsOfItsIntroducedFindings() {
        JsonNode data = data(HtmlReport.diff(compare(INSURANCE, MESSENGER), FailOn.ERROR));
        JsonNode marks = data.get("marks");

        assertThat(data.at("/comparison/verdict").asString()).isEqualTo("mixed");
        assertThat(data.at("/comparison/outcome/failed").asBoolean()).isTrue();
        assertThat(strings(marks.at("/after/gained")))
                .containsExactly("touchpoint:get-advice@messenger", "touchpoint:check-status@messenger", "touchpoint:learn-decision@messenger");
        // the consistency findings name the cells; a channel in a stage's finding is that stage's cell
        assertThat(strings(marks.at("/after/introduced"))).containsExactly(
                "touchpoint:get-advice@chat", "touchpoint:get-advice@email", "touchpoint:get-advice@messenger",
                "touchpoint:get-advice@phone", "touchpoint:call-services@messenger", "touchpoint:file-claim@messenger",
                "touchpoint:check-status@messenger");
        assertThat(marks.at("/before/resolved")).isEmpty();
        assertThat(marks.at("/before/lost")).isEmpty();
    }

    @Test
    void userTextCannotEndTheDataScript(@TempDir Path dir) throws Exception {
        String journey = Files.readString(Path.of(BEFORE), StandardCharsets.UTF_8)
                .replaceFirst("(?m)^name: .*$", "name: \"</script><img src=x onerror=alert(1)>\"");
        Path hostile = dir.resolve("hostile.yaml");
        Files.writeString(hostile, journey, StandardCharsets.UTF_8);
        String html = HtmlReport.diff(compare(hostile.toString(), AFTER), FailOn.ERROR);

        assertThat(html).doesNotContain("<img").contains("\\u003c/script\\u003e\\u003cimg");
        assertThat(data(html).at("/before/report/journey/name").asString()).isEqualTo("</script><img src=x onerror=alert(1)>");
    }

    @Test
    void diffFormatHtmlWritesThePageToTheFileNamed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("complaint-diff.html");
        CliRun run = CliRun.run("diff", BEFORE, AFTER, "--as-of", "2026-11-22", "--format", "html", "-o", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("Report written to " + file + System.lineSeparator());
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>");
        JsonNode data = data(html);
        assertThat(data.at("/comparison/verdict").asString()).isEqualTo("better");
        assertThat(data.at("/comparison/findings/resolved")).hasSize(9);
        assertThat(data.at("/comparison/outcome/failOn").asString()).isEqualTo("error");

        CliRun failing = CliRun.run("diff", INSURANCE, MESSENGER, "--as-of", "2026-11-22", "--format", "HTML");
        assertThat(failing.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(data(failing.out()).at("/comparison/outcome/failed").asBoolean()).isTrue();
    }
}
