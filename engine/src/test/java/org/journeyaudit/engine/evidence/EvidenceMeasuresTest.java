package org.journeyaudit.engine.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.time.Duration;

import org.journeyaudit.engine.evidence.StageObservation.HandoverPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each observed measure on a small log written by hand, with its exact counts. */
class EvidenceMeasuresTest {

    @TempDir
    Path dir;

    @Test
    void aCaseGoingFromOneActorToAnotherAndBackIsOnePingPongCaseWithOneReturn() {
        ObservedMeasures measures = EvidenceLogs.measure(dir, """
                case,timestamp,activity,actor
                c1,2025-03-01 09:00:00,take-call,L1
                c1,2025-03-01 09:10:00,check-history,L2
                c1,2025-03-01 09:20:00,register-ticket,L1
                c2,2025-03-01 10:00:00,take-call,L1
                c2,2025-03-01 10:05:00,check-history,L2
                """);

        StageObservation register = measures.stage("register");
        assertThat(register.cases()).isEqualTo(2);
        assertThat(register.events()).isEqualTo(5);
        assertThat(register.handovers()).isEqualTo(3);
        assertThat(register.returns()).isEqualTo(1);
        assertThat(register.pingPongCases()).isEqualTo(1);
        assertThat(register.share(register.pingPongCases())).isEqualTo(0.5);
        assertThat(register.pairs()).containsExactly(entry(new HandoverPair("L1", "L2"), 2L), entry(new HandoverPair("L2", "L1"), 1L));
        assertThat(register.steps()).containsExactly(entry("take-call", 2L), entry("check-history", 2L), entry("register-ticket", 1L));
        assertThat(measures.stage("resolve").cases()).isZero();

        ActorObservation l1 = measures.actors().get(0);
        assertThat(l1.name()).isEqualTo("L1");
        assertThat(new long[] {l1.events(), l1.cases(), l1.handoversOut(), l1.handoversIn(), l1.returnsIn()})
                .containsExactly(3, 2, 2, 1, 1);
        ActorObservation l2 = measures.actors().get(1);
        assertThat(new long[] {l2.events(), l2.cases(), l2.handoversOut(), l2.handoversIn(), l2.returnsIn()})
                .containsExactly(2, 2, 1, 2, 0);
        assertThat(measures.actors().get(2).name()).isEqualTo("L3");
        assertThat(measures.actors().get(2).events()).isZero();
    }

    @Test
    void aStageCountsTheHandoversInsideItTheWholeJourneyAlsoThoseBetweenStagesAndPingPongMaySpanStages() {
        ObservedMeasures measures = EvidenceLogs.measure(dir, """
                case,timestamp,activity,actor
                c1,2025-03-01 09:00:00,check-history,L2
                c1,2025-03-01 09:10:00,decide,L3
                c1,2025-03-01 09:20:00,answer,L2
                c1,2025-03-01 09:30:00,answer,L2
                """);

        assertThat(measures.stage("register").handovers()).isZero();
        StageObservation resolve = measures.stage("resolve");
        assertThat(resolve.handovers()).isEqualTo(1);
        assertThat(resolve.pairs()).containsExactly(entry(new HandoverPair("L3", "L2"), 1L));
        // L2 worked on the case at the register stage, not yet at this one: a return of the case, not of the stage
        assertThat(resolve.returns()).isZero();
        assertThat(resolve.pingPongCases()).isZero();
        assertThat(measures.whole().pingPongCases()).isEqualTo(1);
        assertThat(measures.whole().handovers()).isEqualTo(2);
        assertThat(measures.whole().returns()).isEqualTo(1);
        assertThat(measures.whole().cases()).isEqualTo(1);
    }

    @Test
    void reworkIsAnActivityRepeatedInACaseCountedAsEventsAndAsCases() {
        ObservedMeasures measures = EvidenceLogs.measure(dir, """
                case,timestamp,activity,actor
                c1,2025-03-01 09:00:00,analyse,L2
                c1,2025-03-01 09:10:00,analyse,L2
                c1,2025-03-01 09:20:00,decide,L3
                c1,2025-03-01 09:30:00,analyse,L2
                c2,2025-03-01 09:00:00,analyse,L2
                c2,2025-03-01 09:30:00,decide,L3
                """);

        StageObservation resolve = measures.stage("resolve");
        assertThat(resolve.reworkEvents()).isEqualTo(2);
        assertThat(resolve.reworkCases()).isEqualTo(1);
        assertThat(resolve.cases()).isEqualTo(2);
        assertThat(measures.actors().get(1).reworkEvents()).isEqualTo(2);
        // the second analyse by the same actor hands no work; L3 then hands it back to L2
        assertThat(resolve.handovers()).isEqualTo(3);
        assertThat(resolve.returns()).isEqualTo(1);
    }

