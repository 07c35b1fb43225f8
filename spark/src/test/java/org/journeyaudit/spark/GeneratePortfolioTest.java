package org.journeyaudit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.journey.Journey;
import org.junit.jupiter.api.Test;

/** The generated portfolio's journeys are the samples renamed and scaled, and read as journeys. */
class GeneratePortfolioTest {

    @Test
    void aVariantIsItsSampleRenamedWithItsVolumesScaled() throws IOException {
        GeneratePortfolio.Variants variants = new GeneratePortfolio.Variants(GeneratePortfolio.samples(PortfolioAuditJobTest.SAMPLES));

        // journey 7 cycles back to the first sample (bank-card-loss), scaled by 0.5 + (7 x 37 mod 100) / 100 = 1.09
        GeneratePortfolio.Document document = variants.document(7);

        assertThat(document.getPath()).isEqualTo("portfolio/east/bank-card-loss-000007.yaml");
        assertThat(document.getDocument()).contains("\nid: bank-card-loss-000007\n")
                .contains("casesPerMonth: 22345 # every card sent by courier")
                .contains("volumePerMonth: 1308\n"); // 1,200 x 1.09
        Journey journey = new JourneyReader().read(document.getPath(), document.getDocument().getBytes(StandardCharsets.UTF_8),
                DocumentFormat.YAML);
        assertThat(journey.id()).isEqualTo("bank-card-loss-000007");
        assertThat(journey.version()).isEqualTo("2026");
    }
}
