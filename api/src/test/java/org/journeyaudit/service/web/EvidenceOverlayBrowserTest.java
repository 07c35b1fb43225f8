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
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.evidence.EventLog;
import org.journeyaudit.engine.evidence.Evidence;
import org.journeyaudit.engine.evidence.EvidenceFacts;
import org.journeyaudit.engine.evidence.LogMapping;
import org.journeyaudit.engine.evidence.LogMappingReader;
import org.journeyaudit.engine.evidence.ObservedMeasures;
import org.journeyaudit.engine.journey.Journey;
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
 * The visual report of the evidence sample (the dash cam warranty repair beside its ticket log) in a real headless
 * Chromium: the matrix shows the observed contacts with the cells the design does not serve highlighted, the swimlanes
 * the observed handovers with the ping-pong's return arrow and its counts, and the toggle hides it all. Saves a
 * screenshot under target/screenshots.
 */
class EvidenceOverlayBrowserTest {

    private static final Path SAMPLE = Path.of("../samples/evidence");
    private static final Path JOURNEY = Path.of("../samples/dashcam-warranty-repair.yaml");

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

    @Test
    void theSamplesReportLaysTheLogOverTheMatrixAndTheSwimlanesAndTheToggleHidesIt() throws Exception {
        open(page(Path.of("../samples/evidence/tickets.csv"), SAMPLE.resolve("mapping.yaml"), Language.EN));

        assertThat(text("#observed-bar .observed-log")).containsExactly(
                "Log ../samples/evidence/tickets.csv: 150 cases, 1,364 events, from 2026-01-12 to 2026-03-19");
        // the cells the design does not serve where the log shows contacts
        assertThat(driver.findElements(By.cssSelector("#coverage-matrix td.cell.observed-undesigned")).stream()
                .map(td -> td.getDomAttribute("data-stage") + "@" + td.getDomAttribute("data-channel") + " " + td.getDomAttribute("data-status")
                        + ": " + td.findElement(By.cssSelector(".observed-contacts")).getDomProperty("textContent")))
                .containsExactly("delivery-diagnostics@phone absent: not designed, observed 15",
                        "agree-decision@web absent: not designed, observed 7",
                        "repair@phone not-applicable: not designed, observed 47",
                        "repair@email not-applicable: not designed, observed 18");
        assertThat(text("td.cell[data-stage='fill-form'][data-channel='phone'] .observed-contacts")).containsExactly("observed 84");
        assertThat(text("#coverage-matrix .observed-other-channels li")).containsExactly(
                "Мессенджер · Fill in the repair form: 20 contacts",
                "Мессенджер · Delivery to the service centre and diagnostics: 10 contacts",
                "Мессенджер · Agree repair, exchange or refund: 6 contacts",
                "Мессенджер · Repair: 16 contacts");

        // the agreement stage: work between the service centre and the lawyers, which the design does not show, going both ways
        String agree = ".observed-stage[data-stage='agree-decision'] ";
        assertThat(driver.findElements(By.cssSelector(agree + "path.observed-handover")).stream()
                .map(p -> p.getDomAttribute("data-from") + " -> " + p.getDomAttribute("data-to") + " " + p.getDomAttribute("class")))
                .containsExactly("service centre -> lawyers observed-handover observed-undesigned undesigned",
                        "lawyers -> service centre observed-handover observed-return undesigned");
        assertThat(text(agree + ".ping-pong-label")).containsExactly("ping-pong: 49 cases, 89 returns");
        assertThat(text(agree + "text.observed-label:not(.ping-pong-label)")).containsExactly(
                "69 handovers · not in the design", "69 handovers · not in the design");
        assertThat(text(agree + ".observed-facts")).containsExactly("149 cases · duration: median 15\u00a0h, p90 9\u00a0d 20\u00a0h");
        assertThat(text(agree + ".observed-sla.over")).containsExactly("SLA standard 6\u00a0d: over it 30 cases (20.13%)");
        assertThat(text(".observed-stage[data-stage='repair'] .observed-rework")).containsExactly(
                "rework: 10 cases, 20 repeated events · escalations: 0 cases, 0 escalations");
        assertThat(text(".observed-stage[data-stage='delivery-diagnostics'] .observed-unseen")).containsExactly(
                "Designed handoffs the log never shows: courier → service centre");
        assertThat(text(".observed-stage[data-stage='fill-form'] .observed-none")).containsExactly(
                "The log shows no work passing between actors at this stage.");
        assertThat(text("#swimlanes .observed-lanes-legend strong")).containsExactly("Observed handover", "Not in the design", "Ping-pong");

        screenshot("dashcam-evidence-overlay.png");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()",
                driver.findElement(By.cssSelector("article.stage-lanes[data-stage='agree-decision']")));
        screenshot("dashcam-evidence-overlay-swimlanes.png");

