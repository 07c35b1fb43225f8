package org.journeyaudit.engine.fact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PainKeyTest {

    @Test
    void theSameWordsWhateverTheirCaseSpacingAndPunctuation() {
        assertThat(PainKey.of("Long wait!")).isEqualTo("long wait");
        assertThat(PainKey.of("  long   WAIT ")).isEqualTo("long wait");
        assertThat(PainKey.of("long\twait\n")).isEqualTo("long wait");
        assertThat(PainKey.of("«Долгое ожидание»…")).isEqualTo("долгое ожидание");
        assertThat(PainKey.of("Ещё раз — звонок")).isEqualTo("еще раз звонок");
    }

    @Test
    void symbolsAndPunctuationInsideWordsSeparateThem() {
        assertThat(PainKey.of("wait/queue")).isEqualTo("wait queue");
        assertThat(PainKey.of("cost: 100 ₽ + fee")).isEqualTo("cost 100 fee");
        assertThat(PainKey.of("angry 😡 customer")).isEqualTo("angry customer");
        assertThat(PainKey.of("re-contact")).isEqualTo("re contact");
    }

    @Test
    void nothingButPunctuationKeysAsEmpty() {
        assertThat(PainKey.of("?!")).isEmpty();
    }
}
