package org.journeyaudit.engine.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.journeyaudit.engine.finding.ElementRef;
import org.junit.jupiter.api.Test;

class ElementLocationsTest {

    private static final String CLAIM = """
            id: claim
            channels:
              - {id: phone, mode: assisted}
            stages:
              - id: file-claim
                barriers:
                  - {text: Lines are busy}
                touchpoints:
                  - channel: phone
                    status: present
                    info: {claim.deadline: 5 days}
                steps:
                  - {id: register, actor: Second Line, system: CRM, kind: work, uses: [policy.number]}
                decisions:
                  - {id: approve, uses: [claim.deadline]}
            """;

    private static Location at(String element) {
        DocumentParser.Parsed parsed = new DocumentParser(DocumentLimits.DEFAULT).parse("claim.yaml", CLAIM.getBytes(StandardCharsets.UTF_8),
                DocumentFormat.YAML);
        return ElementLocations.of(parsed.root()).at(ElementRef.parse(element, null));
    }

    @Test
    void eachElementIsWhereItsEntryStartsOrWhereItIsFirstNamed() {
        assertThat(at("channel:phone")).isEqualTo(new Location(3, 5));
        assertThat(at("stage:file-claim")).isEqualTo(new Location(5, 5));
        assertThat(at("barrier:file-claim#1")).isEqualTo(new Location(7, 9));
        assertThat(at("touchpoint:file-claim@phone")).isEqualTo(new Location(9, 9));
        assertThat(at("item:claim.deadline")).as("told before it is used").isEqualTo(new Location(11, 16));
        assertThat(at("step:register")).isEqualTo(new Location(13, 9));
        assertThat(at("actor:second line")).as("however it is cased").isEqualTo(new Location(13, 9));
        assertThat(at("system:CRM")).isEqualTo(new Location(13, 9));
        assertThat(at("item:policy.number")).isEqualTo(new Location(13, 76));
        assertThat(at("decision:approve")).isEqualTo(new Location(15, 9));
    }

    @Test
    void theJourneyAndWhatIsNotWrittenAreAtTheTop() {
        assertThat(at("journey:claim")).isEqualTo(new Location(1, 1));
        assertThat(at("step:never-written")).isEqualTo(new Location(1, 1));
        assertThat(ElementLocations.unknown().at(ElementRef.parse("step:register", null))).isEqualTo(new Location(1, 1));
    }
}
