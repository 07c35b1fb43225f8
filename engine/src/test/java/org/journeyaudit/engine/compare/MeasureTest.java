package org.journeyaudit.engine.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.journeyaudit.engine.language.Language;
import org.junit.jupiter.api.Test;

class MeasureTest {

    @Test
    void fewerHandoffsAreBetterAndMoreAreWorse() {
        Measure fewer = new Measure(MeasureKind.HANDOFFS, 6, 2);
        assertThat(fewer.direction()).isEqualTo(Measure.Direction.BETTER);
        assertThat(fewer.direction().word()).isEqualTo("better");
        assertThat(fewer.change()).isEqualTo(-4);
        assertThat(new Measure(MeasureKind.HANDOFFS, 2, 6).direction()).isEqualTo(Measure.Direction.WORSE);
        assertThat(new Measure(MeasureKind.HANDOFFS, 2, 2).direction()).isEqualTo(Measure.Direction.SAME);
    }

    @Test
    void theNumberOfStagesIsShownNotJudged() {
        Measure stages = new Measure(MeasureKind.STAGES, 3, 5);
        assertThat(stages.weighed()).isFalse();
        assertThat(stages.improved()).isFalse();
        assertThat(stages.worsened()).isFalse();
        assertThat(stages.direction()).isEqualTo(Measure.Direction.SAME);
    }

    @Test
    void aMeasureIsNamedInTheReportsLanguage() {
        Measure waiting = new Measure(MeasureKind.WAIT_MINUTES, 14400, 2880.5);
        assertThat(waiting.name()).isEqualTo("waitMinutes");
        assertThat(waiting.label()).isEqualTo("waiting minutes");
        assertThat(waiting.describe()).isEqualTo("waiting minutes 14,400 -> 2,880.5");
        assertThat(waiting.describe(Language.EN)).isEqualTo(waiting.describe());
        assertThat(new Measure(MeasureKind.PING_PONG_RETURNS, 3, 0).label(Language.RU)).isEqualTo("возвраты работы (пинг-понг)");
    }
}
