package org.journeyaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code audit --log}: the cost to serve is worked out on the log's figures, as the recommendations are priced. */
class AuditLogCostToServeTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    /** Claims filed by phone (the document says 300 s a contact, 20 a month) and a policy check in the back office. */
    private static final String JOURNEY = """
            id: claims
            currency: EUR
            economics: {costPerMinute: 1, monthsPerYear: 12}
            channels:
              - {id: phone, mode: assisted}
            stages:
              - id: file-claim
                casesPerMonth: 25
                touchpoints:
                  - {channel: phone, status: present, volumePerMonth: 20, handleSeconds: 300}
                steps:
                  - {id: check-policy, actor: back office, minutes: 4}
            """;

    /**
     * Forty claims filed by phone over two average months (60 days and 21 hours: 20 a month), each handled in 600 s.
     */
    private Path log() throws IOException {
        StringBuilder log = new StringBuilder("case,timestamp,activity,channel,handle\n");
        LocalDateTime first = LocalDateTime.of(2026, 1, 1, 0, 0);
        for (int i = 0; i < 40; i++) {
            LocalDateTime at = i == 39 ? first.plusDays(60).plusHours(21) : first.plusHours(36L * i);
            log.append("c").append(i + 1).append(',').append(at.toString().replace('T', ' ')).append(":00,file-claim,phone,600\n");
        }
        return Files.writeString(dir.resolve("claims.csv"), log.toString());
    }

    /** The log's columns, with its handle times, and the journey's one stage and channel. */
    private Path mapping() throws IOException {
        return file("mapping.yaml", """
                columns: {case: case, timestamp: timestamp, activity: activity, channel: channel, handleTime: handle}
                stages: {file-claim: file-claim}
                channels: {phone: phone}
                """);
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void theCostToServeWithALogIsPricedOnItsFiguresAndNamesIt() throws IOException {
        Path journey = file("claims.yaml", JOURNEY);
        Path mapping = mapping();
        Path log = log();

        CliRun withLog = CliRun.run("audit", journey.toString(), "--log", log.toString(), "--mapping", mapping.toString(), "--as-of",
                "2026-11-22", "--format", "json");
        CliRun without = CliRun.run("audit", journey.toString(), "--as-of", "2026-11-22", "--format", "json");

        JsonNode cost = JSON.readTree(withLog.out()).path("costToServe");
        // 20 contacts x 600 s = 2,400 EUR of handling; the policy check on the log's 20 cases a month = 960 EUR
        assertThat(cost.path("total").asInt()).isEqualTo(3360);
        JsonNode stage = cost.path("stages").get(0);
        assertThat(stage.path("formula").asString()).isEqualTo("(20 contacts/month x 600 s / 60 x 1 EUR/min x 12 months)"
                + " + (20 cases/month x 240 s / 60 x 1 EUR/min x 12 months) = 3,360 EUR"
                + " (cases a month and handle times as the log " + log + " shows them)");
        assertThat(stage.path("inputs").get(1).path("source").asString()).isEqualTo("observed");
        assertThat(stage.path("inputs").get(1).path("from").asString())
                .isEqualTo("median handle time of touchpoint file-claim@phone in the log " + log + ": 40 contacts over 61 days");
        JsonNode summary = JSON.readTree(withLog.out()).path("summary");
        assertThat(summary.path("costToServe").asInt()).isEqualTo(3360);
        // a fifth of the phone contacts to self-service, on the same 600 s: 480 of the phone's 2,400 EUR
        assertThat(summary.path("annualSavings").asInt()).isEqualTo(480);
        JsonNode shift = JSON.readTree(withLog.out()).path("recommendations").get(0);
        assertThat(shift.path("action").asString()).isEqualTo("add-self-service");
        assertThat(shift.path("impact").path("formula").asString()).isEqualTo("4 contacts/month x 600 s / 60 x 1 EUR/min x 12 months = 480 EUR"
                + " (handle times as the log " + log + " shows them)");
        // without the log, the document's figures: 20 x 300 s = 1,200 EUR and 25 cases x 4 min = 1,200 EUR
        assertThat(JSON.readTree(without.out()).path("costToServe").path("total").asInt()).isEqualTo(2400);
        assertThat(JSON.readTree(without.out()).path("costToServe").path("stages").get(0).path("inputs").findValuesAsString("source"))
                .doesNotContain("observed");

        CliRun text = CliRun.run("audit", journey.toString(), "--log", log.toString(), "--mapping", mapping.toString(), "--as-of",
                "2026-11-22");
        assertThat(text.out()).contains("""
                       observed: median handle time of touchpoint file-claim@phone in the log %s: 40 contacts over 61 days; \
                cases of stage file-claim in the log %s: 40 over 61 days
                """.formatted(log, log));
    }

    @Test
    void theWorkbooksCostToServeHasAColumnOfTheLogsFiguresOnlyWithALog() throws Exception {
        Path journey = file("claims.yaml", JOURNEY);
        Path mapping = mapping();
        Path log = log();
        Path withLog = dir.resolve("with-log.xlsx");
        Path without = dir.resolve("without.xlsx");

        CliRun.run("audit", journey.toString(), "--log", log.toString(), "--mapping", mapping.toString(), "--as-of", "2026-11-22",
                "--format", "xlsx", "-o", withLog.toString());
        CliRun.run("audit", journey.toString(), "--as-of", "2026-11-22", "--format", "xlsx", "-o", without.toString());

        try (WorkbookCells book = WorkbookCells.read(withLog)) {
            assertThat(book.row("Cost to serve", 0)).containsExactly("s:Journey", "s:Stage", "s:Handling", "s:Backstage", "s:Total",
                    "s:Currency", "s:Formula", "s:Measured", "s:Observed", "s:Assumed");
            assertThat(book.row("Cost to serve", 1).subList(2, 5)).containsExactly("n:2400", "n:960", "n:3360");
            assertThat(book.row("Cost to serve", 1).get(8)).isEqualTo("s:median handle time of touchpoint file-claim@phone in the log " + log
                    + ": 40 contacts over 61 days; cases of stage file-claim in the log " + log + ": 40 over 61 days");
        }
        try (WorkbookCells book = WorkbookCells.read(without)) {
            assertThat(book.row("Cost to serve", 0)).containsExactly("s:Journey", "s:Stage", "s:Handling", "s:Backstage", "s:Total",
                    "s:Currency", "s:Formula", "s:Measured", "s:Assumed");
            assertThat(book.row("Cost to serve", 1).subList(2, 5)).containsExactly("n:1200", "n:1200", "n:2400");
        }
    }
}
