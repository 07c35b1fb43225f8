package org.journeyaudit.engine.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void aTagNamesItsLanguageWhateverItsRegionAndCase() {
        assertThat(Language.of("ru")).contains(Language.RU);
        assertThat(Language.of("RU-ru")).contains(Language.RU);
        assertThat(Language.of("en_GB")).contains(Language.EN);
        assertThat(Language.of("uk")).isEqualTo(Optional.empty());
        assertThat(Language.of(" ")).isEqualTo(Optional.empty());
        assertThat(Language.tags()).containsExactly("en", "ru");
    }

    @Test
    void acceptLanguagePicksTheSupportedLanguageTheClientWeighsHighest() {
        assertThat(Language.acceptedBy("ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7")).isEqualTo(Language.RU);
        assertThat(Language.acceptedBy("uk-UA,uk;q=0.9,ru;q=0.8,en;q=0.5")).isEqualTo(Language.RU);
        assertThat(Language.acceptedBy("en;q=0.4,ru;q=0.6")).isEqualTo(Language.RU);
        assertThat(Language.acceptedBy("ru;q=0,en")).isEqualTo(Language.EN);
        assertThat(Language.acceptedBy("de-DE")).isEqualTo(Language.EN);
        assertThat(Language.acceptedBy("*")).isEqualTo(Language.EN);
        assertThat(Language.acceptedBy(";;;q=x")).isEqualTo(Language.EN);
        assertThat(Language.acceptedBy(null)).isEqualTo(Language.EN);
    }
}
