package org.journeyaudit.engine.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A journey map read from a workbook: merged stage headers, labels, emotions, steps, and what is listed as not imported. */
class MapImportTest {

    @TempDir
    Path dir;

    @Test
    void aMergedStageHeaderIsOneStageWhoseColumnsAreItsChannels() throws IOException {
        Path file = TestGrids.xlsx(dir, "autocifra.xlsx", "CJM", new String[][] {
                {"CJM Автоцифра"},
                {"", "Этап 1. Заполнение анкеты на ремонт", "", "Этап 2. Доставка до сервисного центра и диагностика"},
                {"Потребность клиента", "Устранить неисправность видеорегистратора", "Потратить как можно меньше времени на оформление заявки",
                        "Получить подтверждение о доставке устройства в СЦ"},
                {"Шаг клиента", "Найти веб-сайт продавца и телефон поддержки", "Дозвониться до техподдержки и получить консультацию",
                        "Отслеживание заказа"},
                {"Канал взаимодействия", "Веб сайт", "Телефон", "Email"},
                {"Процесс", "Заполнение анкеты клиентом", "", "Доставка до СЦ и диагностика"},
                {"ИТ система", "1С Управление сервисным центром", "", "1С Управление сервисным центром"},
                {"Ответственный", "Начальник отдела продаж", "", "Начальник отдела ремонта"}},
                "A1:D1", "B2:C2", "B6:C6", "B7:C7", "B8:C8");

        ImportedJourney imported = TestGrids.imported(file);

        assertThat(imported.yaml()).isEqualTo("""
                id: cjm-avtotsifra
                name: CJM Автоцифра
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
                  - id: etap-1-zapolnenie-ankety-na-remont
                    name: Этап 1. Заполнение анкеты на ремонт
                    goal: |-
                      Устранить неисправность видеорегистратора
                      Потратить как можно меньше времени на оформление заявки
                    customerSteps:
                      - id: nayti-veb-sayt-prodavtsa-i-telefon-podderzhki
                        name: Найти веб-сайт продавца и телефон поддержки
                        channel: veb-sayt
                      - id: dozvonitsya-do-tekhpodderzhki-i-poluchit-konsultatsiyu
                        name: Дозвониться до техподдержки и получить консультацию
                        channel: telefon
                    touchpoints:
                      - channel: veb-sayt
                        status: present
                      - channel: telefon
                        status: present
                    steps:
                      - id: zapolnenie-ankety-klientom
                        name: Заполнение анкеты клиентом
                        actor: Начальник отдела продаж
                        system: "1С Управление сервисным центром"
                  - id: etap-2-dostavka-do-servisnogo-tsentra-i-diagnostika
                    name: Этап 2. Доставка до сервисного центра и диагностика
                    goal: Получить подтверждение о доставке устройства в СЦ
                    customerSteps:
                      - id: otslezhivanie-zakaza
                        name: Отслеживание заказа
                        channel: email
                    touchpoints:
                      - channel: email
                        status: present
                    steps:
                      - id: dostavka-do-sts-i-diagnostika
                        name: Доставка до СЦ и диагностика
                        actor: Начальник отдела ремонта
                        system: "1С Управление сервисным центром"
                """);
        assertThat(imported.unmapped()).isEmpty();
        assertThat(imported.guessedBecause()).isEqualTo("column A labels its rows as a journey map does ('Потребность клиента' at CJM!A3)");
    }

    @Test
    void anUnknownLabelIsListedWithItsCellsAndTheNearestKnownLabel() throws IOException {
        Path file = TestGrids.xlsx(dir, "labels.xlsx", "Sheet1", new String[][] {
                {"Stage", "Order", "Pay"},
                {"Pains", "Cannot find the size chart", ""},
                {"Boli klienta", "", ""},
                {"Боли клиентв", "Долгая доставка", ""},
                {"Mood", ":(", ":)"}});

        ImportedJourney imported = TestGrids.imported(file);

        assertThat(TestGrids.unmapped(imported)).containsExactly(
                "Sheet1!A3: unknown row label 'Boli klienta'; a label file (--labels) can name it as one of the rows: stages, goal,"
                        + " customerSteps, channels, pains, barriers, solutions, emotion, steps, systems, owner, losses",
                "Sheet1!A4: unknown row label 'Боли клиентв'; did you mean 'боли клиента'?",
                "Sheet1!B4: its row's label 'Боли клиентв' (Sheet1!A4) is not known",
                "Sheet1!A5: unknown row label 'Mood'; a label file (--labels) can name it as one of the rows: stages, goal,"
                        + " customerSteps, channels, pains, barriers, solutions, emotion, steps, systems, owner, losses",
                "Sheet1!B5: its row's label 'Mood' (Sheet1!A5) is not known",
                "Sheet1!C5: its row's label 'Mood' (Sheet1!A5) is not known");
        assertThat(imported.journey().stages().get(0).pains()).containsExactly("Cannot find the size chart");
    }

    @Test
    void aColumnUnderAnEmptyHeaderCellOfAWorkbookHasNoStage() throws IOException {
        Path file = TestGrids.xlsx(dir, "gap.xlsx", "Map", new String[][] {
                {"", "Order", "", "Pay"},
                {"Goal", "Get the right size", "Know when it arrives", "Pay safely"}});

        ImportedJourney imported = TestGrids.imported(file);

        assertThat(TestGrids.unmapped(imported)).containsExactly("Map!C2: column C has no stage: its header cell Map!C1 is empty");
        assertThat(imported.journey().stages()).extracting(s -> s.id() + ": " + s.goal()).containsExactly(
                "order: Get the right size", "pay: Pay safely");
    }

