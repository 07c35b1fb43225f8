package org.journeyaudit.rules.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.journeyaudit.engine.change.AffectedJourney;
import org.journeyaudit.engine.change.ChangeImpact;
import org.journeyaudit.engine.change.ChangeRequestReader;
import org.journeyaudit.engine.change.ImpactAnalyzer;
import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.junit.jupiter.api.Test;

/** What a change exposes is priced from each journey's own figures, and journeys rank by it. */
class ImpactExposureTest {

    private static final ImpactAnalyzer ANALYZER = new ImpactAnalyzer(RuleBase.builtIn());

    private static Journey journey(String yaml) {
        return new JourneyReader().read("inline.yaml", yaml.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);
    }

    private static ChangeImpact impact(String touches, List<Journey> journeys) {
        String change = "id: CR-1\ntitle: A change\ntype: new-channel\ntouches: " + touches + "\n";
        return ANALYZER.analyse(new ChangeRequestReader().read("change.yaml", change.getBytes(StandardCharsets.UTF_8),
                DocumentFormat.YAML), journeys, LocalDate.parse("2026-11-22"));
    }

    private static final Journey CLAIMS = journey("""
            id: claims
            key: false
            currency: EUR
            economics: {costPerMinute: 10}
            channels:
              - {id: phone, mode: assisted}
              - {id: chat, mode: assisted, costPerMinute: 5}
              - {id: email, mode: assisted}
              - {id: web, mode: self-service}
            stages:
              - id: s1
                touchpoints:
                  - {channel: phone, status: present, volumePerMonth: 1000, handleSeconds: 300}
                  - {channel: chat, status: present, volumePerMonth: 500, handleSeconds: 120}
                  - {channel: email, status: present, volumePerMonth: 200}
                  - {channel: web, status: absent, reason: not yet}
                steps:
                  - {id: register, actor: L1, system: Ticketing, minutes: 3}
            """);

    @Test
    void onlyTheTouchedCellsAreExposedAndEachIsPricedAtItsChannelsCost() {
        AffectedJourney claims = impact("{channels: [chat, email]}", List.of(CLAIMS)).affected().get(0);
        assertThat(claims.exposure().touchpoints()).containsExactly("s1@chat", "s1@email");
        assertThat(claims.exposure().volumePerMonth()).isEqualTo(700.0);
        assertThat(claims.exposure().annualCost()).isEqualByComparingTo(new BigDecimal("60000"));
        assertThat(claims.exposure().costs()).containsExactly("s1@chat: 500 contacts/month x 120 s / 60 x 5 EUR/min x 12 months = 60,000 EUR");
        assertThat(claims.exposure().notPriced()).containsExactly("s1@email gives no handleSeconds");
    }

    @Test
    void aTouchedStepExposesEveryPresentCellOfItsStage() {
        AffectedJourney claims = impact("{systems: [ticketing]}", List.of(CLAIMS)).affected().get(0);
        assertThat(claims.exposure().touchpoints()).containsExactly("s1@phone", "s1@chat", "s1@email");
        assertThat(claims.exposure().volumePerMonth()).isEqualTo(1700.0);
        assertThat(claims.exposure().annualCost()).isEqualByComparingTo(new BigDecimal("660000"));
        assertThat(claims.exposure().costs()).containsExactly(
                "s1@phone: 1,000 contacts/month x 300 s / 60 x 10 EUR/min x 12 months = 600,000 EUR",
                "s1@chat: 500 contacts/month x 120 s / 60 x 5 EUR/min x 12 months = 60,000 EUR");
        assertThat(claims.steps()).singleElement().satisfies(s ->
                assertThat(s.reasons()).extracting(r -> r.describe()).containsExactly("runs in system Ticketing (touches.systems[0])"));
    }

    @Test
    void journeysRankByContactsExposedAndKeyJourneysComeFirstAmongEquals() {
        Journey keyWithoutVolumes = journey("""
                id: refunds
                key: true
                channels: [{id: chat, mode: assisted}]
                stages: [{id: ask, touchpoints: [{channel: chat, status: present}]}]
                """);
        Journey plainWithoutVolumes = journey("""
                id: deliveries
                key: false
                channels: [{id: chat, mode: assisted}]
                stages: [{id: ask, touchpoints: [{channel: chat, status: present}]}]
                """);
        ChangeImpact impact = impact("{channels: [chat]}", List.of(plainWithoutVolumes, keyWithoutVolumes, CLAIMS));
        assertThat(impact.affected()).extracting(AffectedJourney::label).containsExactly("claims", "refunds", "deliveries");
        assertThat(impact.affected().get(1).exposure().volumePerMonth()).isNull();
        assertThat(impact.affected().get(1).exposure().notPriced()).containsExactly("the exposed touchpoint ask@chat gives no volumePerMonth");
    }

    @Test
    void actorsOfOneSupportLineMatchHoweverTheyAreWritten() {
        Journey complaints = journey("""
                id: complaints
                stages: [{id: s, steps: [{id: take, actor: 1st line}, {id: decide, actor: L2}]}]
                """);
        AffectedJourney found = impact("{actors: [L1]}", List.of(complaints)).affected().get(0);
        assertThat(found.steps()).singleElement().satisfies(s -> assertThat(s.reasons()).extracting(r -> r.describe())
                .containsExactly("done by 1st line, the same support line as L1 (touches.actors[0])"));
    }
}
