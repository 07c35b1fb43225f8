package org.journeyaudit.engine.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;

import org.journeyaudit.engine.document.JourneyReader;
import org.junit.jupiter.api.Test;

/** The figures a full map derives once: the paths customers take with their shares, the share reaching each stage, service hours, told times. */
class JourneyMapFiguresTest {

    private final Journey map = new JourneyReader().read(Path.of("src/test/resources/documents/full-map.yaml"));

    @Test
    void anOptionalStageSplitsThePathIntoItDeclaredBranchesCarryTheirSharesAndABranchsLastStageLeadsNowhere() {
        assertThat(map.paths()).extracting(p -> p.from().id(), p -> p.to().id(), StagePath::share, StagePath::adjacent).containsExactly(
                tuple("report", "fraud-check", 0.2, true),
                tuple("report", "investigate", 0.8, false),
                tuple("fraud-check", "investigate", 1.0, true),
                tuple("investigate", "refund", 0.7, false),
                tuple("investigate", "reject", 0.3, true));
        assertThat(map.reach()).containsExactly(java.util.Map.entry("report", 1.0), java.util.Map.entry("fraud-check", 0.2),
                java.util.Map.entry("investigate", 1.0), java.util.Map.entry("reject", 0.3), java.util.Map.entry("refund", 0.7));
    }

    @Test
    void anOptionalStageWithoutItsShareLeavesThePathsPastItAndTheStagesTheyReachUnknown() {
        Stage a = new Stage("a", null, null, null, null, null, null, null, null, null, null);
        Stage b = new Stage("b", null, null, null, null, null, null, null, null, null, null, true, null, List.of(), false, false,
                List.of(), List.of(), java.util.Map.of());
        Stage c = new Stage("c", null, null, null, null, null, null, null, null, null, null);
        Journey journey = new Journey("j", null, null, null, false, null, null, null, null, null, null, null, List.of(a, b, c));
        assertThat(journey.paths()).extracting(p -> p.from().id(), p -> p.to().id(), StagePath::share).containsExactly(
                tuple("a", "b", null), tuple("a", "c", null), tuple("b", "c", 1.0));
        assertThat(journey.reach()).containsEntry("a", 1.0).containsEntry("b", null).containsEntry("c", null);
    }

    @Test
    void serviceHoursCountOverlappingRangesOnceAndKnowTheDaysTheyOpen() {
        ServiceHours hours = ServiceHours.parse("Mo-Fr 09:00-18:00; Fr 17:00-20:00, Sa 10:00-16:00");
        assertThat(hours.openings()).containsExactly(new ServiceHours.Opening(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, 540, 1080),
                new ServiceHours.Opening(DayOfWeek.FRIDAY, DayOfWeek.FRIDAY, 1020, 1200),
                new ServiceHours.Opening(DayOfWeek.SATURDAY, DayOfWeek.SATURDAY, 600, 960));
        assertThat(hours.hoursPerWeek()).isEqualTo(53.0);
        assertThat(hours.aroundTheClock()).isFalse();
        assertThat(hours.opensOn(DayOfWeek.SATURDAY)).isTrue();
        assertThat(hours.opensOn(DayOfWeek.SUNDAY)).isFalse();
        assertThat(ServiceHours.parse("24/7").hoursPerWeek()).isEqualTo(168.0);
        assertThat(ServiceHours.parse("Mo-Su 00:00-24:00").aroundTheClock()).isTrue();
    }

    @Test
    void unreadableHoursSayWhatToWrite() {
        assertThatThrownBy(() -> ServiceHours.parse("weekdays")).hasMessage(
                "write the hours as 24/7 or as days with times, e.g. Mo-Fr 09:00-18:00, Sa 10:00-16:00; found 'weekdays'");
        assertThatThrownBy(() -> ServiceHours.parse("Mo 09:00-25:00")).hasMessage("'25:00' is not a time of day; write 00:00 to 24:00");
        assertThatThrownBy(() -> ServiceHours.parse("Mo-Fr 22:00-06:00")).hasMessage(
                "'22:00-06:00' ends before it starts; write a night shift as two ranges, e.g. Mo-Fr 22:00-24:00, Tu-Sa 00:00-06:00");
    }

    @Test
    void aToldValueStatesATimeAsAnIsoDurationOrANumberWithItsUnit() {
        assertThat(ToldDuration.of("P10D")).isEqualTo(Duration.ofDays(10));
        assertThat(ToldDuration.of("30 days")).isEqualTo(Duration.ofDays(30));
        assertThat(ToldDuration.of("up to 10 working days")).isEqualTo(Duration.ofDays(14));
        assertThat(ToldDuration.of("48 hours")).isEqualTo(Duration.ofHours(48));
        assertThat(ToldDuration.of("2 weeks")).isEqualTo(Duration.ofDays(14));
        assertThat(ToldDuration.of("as soon as possible")).isNull();
    }
}
