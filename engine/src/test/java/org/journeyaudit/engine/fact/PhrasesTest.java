package org.journeyaudit.engine.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PhrasesTest {

    private final Phrases phrases = new Phrases(List.of(
            List.of("Delivery booked", "delivery arranged"),
            List.of("refund within 14 days", "refund in two weeks"),
            List.of("delivery arranged", "courier ordered")));

    @Test
    void caseSpacingQuotesClosingPunctuationAndDashesFold() {
        assertThat(phrases.comparable("  Card  ready.")).isEqualTo("card ready");
        assertThat(phrases.comparable("\"Card ready!\"")).isEqualTo("card ready");
        assertThat(phrases.comparable("3\u20135 working days")).isEqualTo(phrases.comparable("3 - 5 Working days"))
                .isEqualTo("3-5 working days");
        assertThat(phrases.comparable("call us: 24/7")).isEqualTo("call us 24/7");
    }

    @Test
    void digitsKeepTheirSeparators() {
        assertThat(phrases.comparable("3.5 days")).isEqualTo("3.5 days").isNotEqualTo(phrases.comparable("35 days"));
        assertThat(phrases.comparable("1,000 EUR")).isEqualTo("1,000 eur");
    }

    @Test
    void declaredEquivalentsBecomeTheFirstPhraseOfTheirGroupAndGroupsSharingAPhraseAreOne() {
        assertThat(phrases.comparable("Delivery arranged.")).isEqualTo("delivery booked");
        assertThat(phrases.comparable("Refund in two weeks")).isEqualTo("refund within 14 days");
        assertThat(phrases.comparable("courier ordered")).as("its group shares 'delivery arranged' with the first group")
                .isEqualTo("delivery booked");
        assertThat(phrases.comparable("collect at the airport")).isEqualTo("collect at the airport");
    }

    @Test
    void spacesAreFoldedAsTheSpacePatternFoldsThem() {
        assertThat(JourneyFacts.fold("Ask  for\tthe\n\rPhoto ")).isEqualTo("ask for the photo");
        assertThat(JourneyFacts.fold("\u000BCheck\fcard\u000B")).isEqualTo("check card");
        assertThat(JourneyFacts.fold("check card")).isEqualTo("check card");
        assertThat(JourneyFacts.fold("   ")).isEmpty();
        // only the pattern's spaces are spaces: a no-break space and a line separator are kept inside the text
        assertThat(JourneyFacts.fold("card\u00A0 \u2028ready")).isEqualTo("card\u00A0 \u2028ready");
    }

    @Test
    void eachPatternAppliesOnlyWhereItsCharactersOccurAndTheResultIsFoldedOnce() {
        assertThat(Phrases.fold("Card ready")).isEqualTo("card ready");
        assertThat(Phrases.fold("card \u2212 ready")).isEqualTo("card-ready");
        assertThat(Phrases.fold("'card' \u201Cready\u201D")).isEqualTo("card ready");
        assertThat(Phrases.fold("card ready. now")).isEqualTo("card ready now");
        assertThat(Phrases.fold("card ready .")).isEqualTo("card ready");
        assertThat(Phrases.fold("card - - ready")).isEqualTo("card--ready");
        assertThat(Phrases.fold("card -\tready")).isEqualTo("card-ready");
        assertThat(Phrases.fold("\"card\" ready\"")).isEqualTo("card ready");
    }
}