    @Test
    void anEscalationIsARiseOfTheSupportLevelBetweenEventsOfACase() {
        ObservedMeasures measures = EvidenceLogs.measure(dir, """
                case,timestamp,activity,actor,level
                c1,2025-03-01 09:00:00,analyse,L2,1
                c1,2025-03-01 09:10:00,analyse,L2,2
                c1,2025-03-01 09:20:00,decide,L3,2
                c1,2025-03-01 09:30:00,decide,L3,Level 3
                c1,2025-03-01 09:40:00,answer,L2,1
                c2,2025-03-01 09:00:00,analyse,L2,2
                c2,2025-03-01 09:10:00,answer,L2,
                c2,2025-03-01 09:20:00,answer,L2,1
                """);

        StageObservation resolve = measures.stage("resolve");
        assertThat(resolve.escalations()).isEqualTo(2);
        assertThat(resolve.escalatedCases()).isEqualTo(1);
        assertThat(resolve.share(resolve.escalatedCases())).isEqualTo(0.5);
        // c1 is escalated to level 2 and then to level 3 (once each, however many events follow there); c2 never rises
        assertThat(resolve.escalatedTo()).containsExactly(entry(2, 1L), entry(3, 1L));
        // the log runs from 09:00 to 09:40: 40 minutes of a day
        assertThat(measures.periodDays()).isEqualTo(40 / 1440.0);
    }

    @Test
    void withoutALevelColumnTheLevelIsTheSupportLineTheActorNames() {
        ObservedMeasures measures = EvidenceLogs.measure(dir, """
                case,timestamp,activity,actor
                c1,2025-03-01 09:00:00,take-call,L1
                c1,2025-03-01 09:10:00,check-history,L2
                c1,2025-03-01 09:20:00,decide,L3
                c1,2025-03-01 09:30:00,answer,L2
                """);

        assertThat(measures.whole().escalations()).isEqualTo(2);
        assertThat(measures.stage("register").escalations()).isEqualTo(1);
        assertThat(measures.stage("resolve").escalations()).isEqualTo(1);
    }

    @Test
    void channelSwitchesAndRepeatContactsAreCountedBetweenTheContactsOfACase() {
        ObservedMeasures measures = EvidenceLogs.measure(dir, """
                case,timestamp,activity,actor,channel
                c1,2025-03-01 09:00:00,take-call,L1,Phone
                c1,2025-03-01 12:00:00,check-history,L2,
                c1,2025-03-03 09:00:00,register-ticket,L1,phone
                c1,2025-03-20 09:00:00,analyse,L2,chat
                c1,2025-03-21 09:00:00,answer,L2,email
                c2,2025-03-01 09:00:00,take-call,L1,chat
                """);

        StageObservation whole = measures.whole();
        assertThat(whole.contacts()).isEqualTo(5);
        assertThat(whole.channelSwitches()).isEqualTo(2);
        assertThat(whole.switchingCases()).isEqualTo(1);
        assertThat(whole.repeatContacts()).isEqualTo(2);
        assertThat(whole.repeatingCases()).isEqualTo(1);
        assertThat(measures.stage("register").repeatContacts()).isEqualTo(1);
        assertThat(measures.stage("register").channelSwitches()).isZero();
        assertThat(measures.stage("resolve").channelSwitches()).isEqualTo(2);
        assertThat(measures.stage("resolve").repeatContacts()).isEqualTo(1);
        // c1 switches at resolve to chat, then to email: one case each
        assertThat(measures.stage("resolve").switchedTo()).containsExactly(entry("chat", 1L), entry("email", 1L));
        assertThat(measures.stage("register").switchedTo()).isEmpty();
        assertThat(measures.unmappedChannels().events()).isZero();
    }

    @Test
    void theRepeatWindowIsTheMappingsNumberOfDays() {
        ObservedMeasures measures = EvidenceLogs.measure(dir, """
                case,timestamp,activity,actor,channel
                c1,2025-03-01 09:00:00,take-call,L1,phone
                c1,2025-03-03 09:00:00,register-ticket,L1,phone
                c1,2025-03-04 09:00:01,check-history,L2,phone
                """, """
                columns: {case: case, timestamp: timestamp, activity: activity, actor: actor, channel: channel}
                repeatWithinDays: 1
                """);

        assertThat(measures.whole().repeatContacts()).isZero();
        assertThat(measures.repeatWithinDays()).isEqualTo(1);
    }

