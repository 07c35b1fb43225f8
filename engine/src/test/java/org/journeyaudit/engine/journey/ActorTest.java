package org.journeyaudit.engine.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ActorTest {

    @Test
    void oneActorWrittenInAnotherCaseOrSpacingIsTheSameActor() {
        assertThat(Actor.same("L2", "l2 ")).isTrue();
        assertThat(Actor.same("Back  office", " back office")).isTrue();
        assertThat(Actor.key("  Claims\tHandler ")).isEqualTo("claims handler");
    }

    @Test
    void aKeyFoldsEveryRunOfWhiteSpaceAsTheRegularExpressionDid() {
        assertThat(Actor.key("Back office")).isEqualTo("back office");
        assertThat(Actor.key("Back \t\n\u000B\f\r office  team")).isEqualTo("back office team");
        assertThat(Actor.key("a\tb")).isEqualTo("a b");
        assertThat(Actor.key("a\u00A0b")).as("a no-break space is no white space of \\s").isEqualTo("a\u00A0b");
        assertThat(Actor.key("\u0001L2\u0001")).as("trimmed of control characters at its ends").isEqualTo("l2");
        assertThat(Actor.key("")).isEmpty();
        assertThat(Actor.key(null)).isEmpty();
        for (String name : List.of(" Claims  Handler", "x", "A  B\tC \n D", "\t", "Ünïcode  Name", "l2 team ")) {
            assertThat(Actor.key(name)).isEqualTo(name.trim().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT));
        }
    }

    @Test
    void namesThatOnlyShareASupportLineAreDifferentActors() {
        assertThat(Actor.same("L2", "2L")).isFalse();
        assertThat(Actor.same("L2", "2nd line")).isFalse();
        assertThat(Actor.same("back office", "back-office")).as("a hyphen is a different name").isFalse();
        assertThat(Actor.same("agent", null)).isFalse();
        assertThat(Actor.same(null, " ")).as("no name and a blank name are both no actor").isTrue();
    }

    @Test
    void supportLinesAreReadFromTheWaysContactCentresNameTheirLines() {
        assertThat(Actor.supportLine("L1")).isEqualTo(1);
        assertThat(Actor.supportLine("2L")).isEqualTo(2);
        assertThat(Actor.supportLine("line 3")).isEqualTo(3);
        assertThat(Actor.supportLine("2nd line")).isEqualTo(2);
        assertThat(Actor.supportLine("3rd-line")).isEqualTo(3);
        assertThat(Actor.supportLine("L2 team")).isEqualTo(2);
        assertThat(Actor.supportLine("2nd  Line engineer")).isEqualTo(2);
        assertThat(Actor.supportLine("supervisor")).isZero();
        assertThat(Actor.supportLine("back-office")).isZero();
        assertThat(Actor.supportLine("L10 lab")).as("not a line number").isZero();
        assertThat(Actor.supportLine("lawyers")).isZero();
        assertThat(Actor.supportLine(null)).isZero();
    }

    @Test
    void stepsCompareTheirActorsByIdentity() {
        Step first = StageHandoffsTest.person("take", "L1");
        assertThat(first.sameActorAs(StageHandoffsTest.person("check", " l1"))).isTrue();
        assertThat(first.sameActorAs(StageHandoffsTest.person("check", "1L"))).isFalse();
    }

    @Test
    void aJourneyNamesEachActorAsItFirstWritesIt() {
        Stage one = new Stage("one", null, null, null, null, null, null,
                List.of(StageHandoffsTest.person("a", "L2"), StageHandoffsTest.person("b", "Agent")), null);
        Stage two = new Stage("two", null, null, null, null, null, null,
                List.of(StageHandoffsTest.person("c", "l2 "), StageHandoffsTest.automated("d", "platform"), StageHandoffsTest.person("e", "2L")),
                null);
        Journey journey = new Journey("j", null, null, null, false, null, null, null, null, null, null, null, List.of(one, two));
        ActorNames names = journey.actorNames();
        assertThat(names.all()).containsExactly("L2", "Agent", "platform", "2L");
        assertThat(names.of("l2 ")).isEqualTo("L2");
        assertThat(names.of("2L")).isEqualTo("2L");
        assertThat(names.of("nobody")).as("a name no step gives stays as written").isEqualTo("nobody");
    }

    @Test
    void aStagesLanesAreItsActorsOnceEachUnderTheJourneysNames() {
        Stage one = new Stage("one", null, null, null, null, null, null, List.of(StageHandoffsTest.person("a", "L2")), null);
        Stage two = new Stage("two", null, null, null, null, null, null, List.of(StageHandoffsTest.person("b", "Agent"),
                StageHandoffsTest.automated("c", "platform"), StageHandoffsTest.person("d", "l2"), StageHandoffsTest.person("e", " agent"),
                StageHandoffsTest.person("f", "2L")), null);
        Journey journey = new Journey("j", null, null, null, false, null, null, null, null, null, null, null, List.of(one, two));
        assertThat(journey.actorsOf(two)).containsExactly("Agent", "platform", "L2", "2L");
    }
}
