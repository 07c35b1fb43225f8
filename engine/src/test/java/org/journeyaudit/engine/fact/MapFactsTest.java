package org.journeyaudit.engine.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.journey.Journey;
import org.junit.jupiter.api.Test;

/** The facts a full map adds for the rules to match, each carrying the keys they join on. */
class MapFactsTest {

    private final Journey map = new JourneyReader().read(Path.of("src/test/resources/documents/full-map.yaml"));
    private final List<Object> facts = JourneyFacts.of(map);

    private <T> List<T> of(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void theCustomersActionsArePathsAndReachAreInserted() {
        assertThat(of(CustomerAction.class)).containsExactly(
                new CustomerAction("report", 0, "fill-form", "Fill in the dispute form", "app", 12, 0, "high"),
                new CustomerAction("report", 0, "wait-call", "wait-call", null, 0, 30, null));
        assertThat(of(PathFact.class)).containsExactly(
                new PathFact("report", 0, "fraud-check", 1, 0.2, true),
                new PathFact("report", 0, "investigate", 2, 0.8, false),
                new PathFact("fraud-check", 1, "investigate", 2, 1.0, true),
                new PathFact("investigate", 2, "refund", 4, 0.7, false),
                new PathFact("investigate", 2, "reject", 3, 0.3, true));
        assertThat(of(StageReach.class)).containsExactly(
                new StageReach("report", 0, false, 1.0, true, 1000.0),
                new StageReach("fraud-check", 1, true, 0.2, false, null),
                new StageReach("investigate", 2, false, 1.0, false, null),
                new StageReach("reject", 3, false, 0.3, false, null),
                new StageReach("refund", 4, false, 0.7, false, null));
    }

    @Test
    void accessRequiredInformationAndTheValuesHeldAgainstItsBoundAreInserted() {
        assertThat(of(TouchpointAccess.class)).containsExactly(
                new TouchpointAccess("report", 0, "phone", false, true, false, 51, true, Duration.ofHours(2), 240.0, 0.18, 0),
                new TouchpointAccess("report", 0, "app", true, true, true, 168, false, null, null, null, 0));
        assertThat(of(RequiredInfoFact.class)).containsExactly(
                new RequiredInfoFact("report", 0, "refund-time", "regulation", "PSD2 art. 73", Duration.ofDays(14), 2, 2, true,
                        List.of("phone", "app"), List.of(), null),
                new RequiredInfoFact("report", 0, "ombudsman", "law", null, null, 0, 2, false, List.of(), List.of("phone", "app"), null));
        assertThat(of(BoundedTold.class)).containsExactly(
                new BoundedTold("report", "phone", "refund-time", "30 days", Duration.ofDays(30), "report", Duration.ofDays(14), true),
                new BoundedTold("report", "app", "refund-time", "P10D", Duration.ofDays(10), "report", Duration.ofDays(14), false));
    }

    @Test
    void partnersUntrackedWorkContactReasonsAndLinksAreInserted() {
        assertThat(of(PartnerStep.class)).containsExactly(new PartnerStep("report", 0, "courier-pickup", "FastPost", Duration.ofDays(3),
                Duration.ofDays(5)));
        assertThat(of(UntrackedWork.class)).containsExactly(new UntrackedWork("report", 0, "log-dispute", "agent", "crm"));
        assertThat(of(ContactReason.class)).containsExactly(
                new ContactReason("report", 0, "progress-chasing", 400, 1000.0, 0.4, true),
                new ContactReason("report", 0, "how-to-dispute", 100, 1000.0, 0.1, true));
        assertThat(of(JourneyLinkFact.class)).containsExactly(new JourneyLinkFact("card-dispute", "debt-collection", "pauses", "investigate"));
    }

    @Test
    void theCustomersActionsAreNoHandoffsAndNoBackstageSteps() {
        assertThat(of(StepFact.class)).extracting(StepFact::id).containsExactly("log-dispute", "courier-pickup", "fraud-review");
        assertThat(of(Handoff.class)).extracting(Handoff::fromStep, Handoff::toStep).containsExactly(
                org.assertj.core.api.Assertions.tuple("log-dispute", "courier-pickup"));
    }
}