    @Test
    void durationsAreTakenPerCaseAtEachStageWithNearestRankPercentilesAgainstTheStandard() {
        ObservedMeasures measures = EvidenceLogs.measure(dir, """
                case,timestamp,activity,actor
                c1,2025-03-01 09:00:00,take-call,L1
                c1,2025-03-01 10:00:00,register-ticket,L1
                c1,2025-03-05 10:00:00,analyse,L2
                c2,2025-03-01 09:00:00,take-call,L1
                c2,2025-03-01 11:00:00,register-ticket,L1
                c3,2025-03-01 09:00:00,take-call,L1
                c3,2025-03-01 12:00:00,register-ticket,L1
                c4,2025-03-01 09:00:00,take-call,L1
                c4,2025-03-01 19:00:00,register-ticket,L1
                """);

        StageObservation register = measures.stage("register");
        assertThat(register.durations().count()).isEqualTo(4);
        assertThat(register.durations().percentile(0.5)).isEqualTo(Duration.ofHours(2).toSeconds());
        assertThat(register.durations().percentile(0.9)).isEqualTo(Duration.ofHours(10).toSeconds());
        StageDesign design = StageDesign.of(EvidenceLogs.complaint(), EvidenceLogs.complaint().stage("register").orElseThrow());
        assertThat(design.standard()).isEqualTo(Duration.ofHours(4));
        assertThat(design.overStandard(register)).isEqualTo(1);
        // c1 arrives at the resolve stage with its last register event (10:00) and is analysed four days later
        assertThat(measures.stage("resolve").durations().percentile(0.5)).isEqualTo(Duration.ofDays(4).toSeconds());
        assertThat(measures.whole().durations().percentile(0.9)).isEqualTo(Duration.ofHours(97).toSeconds());
    }

    @Test
    void theDesignOfAStageListsItsHandoffsAndTheStepsTheLogNeverRecords() {
        ObservedMeasures measures = EvidenceLogs.measure(dir, """
                case,timestamp,activity,actor
                c1,2025-03-01 09:00:00,analyse,L2
                c1,2025-03-01 10:00:00,answer,L1
                """);

        StageDesign resolve = StageDesign.of(EvidenceLogs.complaint(), EvidenceLogs.complaint().stage("resolve").orElseThrow());
        assertThat(resolve.handoffs()).containsExactly(new HandoverPair("L2", "L3"), new HandoverPair("L3", "L2"));
        assertThat(resolve.actors()).containsExactly("L2", "L3");
        assertThat(resolve.unrecorded(measures.stage("resolve"))).containsExactly("decide");
        assertThat(resolve.unobserved(measures.stage("resolve"))).containsExactly(new HandoverPair("L2", "L3"), new HandoverPair("L3", "L2"));
        assertThat(measures.stage("resolve").pairs().keySet()).containsExactly(new HandoverPair("L2", "L1"));
        assertThat(resolve.designs(new HandoverPair("L2", "L1"))).isFalse();
        assertThat(resolve.designs(new HandoverPair("l3", "L2 "))).isTrue();
    }

    @Test
    void theTopVariantsAreTheCommonestSequencesOfActivities() {
        ObservedMeasures measures = EvidenceLogs.measure(dir, """
                case,timestamp,activity,actor
                c1,2025-03-01 09:00:00,take-call,L1
                c1,2025-03-01 09:01:00,register-ticket,L1
                c2,2025-03-01 09:00:00,take-call,L1
                c2,2025-03-01 09:01:00,register-ticket,L1
                c3,2025-03-01 09:00:00,take-call,L1
                c3,2025-03-01 09:01:00,register-ticket,L1
                c3,2025-03-01 09:02:00,take-call,L1
                """);

        assertThat(measures.topVariants(5)).containsExactly(entry("take-call > register-ticket", 2L),
                entry("take-call > register-ticket > take-call", 1L));
        assertThat(measures.variantCount()).isEqualTo(2);
    }

