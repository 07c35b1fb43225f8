package org.journeyaudit.rules.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.journeyaudit.engine.change.ChangeClassification;
import org.journeyaudit.engine.change.ChangeClassifier;
import org.journeyaudit.engine.change.ChangeRequest;
import org.journeyaudit.engine.change.ChangeType;
import org.journeyaudit.engine.change.Classification;
import org.journeyaudit.engine.change.Significance;
import org.journeyaudit.engine.change.Touch;
import org.journeyaudit.engine.change.TouchKind;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.junit.jupiter.api.Test;

/** The classification rules follow the standard's two classes of change, and yield to the change request where it forces one. */
class ChangeClassificationTest {

    private final ChangeClassifier classifier = new ChangeClassifier(RuleBase.builtIn());

    private static ChangeRequest change(ChangeType type, Significance forced, String reason) {
        return new ChangeRequest("CR-1", "A change", type, null, null, forced, reason,
                List.of(new Touch(TouchKind.CHANNEL, "chat", "touches.channels[0]")));
    }

    @Test
    void everyTypeIsClassifiedAsTheStandardSays() {
        Map<ChangeType, Significance> expected = Map.of(
                ChangeType.NEW_CHANNEL, Significance.SIGNIFICANT,
                ChangeType.NEW_IT_SYSTEM, Significance.SIGNIFICANT,
                ChangeType.NEW_PRODUCT, Significance.SIGNIFICANT,
                ChangeType.INCENTIVE_CHANGE, Significance.SIGNIFICANT,
                ChangeType.TARIFF_CHANGE, Significance.OPERATIONAL,
                ChangeType.NEW_OFFICE, Significance.OPERATIONAL,
                ChangeType.RESPONSIBLE_CHANGE, Significance.OPERATIONAL,
                ChangeType.MAINTENANCE, Significance.OPERATIONAL,
                ChangeType.OTHER, Significance.OPERATIONAL);
        assertThat(expected).hasSize(ChangeType.values().length);
        expected.forEach((type, significance) -> {
            ChangeClassification classification = classifier.classify(change(type, null, null));
            assertThat(classification.significance()).as("%s", type).isEqualTo(significance);
            assertThat(classification.forced()).isFalse();
            assertThat(classification.decided()).isEqualTo(classification.standard());
            assertThat(classification.standard().source()).isEqualTo(Classification.Source.STANDARD);
        });
    }

    @Test
    void theReasonQuotesTheStandard() {
        assertThat(classifier.classify(change(ChangeType.INCENTIVE_CHANGE, null, null)).decided().reason()).isEqualTo(
                "The standard counts a change to the staff incentive system among the significant changes (a new service channel, "
                        + "a new IT system, a new product or service, a change to the staff incentive system): manage it as a project.");
        assertThat(classifier.classify(change(ChangeType.NEW_OFFICE, null, null)).decided().reason()).isEqualTo(
                "The standard counts a new service office among the operational changes (tariffs, new service offices, the people "
                        + "responsible for interaction with external units, maintenance of customer-facing systems): manage it through "
                        + "content management.");
        assertThat(classifier.classify(change(ChangeType.OTHER, null, null)).decided().reason()).isEqualTo(
                "The standard names no change of type 'other' as significant, so it is taken as operational and managed through "
                        + "content management; if it changes channels, IT systems, products or incentives, force 'significant' in the "
                        + "change request's classification.");
    }

    @Test
    void theChangeRequestMayForceItsClassificationAndTheStandardsIsKeptBesideIt() {
        ChangeClassification forced = classifier.classify(change(ChangeType.TARIFF_CHANGE, Significance.SIGNIFICANT,
                "The decision times promised on every channel change"));
        assertThat(forced.significance()).isEqualTo(Significance.SIGNIFICANT);
        assertThat(forced.forced()).isTrue();
        assertThat(forced.decided()).isEqualTo(Classification.byChangeRequest(Significance.SIGNIFICANT,
                "The decision times promised on every channel change"));
        assertThat(forced.standard().significance()).isEqualTo(Significance.OPERATIONAL);

        ChangeClassification down = classifier.classify(change(ChangeType.NEW_CHANNEL, Significance.OPERATIONAL,
                "A pilot on one stage for two weeks"));
        assertThat(down.significance()).isEqualTo(Significance.OPERATIONAL);
        assertThat(down.standard().significance()).isEqualTo(Significance.SIGNIFICANT);
    }
}
