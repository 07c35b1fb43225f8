package org.journeyaudit.engine.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.journeyaudit.engine.journey.Journey;
import org.junit.jupiter.api.Test;

/**
 * The element counts and text lengths of {@link DocumentLimits#DEFAULT}: a journey at each limit is read,
 * one element more is refused with one located problem naming the list, the count and the limit.
 */
class ElementLimitsTest {

    private final JourneyReader reader = new JourneyReader();

    private List<String> problemsOf(String yaml) {
        InvalidDocumentException invalid = catchThrowableOfType(InvalidDocumentException.class,
                () -> reader.read("limits.yaml", yaml.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML));
        assertThat(invalid).as("the document was read").isNotNull();
        return invalid.problems().stream().map(p -> p.location() + " " + p.yamlPath() + ": " + p.message()).toList();
    }

    private Journey read(String yaml) {
        return reader.read("limits.yaml", yaml.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);
    }

    /** {@code count} lines of {@code entry(i)}, each with its own line, indented by {@code indent}. */
    private static String lines(int count, String indent, java.util.function.IntFunction<String> entry) {
        return IntStream.range(0, count).mapToObj(i -> indent + entry.apply(i) + "\n").collect(Collectors.joining());
    }

    private static String stages(int count) {
        return "id: j\nstages:\n" + lines(count, "  ", i -> "- {id: s" + i + "}");
    }

    @Test
    void aThousandStagesAreReadAndOneMoreIsRefusedAsAWhole() {
        assertThat(read(stages(1000)).stages()).hasSize(1000);
        assertThat(problemsOf(stages(1001))).containsExactly("3:3 stages: 'stages' holds 1,001 entries; a journey has at most 1,000 stages");
    }

    @Test
    void tenThousandStepsInAllAreReadAndOneMoreIsRefusedWhereTheLimitIsPassed() {
        String steps = "id: j\nstages:\n" + lines(11, "  ", s -> "- id: s" + s + "\n    steps:\n"
                + lines(s < 10 ? 1000 : 1, "      ", i -> "- {id: a" + s + "-" + i + ", actor: L1}").stripTrailing());
        assertThat(problemsOf(steps)).containsExactly(
                "10025:7 stages[10].steps: the stages hold 10,001 steps in all; a journey has at most 10,000 steps (the limit is passed here)");
        String atTheLimit = "id: j\nstages:\n" + lines(10, "  ", s -> "- id: s" + s + "\n    steps:\n"
                + lines(1000, "      ", i -> "- {id: a" + s + "-" + i + ", actor: L1}").stripTrailing());
        assertThat(read(atTheLimit).stages().stream().mapToInt(s -> s.steps().size()).sum()).isEqualTo(10_000);
    }

    @Test
    void touchpointsAndToldItemsAreCountedOverTheWholeJourney() {
        String channels = "channels:\n" + lines(100, "  ", c -> "- {id: c" + c + ", mode: assisted}");
        String touchpoints = "id: j\n" + channels + "stages:\n" + lines(101, "  ", s -> "- id: s" + s + "\n    touchpoints:\n"
                + lines(100, "      ", c -> "- {channel: c" + c + ", status: absent}").stripTrailing());
        assertThat(problemsOf(touchpoints)).containsExactly("10306:7 stages[100].touchpoints: the stages hold 10,100 touchpoints in "
                + "all; a journey has at most 10,000 touchpoints (the limit is passed here)");
        String told = "id: j\nchannels: [{id: phone, mode: assisted}]\nstages:\n" + lines(2, "  ", s -> "- id: s" + s
                + "\n    touchpoints:\n      - channel: phone\n        status: present\n        info:\n"
                + lines(5001, "          ", i -> "item" + i + ": told").stripTrailing());
        assertThat(problemsOf(told)).containsExactly("5015:11 stages[1].touchpoints[0].info: the touchpoints tell 10,002 information "
                + "items in all; a journey tells at most 10,000 (the limit is passed here)");
    }

    @Test
    void aStepListsAtMostAHundredItemsOfEachKindAndOnlyTheFirstListOverItIsReported() {
        String items = "[" + IntStream.range(0, 101).mapToObj(i -> "i" + i).collect(Collectors.joining(", ")) + "]";
        String doc = "id: j\nstages:\n  - id: s\n    steps:\n"
                + "      - {id: a, actor: L1, asksCustomer: " + items + "}\n"
                + "      - {id: b, actor: L1, asksCustomer: " + items + ", produces: " + items + "}\n"
                + "    decisions:\n      - {id: d, uses: " + items + "}\n";
        assertThat(problemsOf(doc)).containsExactly(
                "5:42 stages[0].steps[0].asksCustomer: 'asksCustomer' holds 101 entries; a step asks the customer for at most 100 items",
                "6:550 stages[0].steps[1].produces: 'produces' holds 101 entries; a step produces at most 100 items",
                "8:23 stages[0].decisions[0].uses: 'uses' holds 101 entries; a decision uses at most 100 items");
    }

