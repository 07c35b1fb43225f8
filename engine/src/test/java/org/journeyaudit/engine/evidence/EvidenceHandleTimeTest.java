package org.journeyaudit.engine.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.report.EvidenceReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The handle times of contacts, per stage and channel, and how the evidence report gives them. */
class EvidenceHandleTimeTest {

    @TempDir
    Path dir;

    /** Five phone contacts and one chat contact at register, a phone call without a handle time, and work that is no contact. */
    private static final String LOG = """
            case,timestamp,activity,actor,channel,AHT
            c1,2025-03-01 09:00:00,take-call,L1,phone,200
            c1,2025-03-01 09:10:00,check-history,L2,,900
            c2,2025-03-01 10:00:00,take-call,L1,phone,4:05
            c3,2025-03-01 11:00:00,take-call,L1,phone,300
            c4,2025-03-01 12:00:00,take-call,L1,phone,0:10:00
            c5,2025-03-01 13:00:00,take-call,L1,phone,100
            c6,2025-03-01 14:00:00,take-call,L1,phone,
            c7,2025-03-01 15:00:00,take-call,L1,chat,45
            c1,2025-03-02 09:00:00,answer,L2,email,1:00:30
            """;

    @Test
    void theHandleTimesOfContactsAreMeasuredPerStageAndChannelWithNearestRankMedianAndP90() {
        ObservedMeasures measures = EvidenceLogs.measure(dir, LOG);

        Durations phone = measures.stage("register").handleTimes().get("phone");
        assertThat(phone.count()).isEqualTo(5);
        // 100, 200, 245, 300, 600: the 3rd and the 5th shortest
        assertThat(phone.percentile(0.5)).isEqualTo(245);
        assertThat(phone.percentile(0.9)).isEqualTo(600);
        assertThat(measures.stage("register").handleTimes().keySet()).containsExactly("phone", "chat");
        assertThat(measures.stage("register").handleTimes().get("chat").percentile(0.5)).isEqualTo(45);
        assertThat(measures.stage("resolve").handleTimes().keySet()).containsExactly("email");
        // the work of check-history is no contact: its 900 seconds are no handle time of a channel
        assertThat(measures.whole().handleTimes().keySet()).containsExactly("phone", "chat", "email");
        assertThat(measures.whole().handleTimes().get("phone").count()).isEqualTo(5);
        assertThat(measures.stage("register").contactsOn()).containsEntry("phone", 6L);
    }

    @Test
    void theTextReportGivesEachChannelsHandleTimeInEnglishAndRussian() {
        Evidence evidence = new Evidence(EvidenceLogs.complaint(), "log.csv", EvidenceLogs.measure(dir, LOG));

        String english = EvidenceReport.text(evidence, Language.EN);
        String russian = EvidenceReport.text(evidence, Language.RU);

        assertThat(english).contains("""
                    handle time on phone: median 4\u00a0min 5\u00a0s, p90 10\u00a0min (5 contacts measured)
                    handle time on chat: median 45\u00a0s, p90 45\u00a0s (1 contact measured)
                """, """
                    handle time on email: median 1\u00a0h, p90 1\u00a0h (1 contact measured)
                """);
        assertThat(russian).contains("""
                    время обработки в канале phone: медиана 4\u00a0мин 5\u00a0с, p90 10\u00a0мин (измерено 5 контактов)
                """);
    }

    @Test
    void theJsonReportAddsTheHandleTimesOfAStageWithoutChangingItsOtherFields() {
        Evidence evidence = new Evidence(EvidenceLogs.complaint(), "log.csv", EvidenceLogs.measure(dir, LOG));

        String json = EvidenceReport.json(evidence);

        assertThat(json).contains("""
                "handleTimes" : [ {
                        "channel" : "phone",
                        "contactsMeasured" : 5,
                        "medianSeconds" : 245,
                        "p90Seconds" : 600
                      }, {
                        "channel" : "chat",
                        "contactsMeasured" : 1,
                        "medianSeconds" : 45,
                        "p90Seconds" : 45
                      } ]""");
    }