    @Test
    void aMapWithNoStageHeaderIsRefusedAtItsFirstLabel() throws IOException {
        Path file = TestGrids.xlsx(dir, "headless.xlsx", "Map", new String[][] {
                {"Goal", "Get the right size", "Pay safely"},
                {"Pains", "No size chart", ""}});

        assertThat(TestGrids.refusal(org.assertj.core.api.Assertions.catchThrowableOfType(
                org.journeyaudit.engine.document.InvalidDocumentException.class, () -> TestGrids.imported(file))))
                .isEqualTo(dir.resolve("headless.xlsx") + ": Map!A1: no stage header: no row above 'Goal' names the stages across its"
                        + " columns; write the stages' names in a row above it, or in a row labelled 'Этап' or 'Stage'\n");
    }

    @Test
    void emotionsAreReadAsNumbersEmoticonsAndFormulasByTheirSavedValue() throws IOException {
        Path file = dir.resolve("emotions.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Map");
            Row header = sheet.createRow(0);
            String[] stages = {"Stage", "Report", "Wait", "Hear", "Pay", "Close"};
            for (int c = 0; c < stages.length; c++) {
                header.createCell(c).setCellValue(stages[c]);
            }
            Row emotion = sheet.createRow(1);
            emotion.createCell(0).setCellValue("Эмоции");
            emotion.createCell(1).setCellValue(-3);
            emotion.createCell(2).setCellValue(":((");
            Cell formula = emotion.createCell(3);
            formula.setCellFormula("2-1");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(formula);
            emotion.createCell(4).setCellValue("😀");
            emotion.createCell(5).setCellValue("so-so");
            workbook.write(out);
        }

        ImportedJourney imported = TestGrids.imported(file);

        assertThat(imported.journey().stages()).extracting(s -> s.emotion()).containsExactly(-3, -2, 1, 2, null);
        assertThat(TestGrids.unmapped(imported)).containsExactly(
                "Map!F2: 'so-so' is not an emotion: write a whole number from -3 to +3 or an emoticon such as :( or :)");
    }

    @Test
    void barriersPairWithSolutionsLineByLineAndStepsWithOwnersAndSystems() throws IOException {
        Path file = TestGrids.xlsx(dir, "backstage.xlsx", "Map", new String[][] {
                {"Этап", "Подать заявление"},
                {"Барьеры", "Бумажная анкета\n\nОфис далеко"},
                {"Решения", "Анкета в приложении\nЗвонок оператора\nВыездной агент\nЧат"},
                {"Процесс", "Регистрация заявления\nПроверка документов"},
                {"ИТ-система", "CRM\nECM"},
                {"Ответственный", "Оператор 1 линии"},
                {"Текущие потери", "5% заявлений теряются"}});

        ImportedJourney imported = TestGrids.imported(file);

        var stage = imported.journey().stages().get(0);
        assertThat(stage.barriers()).extracting(b -> b.text() + " -> " + b.solution()).containsExactly(
                "Бумажная анкета -> Анкета в приложении", "Офис далеко -> Выездной агент");
        assertThat(stage.steps()).extracting(s -> s.id() + " / " + s.actor() + " / " + s.system()).containsExactly(
                "registratsiya-zayavleniya / Оператор 1 линии / CRM");
        assertThat(TestGrids.unmapped(imported)).containsExactly(
                "Map!B3: line 2 ('Звонок оператора') has no barrier on line 2 of Map!B2",
                "Map!B3: line 4 ('Чат') has no barrier on line 4 of Map!B2",
                "Map!B4: line 2 ('Проверка документов') names a step with no owner on line 2 of an 'Owner' row in its column; a step"
                        + " of the journey document needs its actor, so its system ('ECM') is not read either",
                "Map!B7: current losses have no field in the journey document (the audit prices losses from volumes and handling times)");
    }

    @Test
    void ownersOfStagesWithoutStepsAreTheJourneysOwnerWhenTheyAgree() throws IOException {
        Path agree = TestGrids.xlsx(dir, "agree.xlsx", "Map", new String[][] {
                {"Stage", "Order", "Pay"},
                {"Owner", "Head of e-commerce", "head of  E-commerce"}});
        Path differ = TestGrids.xlsx(dir, "differ.xlsx", "Map", new String[][] {
                {"Stage", "Order", "Pay"},
                {"Owner", "Head of e-commerce", "Head of finance"}});

        assertThat(TestGrids.imported(agree).journey().owner()).isEqualTo("Head of e-commerce");
        ImportedJourney differing = TestGrids.imported(differ);
        assertThat(differing.journey().owner()).isNull();
        assertThat(TestGrids.unmapped(differing)).containsExactly(
                "Map!B2: the owners differ from stage to stage and a journey has one owner; a 'Process' row naming the steps makes"
                        + " each owner the actor of the step on the same line",
                "Map!C2: the owners differ from stage to stage and a journey has one owner; a 'Process' row naming the steps makes"
                        + " each owner the actor of the step on the same line");
    }
}
