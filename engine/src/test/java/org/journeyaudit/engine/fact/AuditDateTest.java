package org.journeyaudit.engine.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class AuditDateTest {

    private final AuditDate audit = new AuditDate(LocalDate.of(2026, 11, 22));

    @Test
    void somethingIsOverdueTheDayAfterItsIntervalEnds() {
        assertThat(audit.overdue(LocalDate.of(2026, 10, 22), 1)).isFalse();
        assertThat(audit.overdue(LocalDate.of(2026, 10, 21), 1)).isTrue();
        assertThat(audit.overdue(null, 12)).as("never done").isTrue();
    }

    @Test
    void aFractionOfAMonthCountsInDays() {
        // 1.5 months = 1 month and 15 days: 2026-10-01 is due on 2026-11-16
        assertThat(audit.overdue(LocalDate.of(2026, 10, 1), 1.5)).isTrue();
        assertThat(audit.overdue(LocalDate.of(2026, 10, 10), 1.5)).isFalse();
    }

    @Test
    void ageInDays() {
        assertThat(audit.olderThan(LocalDate.of(2026, 8, 24), 90)).isFalse();
        assertThat(audit.olderThan(LocalDate.of(2026, 8, 23), 90)).isTrue();
        assertThat(audit.olderThan(null, 90)).isTrue();
    }

    @Test
    void durationsReadAsPeopleWriteThem() {
        assertThat(Durations.describe(Duration.parse("P6D"))).isEqualTo("6 days");
        assertThat(Durations.describe(Duration.parse("PT20M"))).isEqualTo("20 minutes");
        assertThat(Durations.describe(Duration.parse("PT36H"))).isEqualTo("1 day 12 hours");
        assertThat(Durations.describe(Duration.ZERO)).isEqualTo("0 minutes");
    }
}
