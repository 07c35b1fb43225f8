package org.journeyaudit.engine.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.journey.Journey;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A log split into shares of whole cases (cases given to shares by the hash of their id), each share read on its own
 * and the shares merged, gives exactly the measures of one pass over the log: every figure of every stage, actor, pair,
 * channel, step, level and variant in the same order, the unmapped values and the unread rows.
 */
class PartialMeasuresTest {

    private static final Path SAMPLE = Path.of("../samples");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7})
    void theSampleTicketLogSplitIntoSharesOfCasesMergesIntoTheSinglePassMeasures(int shares) {
        Journey journey = new JourneyReader().readWithSidecar(SAMPLE.resolve("dashcam-warranty-repair.yaml"));
        LogMapping mapping = new LogMappingReader().read(SAMPLE.resolve("evidence/mapping.yaml"), journey);
        EventLog log = EventLog.open(SAMPLE.resolve("evidence/tickets.csv"), mapping);

        ObservedMeasures single = ObservedMeasures.of(journey, log, mapping);
        ObservedMeasures merged = inShares(journey, log, mapping, shares);

        assertThat(describe(merged)).isEqualTo(describe(single));
        assertThat(merged.whole().cases()).isEqualTo(150);
        assertThat(merged.whole().events()).isEqualTo(1_364);
        assertThat(merged.unreadRows()).isEqualTo(6);
        assertThat(merged.unread()).extracting(UnreadRow::line).containsExactly(256L, 351L, 726L, 814L, 1_156L, 1_167L);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7})
    void aLogSortedByCaseKeepsEveryEventOfACaseSeenAgainAndEveryEarlierEventAsUnreadRowsAtTheirLines(int shares) {
        Journey journey = EvidenceLogs.complaint();
        LogMapping mapping = new LogMappingReader().read(EvidenceLogs.write(dir, "mapping.yaml", """
                columns: {case: case, timestamp: timestamp, activity: activity, actor: actor, channel: channel}
                sortedByCase: true
                """), journey);
        EventLog log = EventLog.open(EvidenceLogs.write(dir, "log.csv", MIXED), mapping);

        ObservedMeasures single = ObservedMeasures.of(journey, log, mapping);
        ObservedMeasures merged = inShares(journey, log, mapping, shares);

        assertThat(describe(merged)).isEqualTo(describe(single));
        assertThat(merged.unread()).extracting(UnreadRow::line, UnreadRow::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(5L, "the event is earlier than the previous event of case 'c1' (line 4); sort the log by case and time"),
                org.assertj.core.groups.Tuple.tuple(8L, "case 'c1' appears again after other cases, but the mapping says the log is sorted by case "
                        + "(sortedByCase: true); set it to false"),
                org.assertj.core.groups.Tuple.tuple(10L, "no timestamp in column 'timestamp'"),
                org.assertj.core.groups.Tuple.tuple(12L, "case 'c1' appears again after other cases, but the mapping says the log is sorted by case "
                        + "(sortedByCase: true); set it to false"));
        assertThat(merged.whole().cases()).isEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7})
    void aLogNotSortedByCaseMergesInterleavedCasesTiesAndUnmappedValuesAsOnePassReadsThem(int shares) {
        Journey journey = EvidenceLogs.complaint();
        LogMapping mapping = new LogMappingReader().read(EvidenceLogs.write(dir, "mapping.yaml", """
                columns: {case: case, timestamp: timestamp, activity: activity, actor: actor, channel: channel, handleTime: handleTime}
                """), journey);
        EventLog log = EventLog.open(EvidenceLogs.write(dir, "log.csv", MIXED), mapping);

        ObservedMeasures single = ObservedMeasures.of(journey, log, mapping);
        ObservedMeasures merged = inShares(journey, log, mapping, shares);

        assertThat(describe(merged)).isEqualTo(describe(single));
        assertThat(merged.whole().handleTimes().keySet()).containsExactly("phone", "email", "chat");
        // c3's call counts as a contact on the phone; its handle time 'n/a' is an unread value, not a measured one
        assertThat(merged.whole().handleTimes().get("phone").count()).isEqualTo(2);
        assertThat(merged.whole().contactsOn()).containsEntry("phone", 3L);
        assertThat(merged.unread()).extracting(UnreadRow::line).containsExactly(5L, 10L);
        assertThat(merged.unreadValueCount()).isEqualTo(1);
        assertThat(merged.unreadValues()).containsExactly(new UnreadValue(9, "handleTime", "n/a", UnreadRow.Reason.BAD_HANDLE_TIME));
        assertThat(merged.whole().cases()).isEqualTo(4);
        assertThat(merged.topVariants(10)).extracting(Map.Entry::getKey).containsExactly(
                "take-call > check-history > answer > take-call > callback", "take-call > check-history", "take-call", "chase > analyse");
        assertThat(merged.unmappedActivities().top(5)).extracting(Map.Entry::getKey, Map.Entry::getValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("chase", 1L), org.assertj.core.groups.Tuple.tuple("callback", 1L));
        assertThat(merged.unmappedActors().top(5)).extracting(Map.Entry::getKey).containsExactly("Robot", "Night shift");
    }

    /**
     * Four cases interleaved, two events at the same time, one out of order, one case coming back, a row without a time;
     * contacts with their handle times, one without and one whose handle time is no duration.
     */
    private static final String MIXED = """
            case,timestamp,activity,actor,channel,handleTime
            c1,2025-03-01 09:00:00,take-call,L1,phone,240
            c1,2025-03-01 09:10:00,check-history,L2,,
            c1,2025-03-01 09:10:00,answer,L1,email,300
            c1,2025-03-01 09:05:00,analyse,L3,,
            c2,2025-03-01 10:00:00,take-call,Robot,chat,60
            c2,2025-03-01 10:00:00,check-history,L2,,
            c1,2025-03-02 09:00:00,take-call,L1,chat,180
            c3,2025-03-02 11:00:00,take-call,L1,phone,n/a
            c4,,take-call,L1,phone,90
            c4,2025-03-03 08:00:00,chase,Night shift,email,
            c1,2025-03-04 09:00:00,callback,L2,phone,400
            c4,2025-03-03 09:00:00,analyse,L2,,
            """;

    /** Reads the log's rows in order, gives each case to a share by its id's hash, reads each share on its own and merges them. */
    private static ObservedMeasures inShares(Journey journey, EventLog log, LogMapping mapping, int shares) {
        List<LogEvent> events = new ArrayList<>();
        List<UnreadRow> unread = new ArrayList<>();
        log.read(new LogSink() {
            @Override
            public void event(LogEvent event) {
                events.add(event);
            }

            @Override
            public void unread(UnreadRow row) {
                unread.add(row);
            }
        });
        Map<String, Long> firstLines = new HashMap<>();
        events.forEach(event -> firstLines.putIfAbsent(event.caseId(), event.line()));
        PartialMeasures.CaseStarts starts = PartialMeasures.CaseStarts.of(firstLines.values().stream().mapToLong(Long::longValue).toArray());
        Map<Integer, List<LogEvent>> byShare = events.stream().collect(Collectors.groupingBy(event -> Math.floorMod(event.caseId().hashCode(), shares)));
        PartialMeasures merged = null;
        for (int share = 0; share < shares; share++) {
            PartialMeasures.Cases cases = PartialMeasures.cases(journey, mapping, starts);
            // the rows no case owns go to the share of their line
            int at = share;
            unread.stream().filter(row -> Math.floorMod(Long.hashCode(row.line()), shares) == at).forEach(cases::unread);
            byShare.getOrDefault(share, List.of()).stream()
                    .sorted(Comparator.comparing(LogEvent::caseId).thenComparingLong(LogEvent::line)).forEach(cases::event);
            PartialMeasures partial = cases.finish();
            merged = merged == null ? partial : merged.merge(partial);
        }
        return merged.finish();
    }

    /** Every figure of the measures, in the order the measures give them. */
    static String describe(ObservedMeasures measures) {
        StringBuilder text = new StringBuilder();
        text.append("whole ").append(describe(measures.whole())).append('\n');
        measures.stages().forEach((id, stage) -> text.append(id).append(' ').append(describe(stage)).append('\n'));
        for (ActorObservation actor : measures.actors()) {
            text.append("actor ").append(actor.name()).append(' ').append(actor.inJourney()).append(' ')
                    .append(List.of(actor.events(), actor.cases(), actor.handoversOut(), actor.handoversIn(), actor.returnsIn(), actor.reworkEvents()))
                    .append('\n');
        }
        text.append("variants ").append(measures.variantCount()).append(' ').append(measures.topVariants(Integer.MAX_VALUE)).append('\n');
        for (UnmappedValues values : List.of(measures.unmappedActivities(), measures.unmappedActors(), measures.unmappedChannels())) {
            text.append("unmapped ").append(values.events()).append(' ').append(values.distinct()).append(' ').append(values.unlisted())
                    .append(' ').append(values.top(Integer.MAX_VALUE)).append('\n');
        }
        text.append("unread ").append(measures.unreadRows()).append(' ').append(measures.unread()).append('\n');
        text.append("unread values ").append(measures.unreadValueCount()).append(' ').append(measures.unreadValues()).append('\n');
        text.append("without stage ").append(measures.eventsWithoutStage()).append(" period ").append(measures.firstEvent()).append(' ')
                .append(measures.lastEvent()).append(' ').append(measures.periodDays()).append(" repeat ").append(measures.repeatWithinDays());
        return text.toString();
    }

    private static String describe(StageObservation stage) {
        Durations durations = stage.durations();
        return List.of(stage.events(), stage.cases(), stage.handovers(), stage.returns(), stage.pingPongCases(), stage.reworkEvents(),
                stage.reworkCases(), stage.escalations(), stage.escalatedCases(), stage.contacts(), stage.channelSwitches(),
                stage.switchingCases(), stage.repeatContacts(), stage.repeatingCases()) + " durations " + durations.count() + " "
                + durations.percentile(0.5) + " " + durations.percentile(0.9) + " " + durations.percentile(1.0) + " " + durations.over(3_600)
                + " pairs " + stage.pairs() + " levels " + stage.escalatedTo() + " switched " + stage.switchedTo() + " steps " + stage.steps()
                + " contacts " + stage.contactsOn() + " handle times " + stage.handleTimes().entrySet().stream()
                        .map(entry -> entry.getKey() + "=" + entry.getValue().count() + "/" + entry.getValue().percentile(0.5) + "/"
                                + entry.getValue().percentile(0.9))
                        .toList();
    }
}
