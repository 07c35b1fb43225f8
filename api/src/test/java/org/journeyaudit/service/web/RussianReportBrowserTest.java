package org.journeyaudit.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.audit.FailOn;
import org.journeyaudit.engine.compare.JourneyComparator;
import org.journeyaudit.engine.compare.JourneyComparison;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.report.HtmlReport;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The visual report in Russian, opened offline from its file in a real headless Chromium: the page's own words, the
 * words the script draws with, and the figures as Russian writes them (13 700, 5 030 640 RUB, 22.11.2026).
 */
class RussianReportBrowserTest {

    private static WebDriver driver;

    @TempDir
    Path folder;

    @BeforeAll
    static void startBrowser() {
        driver = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    /** The words of the elements as the page holds them (before any capitals a stylesheet adds), no-break spaces kept. */
    private static List<String> words(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(e -> e.getDomProperty("textContent").strip()).toList();
    }

    @Test
    void theDefectiveGoodsReportSpeaksRussian() throws Exception {
        Audit audit = new Auditor(RuleBase.builtIn()).audit(new JourneyReader().read(Path.of("../samples/retail-defective-goods.yaml")),
                AuditOptions.asOf(LocalDate.of(2026, 11, 22)).withLanguage(Language.RU));
        Path report = folder.resolve("report.html");
        Files.writeString(report, HtmlReport.audit(audit, Language.RU));
        driver.get(report.toUri().toString());
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#coverage-matrix td.cell")));

        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("ru");
        assertThat(driver.getTitle()).isEqualTo("Аудит пути клиента: Defective goods claim");
        assertThat(words("#journey-meta")).containsExactly("Путь клиента retail-defective-goods · версия before · "
                + "владелец Head of customer service · аудит на дату 22.11.2026ключевой путь");
        assertThat(words("#report h2")).containsExactly("Матрица покрытия каналами", "Бэк-офис по исполнителям", "Эмоции клиента",
                "Замечания", "Рекомендации", "Стоимость обслуживания");
        assertThat(words("#summary .card-label")).containsExactly("Замечания", "Рекомендации", "Потенциал экономии в год",
                "Первая рекомендация");
        assertThat(words("#summary .chip")).containsExactly("0 ошибок", "3 предупреждения", "1 информационное", "избыточность 3",
                "покрытие каналами 1", "1 P1", "1 P4");
        assertThat(words("#summary .summary-savings .card-value")).containsExactly("7\u00A0102\u00A0080 RUB");
        assertThat(words("#summary .summary-top .card-note")).containsExactly("5\u00A0030\u00A0640 RUB в год");

        // the cost to serve: the calls' handling, and the backstage without the operator's in-call steps counted twice
        assertThat(words("#cost-to-serve .cost-total")).containsExactly("13\u00A0908\u00A0240 RUB в год");
        assertThat(words("#cost-to-serve th")).containsExactly("Этап", "Обработка обращений", "Бэк-офис", "Всего");
        assertThat(words("#cost-to-serve td.figure")).containsExactly("10\u00A0357\u00A0200 RUB", "3\u00A0551\u00A0040 RUB",
                "13\u00A0908\u00A0240 RUB");
        assertThat(words("#cost-to-serve .cost-formula")).containsExactly("(13\u00A0700 обращений/мес. x 420 с / 60 x 9 RUB/мин x 12 мес.) "
                + "+ (13\u00A0700 обращений/мес. x 144 с / 60 x 9 RUB/мин x 12 мес.) = 13\u00A0908\u00A0240 RUB");

        assertThat(words("#coverage-matrix .corner")).containsExactly("Этап ↓ / Канал →");
        assertThat(words("#coverage-matrix .mode")).containsExactly("с сотрудником", "с сотрудником");
        assertThat(words("#coverage-matrix td.cell .volume")).containsExactly("13\u00A0700 в мес.");
        assertThat(words("#coverage-matrix .matrix-legend li")).containsExactly("+есть: этап обслуживается в этом канале",
                "−нет: этап не обслуживается в этом канале", "Н/Пне применимо: канал к этому этапу не относится",
                "?не определено: карта пути об этом не говорит",
                "F1с замечанием: на ячейку указывает замечание (его номер; наведите курсор, чтобы прочитать текст)");

        assertThat(words("#swimlanes .stage-facts")).containsExactly("4 шага · 1 исполнитель · 0 передач · 5,9 мин работы · эмоция −2");
        assertThat(words("#swimlanes .step .kind")).containsExactly("работа", "запрос", "поиск сведений", "проверка");
        assertThat(words("#swimlanes .step .minutes")).containsExactly("2 мин", "1,5 мин", "1,9 мин", "0,5 мин");
        assertThat(words("#swimlanes .step-flags")).containsExactly("Ненужный результат", "Ненужный результат");

        assertThat(words("#findings .family h3")).containsExactly("Избыточность3", "Покрытие каналами1");
        assertThat(words("#findings li.finding .severity")).containsExactly("предупреждение", "предупреждение", "предупреждение",
                "к сведению");
        assertThat(words("#findings li.finding[data-finding='F3'] .element-kind")).containsExactly("шаг", "сведения", "шаг");

        WebElement first = driver.findElement(By.cssSelector("li.recommendation[data-rank='1']"));
        assertThat(words("li.recommendation[data-rank='1'] .rec-facts dt")).containsExactly("Действие", "Трудозатраты", "Эффект",
                "Для клиента", "Формула", "Исходные данные", "Допущения", "Почему P1", "Отвечает на");
        assertThat(words("li.recommendation[data-rank='1'] .rec-facts dd.impact"))
                .containsExactly("на 10\u00A0960 обращений в месяц меньше · 46\u00A0580 мин обработки в месяц");
        assertThat(words("li.recommendation[data-rank='1'] .rec-facts dd.customer-effort")).containsExactly("на 1 запрос меньше");
        assertThat(words("li.recommendation[data-rank='1'] .source-badge")).containsExactly("измерено", "измерено", "измерено", "измерено",
                "измерено", "измерено", "допущение", "измерено");
        assertThat(words("li.recommendation[data-rank='1'] .rec-facts dd.assumptions li")).containsExactly(
                "casesPerMonth этапа file-claim: 13\u00A0700, его входящие обращения, одно обращение = один случай (этап не задаёт casesPerMonth)",
                "backstageCostPerMinute: 9 RUB/мин, ставка контакт-центра по умолчанию (ни шаг, ни economics.backstageCostPerMinute не задают своей стоимости минуты)");
        assertThat(words("li.recommendation[data-rank='1'] .rec-hint")).containsExactly("Нажмите, чтобы подсветить цели в матрице и на дорожках.");
        first.click();
        assertThat(words("li.recommendation[data-rank='1'] .rec-hint"))
                .containsExactly("Подсвечено на карте: 2 из 2 целей. Нажмите ещё раз, чтобы снять выделение.");
        assertThat(words("#report-footer")).containsExactly("Аудит пути Defective goods claim на дату 22.11.2026. Подготовлен Journey Audit — "
                + "аудитом пути клиента на правилах; все цифры рассчитаны по описанию пути, каждое допущение названо.");

        Files.createDirectories(HeadlessChromium.SCREENSHOTS);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), HeadlessChromium.SCREENSHOTS.resolve("retail-defective-goods-ru.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theComparisonOfTheComplaintVersionsSpeaksRussian() throws Exception {
        Auditor auditor = new Auditor(RuleBase.builtIn());
        AuditOptions options = AuditOptions.asOf(LocalDate.of(2026, 11, 22)).withLanguage(Language.RU);
        JourneyReader reader = new JourneyReader();
        JourneyComparison comparison = JourneyComparator.compare(
                auditor.audit(reader.read(Path.of("../samples/complaint-handling-before.yaml")), options),
                auditor.audit(reader.read(Path.of("../samples/complaint-handling-after.yaml")), options));
        Path report = folder.resolve("comparison.html");
        Files.writeString(report, HtmlReport.diff(comparison, FailOn.ERROR, Language.RU));
        driver.get(report.toUri().toString());
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#measures tr.measure")));

        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("ru");
        assertThat(driver.getTitle()).isEqualTo("Сравнение версий пути клиента: Complaint handling");
        assertThat(words("#comparison h2")).containsExactly("Показатели", "Матрицы покрытия каналами", "Бэк-офис по исполнителям",
                "Замечания");
        assertThat(words("#comparison-meta")).containsExactly("Путь клиента complaint-handling · версии before → after · "
                + "обе проверены на дату 22.11.2026");
        assertThat(words("#verdict .verdict-label, #verdict .verdict-word, #verdict .verdict-counts")).containsExactly("Итог", "ЛУЧШЕ",
                "устранено: 9 · новых: 0 · изменилось: 0 · без изменений: 1");
        assertThat(words("#verdict .outcome")).containsExactly(
                "Пройдено на уровне «ошибка»: в новой версии нет новых замечаний этого уровня или выше.");
        assertThat(words("#measures thead th")).containsExactly("Показатель", "Было", "Стало", "Изменение");
        assertThat(words("#measures tbody th")).containsExactly("этапы (не оценивается)", "шаги", "передачи", "возвраты (пинг-понг)",
                "запросы к клиенту", "минуты обработки", "минуты ожидания", "потенциал экономии в год");
        assertThat(driver.findElements(By.cssSelector("#measures tr.measure")).stream().map(r -> r.getDomAttribute("class")).toList())
                .containsExactly("measure same", "measure better", "measure better", "measure better", "measure same", "measure better",
                        "measure same", "measure savings-row");
        assertThat(words("#measures tr[data-measure='steps'] td")).containsExactly("10", "5", "\u22125");
        assertThat(words("#measures tr[data-measure='annualSavings'] td")).containsExactly("не оценено", "не оценено", "не сравнивается");
        assertThat(words("#diff-findings .diff-group h3")).containsExactly("Устранённые9", "Новые0", "Изменившиеся0", "Без изменений1");
        assertThat(words("#comparison-footer")).containsExactly("Сравнение пути Complaint handling, before и after, обе версии проверены "
                + "на дату 22.11.2026. Подготовлено Journey Audit; замечания сопоставляются по правилу, этапу и элементам, а не по тексту "
                + "или номеру.");
    }
}
