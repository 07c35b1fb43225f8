package org.journeyaudit.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The page's compare mode in a real headless Chromium, set up as {@link ReportPageBrowserTest}: choose two versions
 * of a sample journey, compare them, and see both matrices and swimlanes side by side with what was resolved,
 * introduced and gained marked. Saves screenshots under target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ComparePageBrowserTest {

    private static WebDriver driver;

    @LocalServerPort
    int port;

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

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    private static String path(String sample) {
        return Path.of("../samples", sample).toAbsolutePath().normalize().toString();
    }

    /** Loads the page, switches to the compare mode and chooses the two files; does not press Compare. */
    private void choose(String before, String after) {
        driver.switchTo().defaultContent();
        driver.get("http://localhost:" + port + "/");
        driver.findElement(By.id("mode-compare")).click();
        assertThat(driver.findElement(By.id("compare-mode")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("audit-mode")).isDisplayed()).isFalse();
        driver.findElement(By.id("before-file")).sendKeys(before);
        driver.findElement(By.id("after-file")).sendKeys(after);
        waiting().until(d -> d.findElement(By.id("status")).getText().equals("Both versions loaded: press Compare."));
        ((JavascriptExecutor) driver).executeScript("document.getElementById('compare-as-of').value = '2026-11-22'");
    }

    /** Compares the chosen versions; leaves the driver inside the report frame. */
    private void compare() {
        driver.findElement(By.id("compare-button")).click();
        waiting().until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("report-frame")));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#after-swimlanes .step")));
    }

    private List<String> steps(String selector) {
        return driver.findElements(By.cssSelector(selector)).stream().map(step -> step.getDomAttribute("data-step")).toList();
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(HeadlessChromium.SCREENSHOTS);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), HeadlessChromium.SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theComplaintVersionsShowTheResolvedPingPongsAndRelaysBeforeAndNothingIntroducedAfter() throws Exception {
        choose(path("complaint-handling-before.yaml"), path("complaint-handling-after.yaml"));
        compare();

        assertThat(driver.findElement(By.id("verdict-word")).getText()).isEqualTo("BETTER");
        assertThat(driver.findElements(By.cssSelector("#verdict .reason.better .reason-text")).stream().map(WebElement::getText))
                .containsExactly("9 findings resolved (5 warnings, 4 info)", "steps 10 -> 5", "handoffs 6 -> 2",
                        "ping-pong returns 3 -> 0", "handling minutes 60 -> 34");
        assertThat(driver.findElements(By.cssSelector("#verdict .reason.worse"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector("#measures tr[data-measure='steps'] td.change")).getText()).isEqualTo("−5");

        assertThat(steps("#before-swimlanes .step.resolved")).containsExactlyInAnyOrder("transfer-to-2l", "register-in-jira",
                "redirect-to-supervisor", "take-explanation", "return-to-2l", "forward-to-3l", "send-to-2l", "analyse-3l",
                "answer-customer");
        assertThat(steps("#before-swimlanes .step.ping-pong.resolved")).contains("redirect-to-supervisor", "answer-customer");
        assertThat(steps("#before-swimlanes .step.relay.resolved")).containsExactlyInAnyOrder("redirect-to-supervisor", "forward-to-3l");
        assertThat(driver.findElements(By.cssSelector("#before-swimlanes .lane-label.resolved")).stream()
                .map(l -> l.getDomAttribute("data-actor"))).containsExactly("2L", "3L");
        assertThat(driver.findElements(By.cssSelector("#after-matrix .introduced, #after-swimlanes .introduced"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("#after-swimlanes .step"))).hasSize(5);
        assertThat(driver.findElements(By.cssSelector("#resolved-findings li.finding"))).hasSize(9);
        assertThat(driver.findElement(By.cssSelector("#introduced-findings .empty")).getText()).isEqualTo("None.");

        // a resolved finding highlights its steps on the before side only
        WebElement relay = driver.findElement(By.cssSelector("#resolved-findings li.finding[data-rule='redundancy/relay-step']"));
        relay.click();
        waiting().until(d -> !d.findElements(By.cssSelector("#before-swimlanes .step.highlight")).isEmpty());
        assertThat(steps("#before-swimlanes .step.highlight")).containsExactly("forward-to-3l");
        assertThat(driver.findElements(By.cssSelector("#after-swimlanes .highlight, #after-matrix .highlight"))).isEmpty();
        relay.click();

        driver.switchTo().defaultContent();
        assertThat(driver.findElement(By.id("output-title")).getText()).isEqualTo("Comparison");
        assertThat(driver.findElement(By.id("download-link")).getDomAttribute("download")).isEqualTo("journey-comparison.html");
        assertThat(driver.findElement(By.id("download-link")).isDisplayed()).isTrue();
        ((JavascriptExecutor) driver).executeScript("document.getElementById('report-frame').scrollIntoView()");
        driver.switchTo().frame("report-frame");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('diff-swimlanes').scrollIntoView()");
        screenshot("complaint-handling-compare.png");
    }

    @Test
    void theMessengerVersionMarksItsGainedCellsAndItsIntroducedConsistencyFindings() throws Exception {
        choose(path("insurance-insured-event.yaml"), path("changes/after/insurance-insured-event.yaml"));
        compare();

        assertThat(driver.findElement(By.id("verdict-word")).getText()).isEqualTo("MIXED");
        assertThat(driver.findElements(By.cssSelector("#after-matrix td.cell.gained")).stream()
                .map(c -> c.getDomAttribute("data-stage") + "@" + c.getDomAttribute("data-channel")))
                .containsExactly("get-advice@messenger", "check-status@messenger", "learn-decision@messenger");
        assertThat(driver.findElements(By.cssSelector("#before-matrix td.cell[data-channel='messenger']"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("#after-matrix td.cell.introduced")).stream()
                .map(c -> c.getDomAttribute("data-stage") + "@" + c.getDomAttribute("data-channel")))
                .containsExactly("get-advice@chat", "get-advice@phone", "get-advice@email", "get-advice@messenger",
                        "call-services@messenger", "file-claim@messenger", "check-status@messenger");
        assertThat(driver.findElements(By.cssSelector("#before-matrix .resolved, #before-swimlanes .resolved"))).isEmpty();
        List<String> introduced = driver.findElements(By.cssSelector("#introduced-findings li.finding")).stream()
                .map(f -> f.getDomAttribute("data-rule")).toList();
        assertThat(introduced).containsExactly("consistency/conflicting-info", "coverage/forced-switch", "coverage/missing-channel",
                "consistency/missing-info");

        WebElement missingInfo = driver.findElement(By.cssSelector("#introduced-findings li.finding[data-rule='consistency/missing-info']"));
        missingInfo.click();
        waiting().until(d -> !d.findElements(By.cssSelector("#after-matrix td.cell.highlight")).isEmpty());
        assertThat(driver.findElements(By.cssSelector("#after-matrix td.cell.highlight")).stream()
                .map(c -> c.getDomAttribute("data-stage") + "@" + c.getDomAttribute("data-channel"))).containsExactly("check-status@messenger");
        missingInfo.click();
        ((JavascriptExecutor) driver).executeScript("document.getElementById('diff-matrices').scrollIntoView()");
        screenshot("insurance-messenger-compare.png");
    }

    @Test
    void anInvalidVersionShowsItsProblemsInItsOwnFile(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken-after.yaml");
        Files.writeString(broken, "# the after version\nid: broken\nstages:\n  - id: s\n    emotion: 7\n");
        choose(path("complaint-handling-before.yaml"), broken.toString());
        driver.findElement(By.id("compare-button")).click();
        WebElement problems = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("problems")));
        assertThat(problems.findElement(By.id("problems-title")).getText())
                .isEqualTo("The journey document is invalid: the comparison request has 1 problem");
        assertThat(problems.findElement(By.cssSelector("#problem-list li")).getText())
                .isEqualTo("broken-after.yaml line 5:14 after.stages[0].emotion 'emotion' must be a whole number from -3 to 3, found 7");
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("The versions were not compared.");
    }
}
