package org.journeyaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code journey-audit evidence}: a journey beside its log, in text and JSON, English and Russian, and every refusal. */
class EvidenceCommandTest {

    @TempDir
    Path dir;

    private String journey;
    private String log;

    private static final String LOG = """
            ticket;time;status;team;channel
            c1;2025-03-01 09:00:00;Call received;Service desk;Phone
            c1;2025-03-01 09:10:00;History checked;Second line;
            c1;2025-03-01 09:20:00;Ticket registered;Service desk;
            c1;2025-03-01 15:00:00;Analysed;Second line;
            c1;2025-03-02 10:00:00;Decided;Experts;
            c1;2025-03-02 11:00:00;Answered;Second line;E-mail
            c2;2025-03-01 10:00:00;Call received;Service desk;Chat
            c2;2025-03-01 10:05:00;Ticket registered;Service desk;
            c2;2025-03-01 11:00:00;Analysed;Second line;
            c2;yesterday;Answered;Second line;
            c2;2025-03-01 12:00:00;Coffee;Facilities;
            c2;2025-03-01 12:30:00;Answered;Second line;Phone
            """;

    private static final String MAPPING = """
            columns: {case: ticket, timestamp: time, activity: status, actor: team, channel: channel}
            steps:
              take-call: Call received
              check-history: History checked
              register-ticket: Ticket registered
              analyse: Analysed
              decide: Decided
              answer: Answered
            actors:
              L1: Service desk
              L2: Second line
              L3: {pattern: "Expert.*"}
            """;

    @BeforeEach
    void files() throws IOException, URISyntaxException {
        journey = Paths.get(EvidenceCommandTest.class.getResource("evidence/complaint.yaml").toURI()).toString();
        log = write("log.csv", LOG);
    }