        // the design alone: the overlay is hidden, the design stays
        driver.findElement(By.cssSelector("#observed-bar button[data-view='design']")).click();
        assertThat(driver.findElement(By.cssSelector(agree)).isDisplayed()).isFalse();
        assertThat(driver.findElements(By.cssSelector("td.cell .observed-contacts")).stream().anyMatch(WebElement::isDisplayed)).isFalse();
        assertThat(driver.findElement(By.cssSelector("td.cell[data-stage='agree-decision'][data-channel='web']")).getCssValue("outline-style"))
                .isEqualTo("none");
        assertThat(driver.findElements(By.cssSelector("#swimlanes .step")).stream().allMatch(WebElement::isDisplayed)).isTrue();
        assertThat(driver.findElement(By.cssSelector("#observed-bar button[data-view='design']")).getDomAttribute("aria-pressed")).isEqualTo("true");

        driver.findElement(By.cssSelector("#observed-bar button[data-view='observed']")).click();
        assertThat(driver.findElement(By.cssSelector(agree)).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.cssSelector("td.cell[data-stage='agree-decision'][data-channel='web']")).getCssValue("outline-style"))
                .isEqualTo("dashed");
    }

    @Test
    void theRussianReportSpeaksRussian() throws Exception {
        open(page(Path.of("../samples/evidence/tickets.csv"), SAMPLE.resolve("mapping.yaml"), Language.RU));

        assertThat(text("td.cell[data-stage='agree-decision'][data-channel='web'] .observed-contacts")).containsExactly("нет на карте, по журналу 7");
        assertThat(text(".observed-stage[data-stage='agree-decision'] .ping-pong-label")).containsExactly("пинг-понг: 49 обращений, 89 возвратов");
        assertThat(text("#observed-bar button")).containsExactly("Карта", "Карта + журнал");
    }

    @Test
    void aLogValueThatLooksLikeMarkupShowsAsText() throws Exception {
        String markup = "<img src=x onerror=alert(1)>";
        Path log = folder.resolve("log.csv");
        Files.writeString(log, "case,timestamp,activity,actor,channel\n"
                + "1,2026-01-12T10:00,legal-review,lawyers,\n"
                + "1,2026-01-12T11:00,legal-review,\"" + markup + "\",\"<b>chat</b>\"\n"
                + "1,2026-01-12T12:00,legal-review,lawyers,\n");
        open(page(log, null, Language.EN));

        assertThat(driver.findElements(By.tagName("img"))).isEmpty();
        assertThat(driver.findElements(By.tagName("b"))).isEmpty();
        assertThat(text(".observed-stage[data-stage='agree-decision'] .observed-actor title")).containsExactly("lawyers", markup);
        assertThat(text(".observed-stage[data-stage='agree-decision'] .observed-actor text")).containsExactly("lawyers",
                "<img src=x onerro\u2026");
        assertThat(text(".observed-stage[data-stage='agree-decision'] .ping-pong-label")).containsExactly("ping-pong: 1 case, 1 return");
        assertThat(text("#coverage-matrix .observed-other-channels li")).containsExactly(
                "<b>chat</b> · Agree repair, exchange or refund: 1 contact");
    }

    private Path page(Path log, Path mappingFile, Language language) throws Exception {
        Journey journey = new JourneyReader().read(JOURNEY);
        LogMapping mapping = mappingFile == null ? LogMappingReader.byNames(journey) : new LogMappingReader().read(mappingFile, journey);
        Evidence evidence = new Evidence(journey, log.toString(), ObservedMeasures.of(journey, EventLog.open(log, mapping), mapping));
        Audit audit = new Auditor(RuleBase.builtIn()).audit(journey, EvidenceFacts.of(evidence),
                AuditOptions.asOf(LocalDate.of(2026, 11, 22)).withLanguage(language));
        Path page = folder.resolve("evidence.html");
        Files.writeString(page, HtmlReport.audit(audit, evidence, language));
        return page;
    }

    private void open(Path page) {
        driver.get(page.toUri().toString());
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".observed-stage")));
    }

    private static List<String> text(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(e -> e.getDomProperty("textContent").strip()).toList();
    }

    private static void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.createDirectories(HeadlessChromium.SCREENSHOTS);
        Files.copy(shot.toPath(), HeadlessChromium.SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
