package org.journeyaudit.engine.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.journeyaudit.engine.journey.Assumption;
import org.journeyaudit.engine.journey.ContactType;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.journey.Stage;
import org.junit.jupiter.api.Test;

/**
 * The fields that price a journey: what each touchpoint's volume counts, the cases of a stage and of a step, a step's
 * own cost per minute, and the values the journey sets for the engine's named assumptions.
 */
class MoneyFieldsTest {

    private static final String JOURNEY = """
            id: money
            economics:
              costPerMinute: 0.9
              backstageCostPerMinute: 0.6
              recontactAvoidableShare: 0.3
              selfServiceShare: 0.25
              secondsPerTransfer: 45
              secondsPerQuestion: 20
            channels:
              - {id: phone, mode: assisted}
              - {id: app, mode: self-service}
              - {id: sms, mode: assisted}
              - {id: courier, mode: assisted, kind: partner}
            stages:
              - id: deliver
                casesPerMonth: 20500
                touchpoints:
                  - {channel: phone, status: present, volumePerMonth: 5200, handleSeconds: 240}
                  - {channel: app, status: present, volumePerMonth: 13100}
                  - {channel: sms, status: present, volumePerMonth: 20500, contactType: notification}
                  - {channel: courier, status: present, volumePerMonth: 20500}
                steps:
                  - {id: deliver-card, actor: courier, minutes: 3, costPerMinute: 0.5}
                  - {id: activate, actor: agent, minutes: 1.5, casesPerMonth: 5200}
            """;

    private static Journey read(String yaml) {
        return new JourneyReader().read("inline.yaml", yaml.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);
    }

    private static List<String> problems(String yaml) {
        return catchThrowableOfType(InvalidDocumentException.class, () -> read(yaml)).problems().stream()
                .map(p -> p.location() + " " + p.yamlPath() + ": " + p.message()).toList();
    }

    @Test
    void theMoneyFieldsAreReadAndOnlyInboundContactsArePeoplesWork() {
        Journey journey = read(JOURNEY);
        Stage stage = journey.stages().get(0);
        assertThat(stage.casesPerMonth()).isEqualTo(20500.0);
        assertThat(stage.touchpoints()).extracting(journey::contactType)
                .containsExactly(ContactType.INBOUND, ContactType.SELF_SERVICE, ContactType.NOTIFICATION, ContactType.INBOUND);
        // the partner's channel is where the customer meets the courier, not contacts the company handles
        assertThat(stage.touchpoints()).extracting(journey::handlesContacts).containsExactly(true, false, false, false);
        assertThat(journey.inboundContacts(stage)).isEqualTo(5200.0);
        assertThat(journey.stepCostPerMinute(stage, stage.steps().get(0))).isEqualTo(0.5);
        assertThat(journey.stepCostPerMinute(stage, stage.steps().get(1))).isEqualTo(0.6);
        assertThat(stage.steps().get(1).casesPerMonth()).isEqualTo(5200.0);
        assertThat(journey.contactCostPerMinute("phone")).isEqualTo(0.9);
        assertThat(List.of(Assumption.values())).extracting(a -> journey.economics().given(a))
                .containsExactly(null, 0.6, 0.3, 0.25, 45.0, 20.0);
        assertThat(journey.economics().months()).isEqualTo(12);
    }

    @Test
    void aValueOutOfItsRangeIsAProblemWhereItStands() {
        assertThat(problems(JOURNEY.replace("recontactAvoidableShare: 0.3", "recontactAvoidableShare: 1.5")
                .replace("secondsPerTransfer: 45", "secondsPerTransfer: -1")
                .replace("casesPerMonth: 20500", "casesPerMonth: 1e9")
                .replace("contactType: notification", "contactType: outbound")
                .replace("costPerMinute: 0.5", "costPerMinute: two"))).containsExactly(
                        "5:28 economics.recontactAvoidableShare: 'recontactAvoidableShare' must be between 0 and 1, found 1.5",
                        "7:23 economics.secondsPerTransfer: 'secondsPerTransfer' must be between 0 and 86,400, found -1",
                        "16:20 stages[0].casesPerMonth: 'casesPerMonth' must be between 0 and 100,000,000, found 1e9",
                        "20:77 stages[0].touchpoints[2].contactType: 'outbound' is not a valid contactType; expected one of: inbound, "
                                + "self-service, notification",
                        "23:71 stages[0].steps[0].costPerMinute: expected a number, found the text \"two\"");
    }
}
