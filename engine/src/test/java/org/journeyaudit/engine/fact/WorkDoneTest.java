package org.journeyaudit.engine.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.journey.Journey;
import org.junit.jupiter.api.Test;

/** The named work of the staff and the customer, and the names that make a group: done in several stages, or by both. */
class WorkDoneTest {

    private static final String JOURNEY = """
            id: broadband-fault
            equivalents:
              - [Restart the router, Ask the customer to restart the router]
            channels:
              - {id: app, mode: self-service}
            stages:
              - id: report-fault
                customerSteps:
                  - {id: restart-router, name: Restart the router}
                  - {id: wait, waitMinutes: 10}
                steps:
                  - {id: ask-restart, name: "Ask the customer to restart the  router.", actor: L1}
                  - {id: log, name: Log the fault, actor: L1, produces: [fault.ticket]}
                  - {id: log-again, name: Log the fault, actor: L1}
              - id: diagnose
                steps:
                  - {id: unnamed, actor: L2}
                  - {id: auto-test, name: Run a line test, actor: line test system, automated: true, uses: [fault.ticket]}
            """;

    private final List<Object> facts = JourneyFacts.of(new JourneyReader().read("fault.yaml", JOURNEY.getBytes(StandardCharsets.UTF_8),
            DocumentFormat.YAML));

    private <T> List<T> of(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void namedWorkIsFoldedWithTheJourneysEquivalentsAndUnnamedWorkIsLeftOut() {
        assertThat(of(WorkDone.class)).containsExactly(
                new WorkDone("restart the router", "Restart the router", "report-fault", 0, -1, "restart-router", true, null, null, false, false,
                        Set.of(), Set.of()),
                new WorkDone("restart the router", "Ask the customer to restart the  router.", "report-fault", 0, 0, "ask-restart", false, null,
                        "L1", false, false, Set.of(), Set.of()),
                new WorkDone("log the fault", "Log the fault", "report-fault", 0, 1, "log", false, null, "L1", false, false, Set.of(),
                        Set.of("fault.ticket")),
                new WorkDone("log the fault", "Log the fault", "report-fault", 0, 2, "log-again", false, null, "L1", false, false, Set.of(),
                        Set.of()),
                new WorkDone("run a line test", "Run a line test", "diagnose", 1, 4, "auto-test", false, null, "line test system", true, false,
                        Set.of("fault.ticket"), Set.of()));
    }

    @Test
    void aNameIsAGroupOnlyWhenTheCustomerAndTheStaffOrSeveralStagesDoIt() {
        // the fault logged twice in one stage is duplicate-step's group, not one across stages
        assertThat(of(NamedWork.class)).containsExactly(new NamedWork("restart the router"));
    }
}
