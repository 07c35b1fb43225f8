package org.journeyaudit.engine.fact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JourneyFactsTest {

    @Test
    void supportLevelsAreReadFromTheWaysContactCentresNameTheirLines() {
        assertThat(JourneyFacts.supportLevel("L1")).isEqualTo(1);
        assertThat(JourneyFacts.supportLevel("2L")).isEqualTo(2);
        assertThat(JourneyFacts.supportLevel("line 3")).isEqualTo(3);
        assertThat(JourneyFacts.supportLevel("2nd line")).isEqualTo(2);
        assertThat(JourneyFacts.supportLevel("3rd-line")).isEqualTo(3);
        assertThat(JourneyFacts.supportLevel("L2 team")).isEqualTo(2);
        assertThat(JourneyFacts.supportLevel("2nd line engineer")).isEqualTo(2);
        assertThat(JourneyFacts.supportLevel("supervisor")).isZero();
        assertThat(JourneyFacts.supportLevel("back-office")).isZero();
        assertThat(JourneyFacts.supportLevel("L10 lab")).as("not a line number").isZero();
        assertThat(JourneyFacts.supportLevel("lawyers")).isZero();
    }

    @Test
    void foldedTextsCompareWithoutCaseOrSpacing() {
        assertThat(JourneyFacts.fold("  5  Working Days ")).isEqualTo("5 working days");
    }
}