    private String write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file.toString();
    }

    @Test
    void printsPerStageTheDesignBesideWhatTheLogShows() throws IOException {
        CliRun run = CliRun.run("evidence", journey, "--log", log, "--mapping", write("mapping.yaml", MAPPING));

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("""
                Evidence: Complaint (complaint)
                Log %s: 11 events in 2 cases; 1 row not read
                A repeat contact comes within 7 days of the case's previous contact

                Stage: Register the complaint (register)
                  Design: steps take-call, register-ticket, check-history; actors L1, L2; handoffs L1 -> L2; SLA standard 4\u00a0h
                  Observed: 2 cases, 5 events
                    handovers of work: 2; L1 -> L2 1, L2 -> L1 1 (not in the design)
                    ping-pong: 1 case (50%%), 1 return
                    rework: 0 cases (0%%), 0 repeated events
                    escalations: 1 case (50%%), 1 escalation
                    channel switches: 0 cases (0%%), 0 switches
                    repeat contacts: 0 cases (0%%), 0 repeat contacts
                    duration: median 5\u00a0min, p90 20\u00a0min; over the standard: 0 cases (0%%)

                Stage: Resolve the complaint (resolve)
                  Design: steps analyse, decide, answer; actors L2, L3; handoffs L2 -> L3, L3 -> L2; SLA standard 2\u00a0d
                  Observed: 2 cases, 5 events
                    handovers of work: 2; L2 -> L3 1, L3 -> L2 1
                    ping-pong: 2 cases (100%%), 2 returns
                    rework: 0 cases (0%%), 0 repeated events
                    escalations: 2 cases (100%%), 3 escalations
                    channel switches: 2 cases (100%%), 2 switches
                    repeat contacts: 2 cases (100%%), 2 repeat contacts
                    duration: median 2\u00a0h 25\u00a0min, p90 1\u00a0d 1\u00a0h; over the standard: 0 cases (0%%)

                Design versus reality: 1 finding of the evidence rules
                  evidence/undesigned-handoff: At stage 'register' the log shows work passing from 'L2' to 'L1' 1 time over 2 cases; the design shows no such handoff

                Whole journey
                  Observed: 2 cases, 11 events
                    handovers of work: 8; L1 -> L2 3, L2 -> L1 1, L2 -> L3 1, L3 -> L2 1, L2 -> Facilities 1, Facilities -> L2 1
                    ping-pong: 2 cases (100%%), 4 returns
                    rework: 0 cases (0%%), 0 repeated events
                    escalations: 2 cases (100%%), 4 escalations
                    channel switches: 2 cases (100%%), 2 switches
                    repeat contacts: 2 cases (100%%), 2 repeat contacts
                    duration: median 2\u00a0h 30\u00a0min, p90 1\u00a0d 2\u00a0h
                    at no stage of the journey: 1 event

                Actors
                  L1: 4 events in 2 cases; handovers given 3, received 1; work returned 1; repeated activities 0
                  L2: 5 events in 2 cases; handovers given 3, received 5; work returned 3; repeated activities 0
                  L3: 1 event in 1 case; handovers given 1, received 1; work returned 0; repeated activities 0
                  Facilities: 1 event in 1 case; handovers given 1, received 1; work returned 0; repeated activities 0 (not an actor of the journey)

                Top variants (2 in all)
                  1 case (50%%): Call received > History checked > Ticket registered > Analysed > Decided > Answered
                  1 case (50%%): Call received > Ticket registered > Analysed > Coffee > Answered

                Values the mapping does not cover
                  activity, 1 event: 'Coffee' 1
                  actor, 1 event: 'Facilities' 1

                Rows not read
                  line 11: the timestamp 'yesterday' in column 'time' is not written as 2025-03-01T09:15:00 (ISO-8601)
                """.formatted(log));
    }

    @Test
    void writesTheReportInRussianWithFiguresAsRussianWritesThem() throws IOException {
        CliRun run = CliRun.run("evidence", journey, "--log", log, "--mapping", write("mapping.yaml", MAPPING), "--lang", "ru");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().limit(14)).containsExactly(
                "Факты из журнала: Complaint (complaint)",
                "Журнал " + log + ": 11 событий, 2 обращения; не прочитано: 1 строка",
                "Повторное обращение — контакт в течение 7 дней после предыдущего контакта по тому же обращению",
                "",
                "Этап: Register the complaint (register)",
                "  По карте: шаги take-call, register-ticket, check-history; исполнители L1, L2; передачи L1 -> L2; стандарт SLA 4\u00a0ч",
                "  По журналу: 2 обращения, 5 событий",
                "    передачи работы: 2; L1 -> L2 1, L2 -> L1 1 (нет на карте)",
                "    пинг-понг: 1 обращение (50\u00a0%), 1 возврат",
                "    переделки: 0 обращений (0\u00a0%), 0 повторов",
                "    эскалации: 1 обращение (50\u00a0%), 1 эскалация",
                "    смены канала: 0 обращений (0\u00a0%), 0 смен",
                "    повторные обращения: 0 обращений (0\u00a0%), 0 повторных обращений",
                "    длительность: медиана 5\u00a0мин, p90 20\u00a0мин; сверх стандарта: 0 обращений (0\u00a0%)");
        assertThat(run.out()).contains("  Facilities: 1 событие, 1 обращение; передал работу 1, получил 1; работа вернулась 0; "
                + "повторные действия 0 (не исполнитель по карте)\n");
        assertThat(run.out()).endsWith("Непрочитанные строки\n  строка 11: дата и время 'yesterday' в столбце 'time' записаны не "
                + "в формате 2025-03-01T09:15:00 (ISO-8601)\n");
    }

    @Test
    void writesTheSameFiguresAsJson() throws IOException {
        CliRun run = CliRun.run("evidence", journey, "--log", log, "--mapping", write("mapping.yaml", MAPPING), "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode report = JsonMapper.builder().build().readTree(run.out());
        assertThat(report.at("/log/events").asLong()).isEqualTo(11);
        assertThat(report.at("/log/unread/0/line").asLong()).isEqualTo(11);
        assertThat(report.at("/log/unread/0/reason").asString()).isEqualTo("badTimestamp");
        JsonNode register = report.at("/stages/0");
        assertThat(register.at("/design/slaStandardSeconds").asLong()).isEqualTo(14_400);
        assertThat(register.at("/observed/handoverPairs/1").toString())
                .isEqualTo("{\"from\":\"L2\",\"to\":\"L1\",\"count\":1,\"designed\":false}");
        assertThat(register.at("/observed/pingPongCases").asLong()).isEqualTo(1);
        assertThat(register.at("/observed/durationP90Seconds").asLong()).isEqualTo(1_200);
        JsonNode resolve = report.at("/stages/1/observed");
        assertThat(new long[] {resolve.at("/returns").asLong(), resolve.at("/escalations").asLong(), resolve.at("/channelSwitches").asLong(),
                resolve.at("/repeatContacts").asLong()}).containsExactly(2, 3, 2, 2);
        assertThat(report.at("/unmapped/activity/values").toString()).isEqualTo("{\"Coffee\":1}");
        assertThat(report.at("/actors/3/inJourney").asBoolean()).isFalse();
    }

    @Test
    void suggestsAMappingFromTheLogsColumnsAndValues() throws IOException {
        String named = write("named.csv", """
                Ticket;Change Date+Time;Status;Involved ST;Channel
                c1;2025-03-01 09:00:00;Take the call;l1;Phone
                c1;2025-03-01 09:10:00;Queued;Second line;
                c2;2025-03-01 09:00:00;Take the call;L1;Chat
                """);

        CliRun run = CliRun.run("evidence", journey, "--log", named, "--suggest-mapping", "--top", "2");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("""
                # The columns of %s, with their commonest values and rows
                #   Ticket (2 distinct): "c1" 2, "c2" 1
                #   Change Date+Time (2 distinct): "2025-03-01 09:00:00" 2, "2025-03-01 09:10:00" 1
                #   Status (2 distinct): "Take the call" 2, "Queued" 1
                #   Involved ST (3 distinct): "l1" 1, "Second line" 1
                #   Channel (2 distinct): "Phone" 1, "Chat" 1
                # A draft mapping: check each column, then map the values listed at the end by hand
                columns:
                  case: "Ticket"
                  timestamp: "Change Date+Time"
                  activity: "Status"
                  # resource: no column found; name one, or leave the role out
                  actor: "Involved ST"
                  # level: no column found; name one, or leave the role out
                  channel: "Channel"
                  # handleTime: no column found; name one, or leave the role out
                timestampFormat: ISO  # or a pattern such as yyyy-MM-dd HH:mm:ss
                steps:
                  "take-call": ["Take the call"]
                actors:
                  "L1": ["l1", "L1"]
                channels:
                  "phone": ["Phone"]
                  "chat": ["Chat"]
                # activity values that name nothing in the journey, with their rows:
                #   "Queued": 1
                # actor values that name nothing in the journey, with their rows:
                #   "Second line": 1
                """.formatted(named));
    }

    @Test
    void aColumnTheMappingNamesThatTheLogLacksIsRefusedAtItsPlaceInTheMapping() throws IOException {
        String mapping = write("mapping.yaml", "columns: {case: ticket, timestamp: time, activity: Status}\n");

        CliRun run = CliRun.run("evidence", journey, "--log", log, "--mapping", mapping);

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(mapping + " is not a valid evidence mapping:\n" + mapping + ":1:52: columns.activity: the log "
                + log + " has no column 'Status'; did you mean 'status'?; its columns are: ticket, time, status, team, channel\n");
    }

    @Test
    void aMappingNamingAStepTheJourneyLacksIsRefusedWithTheNearestStep() throws IOException {
        String mapping = write("mapping.yaml", "columns: {case: ticket, timestamp: time, activity: status}\nsteps: {analyze: x}\n");

        CliRun run = CliRun.run("evidence", journey, "--log", log, "--mapping", mapping);

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).isEqualTo(mapping + " is not a valid evidence mapping:\n" + mapping
                + ":2:9: steps.analyze: the journey has no step 'analyze'; did you mean 'analyse'?\n");
    }

    @Test
    void withStrictTheFirstRowThatCannotBeReadStopsTheRunAtItsLine() throws IOException {
        CliRun run = CliRun.run("evidence", journey, "--log", log, "--strict", "--mapping", write("mapping.yaml", MAPPING));

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(log + " cannot be read as an event log:\n" + log + ":11: the timestamp 'yesterday' in column "
                + "'time' is not written as 2025-03-01T09:15:00 (ISO-8601) (--strict stops at the first row that cannot be read)\n");
    }

    @Test
    void withStrictAHandleTimeThatIsNoDurationStopsTheRunAtItsLineAndColumn() throws IOException {
        String timed = write("timed.csv", """
                ticket;time;status;team;channel;AHT
                c1;2025-03-01 09:00:00;Call received;Service desk;Phone;4:05
                c1;2025-03-01 09:10:00;History checked;Second line;;
                c2;2025-03-01 10:00:00;Call received;Service desk;Chat;about 5 min
                """);

        CliRun run = CliRun.run("evidence", journey, "--log", timed, "--strict", "--mapping", write("mapping.yaml", MAPPING));

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(timed + " cannot be read as an event log:\n" + timed + ":4: the handle time 'about 5 min' in "
                + "column 'AHT' is neither seconds (245) nor a time (4:05 or 0:04:05) (--strict stops at the first row that cannot be read)\n");
    }

    @Test
    void afterEmptyLinesAHandleTimeThatIsNoDurationIsListedAtItsPhysicalLineAndItsCallStillCounts() throws IOException {
        String timed = write("timed.csv", """
                ticket;time;status;team;channel;AHT
                c1;2025-03-01 09:00:00;Call received;Service desk;Phone;4:05


                c2;2025-03-01 10:00:00;Call received;Service desk;Chat;about 5 min

                c2;;Answered;Second line;;
                """);
        String mapping = write("mapping.yaml", MAPPING.replace("channel: channel}", "channel: channel, handleTime: AHT}"));

        CliRun run = CliRun.run("evidence", journey, "--log", timed, "--mapping", mapping);
        CliRun strict = CliRun.run("evidence", journey, "--log", timed, "--mapping", mapping, "--strict");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Log " + timed + ": 2 events in 2 cases; 1 row not read; 1 value not read\n",
                "    handle time on phone: median 4\u00a0min 5\u00a0s, p90 4\u00a0min 5\u00a0s (1 contact measured)\n");
        assertThat(run.out()).endsWith("""

                Rows not read
                  line 7: no timestamp in column 'time'

                Values not read (their events are counted; only the value is left out)
                  line 5: the handle time 'about 5 min' in column 'AHT' is neither seconds (245) nor a time (4:05 or 0:04:05)
                """);
        assertThat(strict.exitCode()).isEqualTo(3);
        assertThat(strict.err()).isEqualTo(timed + " cannot be read as an event log:\n" + timed + ":5: the handle time 'about 5 min' in "
                + "column 'AHT' is neither seconds (245) nor a time (4:05 or 0:04:05) (--strict stops at the first row that cannot be read)\n");
    }

    @Test
    void aMissingLogIsInvalidInputAndAMissingOptionOrUnknownLanguageAUsageError() {
        String missing = dir.resolve("none.csv").toString();
        CliRun noLog = CliRun.run("evidence", journey, "--log", missing);
        assertThat(noLog.exitCode()).isEqualTo(3);
        assertThat(noLog.err()).isEqualTo(missing + " cannot be read as an event log:\n" + missing + ": no such file\n");

        CliRun noOption = CliRun.run("evidence", journey);
        assertThat(noOption.exitCode()).isEqualTo(2);
        assertThat(noOption.err()).isEqualTo("journey-audit: Missing required option: '--log=FILE'\n"
                + "Try 'journey-audit evidence --help' for usage.\n");

        CliRun german = CliRun.run("evidence", journey, "--log", log, "--lang", "de");
        assertThat(german.exitCode()).isEqualTo(2);
        assertThat(german.err()).startsWith("journey-audit: --lang: 'de' is not a language reports are written in; expected one of: en, ru\n");
    }

    @Test
    void anInvalidJourneyIsRefusedAndNothingIsRead() throws IOException {
        String invalid = write("invalid.yaml", "id: complaint\nstages:\n  - id: register\n    emotion: 9\n");

        CliRun run = CliRun.run("evidence", invalid, "--log", log);

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).startsWith(invalid + " is invalid and was not set beside the log:\n" + invalid + ":4:14: stages[0].emotion: ");
    }
}
