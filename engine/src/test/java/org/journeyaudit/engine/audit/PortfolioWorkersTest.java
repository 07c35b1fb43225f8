package org.journeyaudit.engine.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PortfolioWorkersTest {

    private static final List<Integer> JOURNEYS = IntStream.range(0, 200).boxed().toList();

    /** Later journeys finish first (earlier ones do more work), so only the ordering keeps them in place. */
    private static String work(int journey) {
        long sum = 0;
        for (int i = 0; i < (200 - journey) * 2_000; i++) {
            sum += i % 7;
        }
        return "journey " + journey + ":" + sum;
    }

    @Test
    void resultsComeBackInTheJourneysOrderWhateverTheNumberOfWorkers() {
        List<String> oneByOne = new PortfolioWorkers(1).each(JOURNEYS, PortfolioWorkersTest::work);

        assertThat(new PortfolioWorkers(4).each(JOURNEYS, PortfolioWorkersTest::work)).isEqualTo(oneByOne);
        assertThat(oneByOne).hasSize(200);
        assertThat(oneByOne.get(0)).isEqualTo("journey 0:1199997");
        assertThat(oneByOne.get(199)).isEqualTo("journey 199:5995");
    }

    @Test
    void theFirstJourneyInOrderThatFailsIsTheOneReported() {
        PortfolioWorkers workers = new PortfolioWorkers(2);

        assertThatThrownBy(() -> workers.each(JOURNEYS, journey -> {
            if (journey == 150 || journey == 40) {
                throw new AuditTooLargeException("journey-" + journey, "journey-" + journey + " is over its budget");
            }
            return journey;
        })).isInstanceOf(AuditTooLargeException.class).hasMessage("journey-40 is over its budget");
    }

    @Test
    void aPortfolioNeedsAWorker() {
        assertThatThrownBy(() -> new PortfolioWorkers(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a portfolio needs at least one worker, not 0");
    }
}