    @Test
    void reasonsForInformationCountWithTheItemsToldAndEquivalentPhrasesHaveTheSameBound() {
        String reasons = "id: j\nchannels: [{id: phone, mode: assisted}]\nstages:\n  - id: s\n    touchpoints:\n"
                + "      - channel: phone\n        status: present\n        info:\n"
                + lines(5000, "          ", i -> "item" + i + ": told")
                + "        infoReasons:\n" + lines(5001, "          ", i -> "item" + i + ": why");
        assertThat(problemsOf(reasons)).containsExactly("5010:11 stages[0].touchpoints[0].infoReasons: the touchpoints tell 10,001 "
                + "information items in all; a journey tells at most 10,000 (the limit is passed here)");
        String phrases = "id: j\nstages: [{id: s}]\nequivalents:\n" + lines(5001, "  ", i -> "- [booked " + i + ", arranged " + i + "]");
        assertThat(problemsOf(phrases)).containsExactly("5004:5 equivalents[5000]: the equivalents hold 10,002 phrases in all; "
                + "a journey declares at most 10,000 (the limit is passed here)");
        String atTheLimit = "id: j\nstages: [{id: s}]\nequivalents:\n" + lines(5000, "  ", i -> "- [booked " + i + ", arranged " + i + "]");
        assertThat(read(atTheLimit).equivalents()).hasSize(5000);
    }

    @Test
    void channelsAndSuppressionsHaveTheirOwnLimits() {
        String doc = "id: j\nchannels:\n" + lines(101, "  ", c -> "- {id: c" + c + ", mode: assisted}") + "stages: [{id: s}]\n"
                + "suppressions:\n" + lines(1001, "  ", i -> "- {rule: handoff/excess, element: stage:s, reason: r}");
        assertThat(problemsOf(doc)).containsExactly(
                "3:3 channels: 'channels' holds 101 entries; a journey has at most 100 channels",
                "106:3 suppressions: 'suppressions' holds 1,001 entries; at most 1,000 suppressions are given");
    }

    @Test
    void identifiersHoldAtMostTwoHundredCharactersAndOtherTextsFourThousand() {
        String id = "x".repeat(201);
        String doc = "id: " + id + "\nname: " + "n".repeat(4001) + "\nchannels: [{id: phone, mode: assisted}]\nstages:\n  - id: s\n"
                + "    pains: [" + "p".repeat(4001) + "]\n"
                + "    touchpoints:\n      - {channel: phone, status: present, info: {" + "k".repeat(201) + ": v, item: " + "v".repeat(4001) + "}}\n"
                + "    steps:\n      - {id: a, actor: " + "a".repeat(201) + ", asksCustomer: [" + "i".repeat(201) + "]}\n";
        assertThat(read(doc.replace(id, "x".repeat(200)).replace("n".repeat(4001), "n".repeat(4000))
                .replace("p".repeat(4001), "p")
                .replace("k".repeat(201), "k").replace("v".repeat(4001), "v").replace("a".repeat(201), "a").replace("i".repeat(201), "i"))
                .id()).hasSize(200);
        assertThat(problemsOf(doc)).containsExactly(
                "1:5 id: 'id' is at most 200 characters, found 201",
                "2:7 name: 'name' is at most 4,000 characters, found 4,001",
                "6:13 stages[0].pains[0]: an entry of 'pains' is at most 4,000 characters, found 4,001",
                "8:50 stages[0].touchpoints[0].info['" + "k".repeat(37) + "...']: a key is at most 200 characters, found 201",
                "8:262 stages[0].touchpoints[0].info.item: 'item' is at most 4,000 characters, found 4,001",
                "10:24 stages[0].steps[0].actor: 'actor' is at most 200 characters, found 201",
                "10:242 stages[0].steps[0].asksCustomer[0]: an entry of 'asksCustomer' is at most 200 characters, found 201");
    }

    @Test
    void aDocumentFailingEverywhereListsItsFirstThousandProblemsAndCountsTheRest() {
        String doc = "id: j\nstages:\n" + lines(1000, "  ", s -> "- {id: s" + s + ", emotion: 9, goal: [g]}");
        List<String> problems = problemsOf(doc);
        assertThat(problems).hasSize(1001);
        assertThat(problems.get(0)).isEqualTo("3:23 stages[0].emotion: 'emotion' must be a whole number from -3 to 3, found 9");
        assertThat(problems.get(1000)).isEqualTo("0 $: and 1000 more problems; the first 1000 are listed");
    }
}
