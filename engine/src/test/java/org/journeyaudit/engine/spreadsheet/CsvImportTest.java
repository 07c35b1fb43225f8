package org.journeyaudit.engine.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV grids: a byte order mark, the delimiters Excel writes, a declared encoding, merged headers saved as CSV. */
class CsvImportTest {

    private static final String MAP = """
            Этап;Подать заявление;;Узнать решение
            Действия клиента;Заполнить анкету;Позвонить в КЦ;"Прочитать письмо; ответить"
            Точки контакта;Веб сайт;Телефон;Email
            Эмоции;:(;;:)
            """;

    private static final String EXPECTED = """
            id: map
            channels:
              - id: veb-sayt
                name: Веб сайт
                mode: self-service
              - id: telefon
                name: Телефон
                mode: assisted
              - id: email
                name: Email
                mode: assisted
            stages:
              - id: podat-zayavlenie
                name: Подать заявление
                emotion: -1
                customerSteps:
                  - id: zapolnit-anketu
                    name: Заполнить анкету
                    channel: veb-sayt
                  - id: pozvonit-v-kts
                    name: Позвонить в КЦ
                    channel: telefon
                touchpoints:
                  - channel: veb-sayt
                    status: present
                  - channel: telefon
                    status: present
              - id: uznat-reshenie
                name: Узнать решение
                emotion: 1
                customerSteps:
                  - id: prochitat-pismo-otvetit
                    name: Прочитать письмо; ответить
                    channel: email
                touchpoints:
                  - channel: email
                    status: present
            """;

    @TempDir
    Path dir;

    @Test
    void aCsvFileWithAByteOrderMarkAndSemicolonsReadsAsItsMapAndAnEmptyHeaderContinuesTheStage() throws IOException {
        byte[] text = MAP.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Path file = Files.write(dir.resolve("map.csv"), withBom);

        ImportedJourney imported = TestGrids.imported(file);

        assertThat(imported.yaml()).isEqualTo(EXPECTED);
        assertThat(imported.unmapped()).isEmpty();
    }

    @Test
    void commasAndTabsAreReadAsDelimitersToo() throws IOException {
        Path commas = Files.writeString(dir.resolve("map.csv"), MAP.replace(";", ",").replace("\"Прочитать письмо, ответить\"",
                "\"Прочитать письмо; ответить\""));
        Files.createDirectories(dir.resolve("tabs"));
        Path tabs = Files.writeString(dir.resolve("tabs").resolve("map.csv"), MAP.replace(";", "\t").replace("\"Прочитать письмо\t ответить\"",
                "\"Прочитать письмо; ответить\""));

        assertThat(TestGrids.imported(commas).yaml()).isEqualTo(EXPECTED);
        assertThat(TestGrids.imported(tabs).yaml()).isEqualTo(EXPECTED);
    }

    @Test
    void aWindows1251FileReadsWithItsEncodingDeclared() throws IOException {
        Path file = Files.write(dir.resolve("map.csv"), MAP.getBytes(Charset.forName("windows-1251")));

        ImportedJourney imported = JourneyImport.read(file, JourneyImport.Options.defaults().withEncoding(Charset.forName("windows-1251")));

        assertThat(imported.yaml()).isEqualTo(EXPECTED);
    }

    @Test
    void cellsThatLookLikeOtherYamlValuesStayTextAsWritten() throws IOException {
        Path file = Files.writeString(dir.resolve("edge.csv"), "Stage;null;yes;123;~\nPains;\"0x1F\n1e3\n.inf\n- dash\";off;2026-01-01;#hash\n");

        ImportedJourney imported = TestGrids.imported(file);

        assertThat(imported.journey().stages()).extracting(s -> s.id() + " " + s.name() + " " + s.pains()).containsExactly(
                "null null [0x1F, 1e3, .inf, - dash]", "yes yes [off]", "123 123 [2026-01-01]", "stage ~ [#hash]");
        assertThat(imported.yaml()).contains("- \"0x1F\"\n", "- \"2026-01-01\"\n", "name: \"123\"\n", "name: \"~\"\n");
    }

    @Test
    void aCoverageMatrixInCsvWithRussianMarks() throws IOException {
        Path file = Files.writeString(dir.resolve("coverage.csv"), """
                Покрытие каналами
                Каналы;Получить консультацию;Подать заявление;Узнать решение
                Чат;да;нет;н/п
                Телефон;✓;+;
                Офис;+;?;-
                """);

        ImportedJourney imported = TestGrids.imported(file);

        assertThat(imported.layout()).isEqualTo(GridLayout.MATRIX);
        assertThat(imported.journey().stages()).extracting(s -> s.id() + " " + s.touchpoints().stream()
                .map(t -> t.channel() + "=" + t.status().word()).toList()).containsExactly(
                "poluchit-konsultatsiyu [chat=present, telefon=present, ofis=present]",
                "podat-zayavlenie [chat=absent, telefon=present]",
                "uznat-reshenie [chat=not-applicable, ofis=absent]");
        assertThat(TestGrids.unmapped(imported)).containsExactly("coverage.csv!C5: '?' is not a coverage mark: write +, - or N/A");
        assertThat(imported.journey().name()).isEqualTo("Покрытие каналами");
    }
}
