package org.journeyaudit.engine.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NearestNameTest {

    private static final List<String> FIELDS = List.of("volumePerMonth", "handleSeconds", "transfers", "status");

    @Test
    void suggestsTheCloseNameAndNothingWhenNoneIsClose() {
        assertThat(NearestName.among("volumPerMonth", FIELDS)).contains("volumePerMonth");
        assertThat(NearestName.among("Status", FIELDS)).contains("status");
        assertThat(NearestName.among("colour", FIELDS)).isEmpty();
        assertThat(NearestName.among("y", List.of("x"))).as("a one-letter name is not 'close' to another").isEmpty();
        assertThat(NearestName.hint("colour", FIELDS)).isEqualTo("; expected one of: volumePerMonth, handleSeconds, transfers, status");
    }
}
