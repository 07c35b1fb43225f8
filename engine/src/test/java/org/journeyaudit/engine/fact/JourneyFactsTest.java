package org.journeyaudit.engine.fact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JourneyFactsTest {

    @Test
    void foldedTextsCompareWithoutCaseOrSpacing() {
        assertThat(JourneyFacts.fold("  5  Working Days ")).isEqualTo("5 working days");
    }
}
