package org.journeyaudit.engine.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DocPathTest {

    private final DocPath minutes = DocPath.ROOT.field("stages").index(0).field("steps").index(2).field("minutes");

    @Test
    void aPathIsWrittenAsAJsonPointerAndAsAYamlPath() {
        assertThat(minutes.pointer()).isEqualTo("/stages/0/steps/2/minutes");
        assertThat(minutes.yamlPath()).isEqualTo("stages[0].steps[2].minutes");
        assertThat(DocPath.ROOT.field("a/b~c").field("it's").pointer()).isEqualTo("/a~1b~0c/it's");
        assertThat(DocPath.ROOT.field("a/b~c").field("it's").yamlPath()).isEqualTo("['a/b~c']['it\\'s']");
        assertThat(DocPath.ROOT.pointer()).isEmpty();
        assertThat(DocPath.ROOT.yamlPath()).isEqualTo("$");
    }

    @Test
    void pathsWithTheSameSegmentsAreEqualHoweverTheyWereMade() {
        DocPath steps = DocPath.ROOT.field("stages").index(0).field("steps");
        DocPath same = steps.index(2).field("minutes");
        assertThat(same).isEqualTo(minutes).hasSameHashCodeAs(minutes)
                .hasSameHashCodeAs(List.of("stages", 0, "steps", 2, "minutes"));
        assertThat(steps.index(1).field("minutes")).isNotEqualTo(minutes);
        assertThat(steps.index(2)).isNotEqualTo(minutes);
        assertThat(DocPath.ROOT.field("0")).as("a key that reads as a number is not an index").isNotEqualTo(DocPath.ROOT.index(0));
        assertThat(DocPath.ROOT).isEqualTo(DocPath.ROOT).hasSameHashCodeAs(List.of());
    }
}