    @Test
    void valuesNoMappingCoversAreCountedAndListedNeverDropped() {
        ObservedMeasures measures = EvidenceLogs.measure(dir, """
                case,timestamp,activity,actor,channel
                c1,2025-03-01 09:00:00,take-call,L1,phone
                c1,2025-03-01 09:10:00,Coffee break,Facilities,
                c1,2025-03-01 09:20:00,Coffee break,Facilities,
                c1,2025-03-01 09:25:00,Chasing,,fax
                c1,2025-03-01 09:30:00,register-ticket,L1,
                """);

        assertThat(measures.unmappedActivities().events()).isEqualTo(3);
        assertThat(measures.unmappedActivities().top(10)).containsExactly(entry("Coffee break", 2L), entry("Chasing", 1L));
        assertThat(measures.unmappedActors().top(10)).containsExactly(entry("Facilities", 2L));
        assertThat(measures.unmappedChannels().top(10)).containsExactly(entry("fax", 1L));
        // the events still count: the unmapped actor takes and hands back the work, under the log's name
        assertThat(measures.whole().events()).isEqualTo(5);
        assertThat(measures.eventsWithoutStage()).isEqualTo(2);
        assertThat(measures.whole().reworkEvents()).isEqualTo(1);
        assertThat(measures.whole().pairs()).containsExactly(entry(new HandoverPair("L1", "Facilities"), 1L),
                entry(new HandoverPair("Facilities", "L1"), 1L));
        assertThat(measures.actors().get(3).name()).isEqualTo("Facilities");
        assertThat(measures.actors().get(3).inJourney()).isFalse();
        // neither handover is inside the stage: the unmapped activity is at no stage; the customer's chasing contact
        // is a contact at the stage the case is at
        StageObservation register = measures.stage("register");
        assertThat(register.handovers()).isZero();
        assertThat(register.events()).isEqualTo(3);
        assertThat(new long[] {register.contacts(), register.channelSwitches(), register.repeatContacts()}).containsExactly(2, 1, 1);
    }

    @Test
    void aContactIsNoReworkEvenWhenTheCustomerRepeatsIt() {
        ObservedMeasures measures = EvidenceLogs.measure(dir, """
                case,timestamp,activity,actor,channel
                c1,2025-03-01 09:00:00,analyse,L2,
                c1,2025-03-02 09:00:00,Status enquiry,,phone
                c1,2025-03-03 09:00:00,Status enquiry,,phone
                c1,2025-03-04 09:00:00,answer,L2,email
                """);

        StageObservation resolve = measures.stage("resolve");
        assertThat(resolve.reworkEvents()).isZero();
        assertThat(resolve.contacts()).isEqualTo(3);
        assertThat(resolve.repeatContacts()).isEqualTo(2);
        assertThat(resolve.channelSwitches()).isEqualTo(1);
        assertThat(resolve.events()).isEqualTo(4);
        assertThat(resolve.durations().percentile(0.5)).isEqualTo(Duration.ofDays(3).toSeconds());
    }

    @Test
    void anEventEarlierThanItsCasesPreviousEventIsAnUnreadRowAtItsLine() {
        ObservedMeasures measures = EvidenceLogs.measure(dir, """
                case,timestamp,activity,actor
                c1,2025-03-01 09:00:00,take-call,L1
                c2,2025-03-01 09:00:00,take-call,L1
                c1,2025-03-01 08:00:00,register-ticket,L1
                """);

        assertThat(measures.unreadRows()).isEqualTo(1);
        assertThat(measures.unread()).extracting(r -> r.line() + " " + r.message()).containsExactly(
                "4 the event is earlier than the previous event of case 'c1' (line 2); sort the log by case and time");
        assertThat(measures.whole().events()).isEqualTo(2);
        assertThat(measures.whole().cases()).isEqualTo(2);
    }

    @Test
    void aLogSortedByCaseClosesEachCaseWhenTheNextBeginsAndReportsACaseThatComesBack() {
        ObservedMeasures measures = EvidenceLogs.measure(dir, """
                case,timestamp,activity,actor
                c1,2025-03-01 09:00:00,take-call,L1
                c1,2025-03-01 09:10:00,check-history,L2
                c2,2025-03-01 09:00:00,take-call,L1
                c1,2025-03-01 09:20:00,register-ticket,L1
                """, """
                columns: {case: case, timestamp: timestamp, activity: activity, actor: actor}
                sortedByCase: true
                """);

        assertThat(measures.whole().cases()).isEqualTo(2);
        assertThat(measures.whole().events()).isEqualTo(3);
        assertThat(measures.unread()).extracting(r -> r.line() + " " + r.message()).containsExactly("5 case 'c1' appears again after "
                + "other cases, but the mapping says the log is sorted by case (sortedByCase: true); set it to false");
    }
}