    @Test
    void aHandleTimeThatIsNoDurationKeepsItsContactInEveryMeasureAndOnlyItsHandleTimeIsUnmeasured() {
        ObservedMeasures clean = EvidenceLogs.measure(dir, LOG);
        ObservedMeasures unclear = EvidenceLogs.measure(dir, LOG.replace("c3,2025-03-01 11:00:00,take-call,L1,phone,300",
                "c3,2025-03-01 11:00:00,take-call,L1,phone,about 5 min"));

        // the volumes, handovers and cases are those of the clean log, figure for figure
        assertThat(PartialMeasuresTest.describe(unclear).replaceAll("handle times \\[[^]]*]", "")
                .replaceAll("unread values .*\n", ""))
                .isEqualTo(PartialMeasuresTest.describe(clean).replaceAll("handle times \\[[^]]*]", "")
                        .replaceAll("unread values .*\n", ""));
        assertThat(unclear.whole().events()).isEqualTo(9);
        assertThat(unclear.whole().cases()).isEqualTo(7);
        assertThat(unclear.whole().handovers()).isEqualTo(clean.whole().handovers()).isEqualTo(1);
        assertThat(unclear.stage("register").contactsOn()).containsEntry("phone", 6L);
        assertThat(unclear.unreadRows()).isZero();
        // only the handle times lose the contact: 5 measured on the phone before, 4 after (100, 200, 245, 600)
        assertThat(clean.stage("register").handleTimes().get("phone").count()).isEqualTo(5);
        Durations phone = unclear.stage("register").handleTimes().get("phone");
        assertThat(phone.count()).isEqualTo(4);
        assertThat(phone.percentile(0.5)).isEqualTo(200);
        assertThat(phone.percentile(0.9)).isEqualTo(600);
        assertThat(unclear.whole().handleTimes().get("phone").count()).isEqualTo(4);
        assertThat(unclear.unreadValueCount()).isEqualTo(1);
        assertThat(unclear.unreadValues()).containsExactly(new UnreadValue(5, "AHT", "about 5 min", UnreadRow.Reason.BAD_HANDLE_TIME));
        assertThat(clean.unreadValueCount()).isZero();
    }

    @Test
    void theReportsListAnUnreadHandleTimeApartFromUnreadRowsInEnglishAndRussian() {
        Evidence evidence = new Evidence(EvidenceLogs.complaint(), "log.csv", EvidenceLogs.measure(dir, LOG
                .replace("c3,2025-03-01 11:00:00,take-call,L1,phone,300", "c3,2025-03-01 11:00:00,take-call,L1,phone,about 5 min")
                .replace("c6,2025-03-01 14:00:00,take-call,L1,phone,", "c6,yesterday,take-call,L1,phone,")));

        String english = EvidenceReport.text(evidence, Language.EN);
        String russian = EvidenceReport.text(evidence, Language.RU);

        assertThat(english).contains("Log log.csv: 8 events in 6 cases; 1 row not read; 1 value not read\n");
        assertThat(english).endsWith("""

                Rows not read
                  line 8: the timestamp 'yesterday' in column 'timestamp' is not written as 2025-03-01T09:15:00 (ISO-8601)

                Values not read (their events are counted; only the value is left out)
                  line 5: the handle time 'about 5 min' in column 'AHT' is neither seconds (245) nor a time (4:05 or 0:04:05)
                """);
        assertThat(russian).contains("Журнал log.csv: 8 событий, 6 обращений; не прочитано: 1 строка; 1 нечитаемое значение\n");
        assertThat(russian).endsWith("""

                Непрочитанные значения (события учтены, не учтено только само значение)
                  строка 5: длительность обработки 'about 5 min' в столбце 'AHT' не записана ни в секундах (245), ни как время (4:05 или 0:04:05)
                """);
        assertThat(EvidenceReport.json(evidence)).contains("""
                    } ],
                    "unreadValues" : 1,
                    "unreadValuesListed" : [ {
                      "line" : 5,
                      "column" : "AHT",
                      "value" : "about 5 min",
                      "reason" : "badHandleTime",
                      "message" : "the handle time 'about 5 min' in column 'AHT' is neither seconds (245) nor a time (4:05 or 0:04:05)"
                    } ],
                    "eventsWithoutStage" : 0,""".indent(4));
    }

    @Test
    void readStrictlyALogStopsAtAHandleTimeThatIsNoDurationAtItsLineAndColumn() {
        Path file = EvidenceLogs.write(dir, "log.csv", LOG.replace("c3,2025-03-01 11:00:00,take-call,L1,phone,300",
                "c3,2025-03-01 11:00:00,take-call,L1,phone,about 5 min"));
        org.journeyaudit.engine.journey.Journey journey = EvidenceLogs.complaint();
        LogMapping mapping = LogMappingReader.byNames(journey);

        org.journeyaudit.engine.document.InvalidDocumentException refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                org.journeyaudit.engine.document.InvalidDocumentException.class,
                () -> ObservedMeasures.of(journey, new StrictLog(EventLog.open(file, mapping), "log.csv", "--strict"), mapping));

        assertThat(refused.problems()).extracting(p -> p.location().line(), org.journeyaudit.engine.document.Problem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5, "the handle time 'about 5 min' in column 'AHT' is neither seconds (245) "
                        + "nor a time (4:05 or 0:04:05) (--strict stops at the first row that cannot be read)"));
    }

    @Test
    void aLogWithoutAHandleTimeColumnMeasuresNoHandleTimeAndItsReportsSayNothingOfIt() {
        ObservedMeasures measures = EvidenceLogs.measure(dir, """
                case,timestamp,activity,actor,channel
                c1,2025-03-01 09:00:00,take-call,L1,phone
                """);
        Evidence evidence = new Evidence(EvidenceLogs.complaint(), "log.csv", measures);

        assertThat(measures.stage("register").handleTimes()).isEmpty();
        assertThat(EvidenceReport.text(evidence, Language.EN)).doesNotContain("handle time");
        assertThat(EvidenceReport.json(evidence)).doesNotContain("handleTimes").doesNotContain("unreadValues");
    }
}
