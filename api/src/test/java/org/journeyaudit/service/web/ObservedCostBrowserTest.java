package org.journeyaudit.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.fact.ObservedHandleTime;
import org.journeyaudit.engine.fact.ObservedVolume;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.report.HtmlReport;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The visual report's cost to serve of a journey audited with its log: priced on the log's handle time, which it names. */
class ObservedCostBrowserTest {

    private static WebDriver driver;

    @TempDir
    Path folder;

    private static final Journey CLAIMS = new JourneyReader().read("claims.yaml", """
            id: claims
            currency: EUR
            economics: {costPerMinute: 1, monthsPerYear: 12}
            channels:
              - {id: phone, mode: assisted}
            stages:
              - id: file-claim
                touchpoints:
                  - {channel: phone, status: present, volumePerMonth: 20, handleSeconds: 300}
            """.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);

    /** Two months of log timing 40 phone contacts at a median 600 s. */
    private static final List<Object> LOG = List.of(
            new ObservedVolume("file-claim", 0, 40, 2 * ObservedVolume.DAYS_A_MONTH, null, "claims.csv"),
            new ObservedHandleTime("file-claim", 0, "phone", 40, 600, 900, 2 * ObservedVolume.DAYS_A_MONTH, 300.0, true, "claims.csv"));

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

    private void open(Language language, List<Object> observed) throws Exception {
        Audit audit = new Auditor(RuleBase.builtIn()).audit(CLAIMS, observed,
                AuditOptions.asOf(LocalDate.of(2026, 11, 22)).withLanguage(language));
        Path page = folder.resolve("report.html");
        Files.writeString(page, HtmlReport.audit(audit, language));
        driver.get(page.toUri().toString());
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cost-to-serve table")));
    }

    private static List<String> words(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(e -> e.getDomProperty("textContent").strip()).toList();
    }

    @Test
    void theCostToServeIsPricedOnTheLogsHandleTimeAndSaysSo() throws Exception {
        open(Language.EN, LOG);

        assertThat(words("#cost-to-serve td.figure")).containsExactly("2,400 EUR", "\u2013", "2,400 EUR");
        assertThat(words("#cost-to-serve .cost-formula")).containsExactly(
                "20 contacts/month x 600 s / 60 x 1 EUR/min x 12 months = 2,400 EUR (handle times as the log claims.csv shows them)");
        assertThat(words("#cost-to-serve .cost-observed")).containsExactly(
                "observed median handle time of touchpoint file-claim@phone in the log claims.csv: 40 contacts over 61 days");
    }

    @Test
    void inRussianTooAndWithoutALogNothingIsSaidObserved() throws Exception {
        open(Language.RU, LOG);
        assertThat(words("#cost-to-serve .cost-observed")).containsExactly(
                "по журналу медиана времени обработки точки контакта file-claim@phone в журнале claims.csv: 40 контактов за 61 день");

        open(Language.EN, List.of());
        assertThat(words("#cost-to-serve td.figure")).containsExactly("1,200 EUR", "\u2013", "1,200 EUR");
        assertThat(words("#cost-to-serve .cost-observed")).isEmpty();
    }
}
