package org.journeyaudit.engine.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.report.TextReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A label file adds row labels and says what channels are; its mistakes are located by line and path. */
class LabelFileTest {

    @TempDir
    Path dir;

    @Test
    void aLabelFileAddsLabelsAndChannels() throws IOException {
        Path labels = Files.writeString(dir.resolve("labels.yaml"), """
                labels:
                  goal: [Задача клиента]
                  pains: Проблемы
                channels:
                  Голубиная связь: {mode: assisted}
                  Выставка: {mode: self-service, kind: awareness}
                """);
        Path file = TestGrids.xlsx(dir, "map.xlsx", "Map", new String[][] {
                {"Этап", "Узнать о клубе"},
                {"Задача клиента", "Найти клуб рядом"},
                {"Проблемы", "Мало отзывов"},
                {"Точки контакта", "Голубиная связь\nВыставка"}});

        ImportedJourney imported = JourneyImport.read(file, JourneyImport.Options.defaults().withLabels(RowLabels.read(labels)));

        assertThat(imported.yaml()).isEqualTo("""
                id: map
                channels:
                  - id: golubinaya-svyaz
                    name: Голубиная связь
                    mode: assisted
                  - id: vystavka
                    name: Выставка
                    mode: self-service
                    kind: awareness
                stages:
                  - id: uznat-o-klube
                    name: Узнать о клубе
                    goal: Найти клуб рядом
                    pains:
                      - Мало отзывов
                    touchpoints:
                      - channel: golubinaya-svyaz
                        status: present
                      - channel: vystavka
                        status: present
                """);
    }

    @Test
    void everyMistakeOfALabelFileIsLocated() throws IOException {
        Path labels = Files.writeString(dir.resolve("labels.yaml"), """
                labels:
                  goals: [Задача клиента]
                  pains: [Задача клиента, 3]
                  goal: [Задача клиента]
                channels:
                  Выставка: {mode: selfservice, kind: ads}
                  Курьер: {kind: partner}
                rows: {}
                """);

        InvalidDocumentException refused = catchThrowableOfType(InvalidDocumentException.class, () -> RowLabels.read(labels));

        assertThat(TextReport.problems(refused.source(), refused.problems(), true)).isEqualTo(
                labels + ":2:10: labels.goals: 'goals' is no row of a journey map; did you mean 'goal'?\n"
                        + labels + ":3:27: labels.pains[1]: a label is a text; found the number 3\n"
                        + labels + ":4:10: labels.goal[0]: the label 'Задача клиента' is given for both 'pains' and 'goal'; a label names one row\n"
                        + labels + ":6:20: channels['Выставка'].mode: 'selfservice' is not a channel mode; did you mean 'self-service'?\n"
                        + labels + ":6:39: channels['Выставка'].kind: 'ads' is not a channel kind; expected one of: service, awareness, partner\n"
                        + labels + ":7:11: channels['Курьер']: missing required field 'mode' (assisted or self-service)\n"
                        + labels + ":8:7: rows: unknown field 'rows'; expected one of: labels, channels\n");
    }
}
