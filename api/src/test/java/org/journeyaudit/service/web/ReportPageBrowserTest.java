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
 * The page as a user meets it, in a real headless Chromium (Debian's chromium and chromium-driver, which
 * .ci/run installs): upload a sample journey, audit it, and see the matrix, the ping-pong and the first
 * recommendation. Saves a screenshot under target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportPageBrowserTest {


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

    /** Loads the page, uploads a sample through the file input and audits it; leaves the driver inside the report frame. */
    private void audit(String sample) {
        driver.switchTo().defaultContent();
        driver.get("http://localhost:" + port + "/");
        driver.findElement(By.id("journey-file")).sendKeys(Path.of("../samples", sample).toAbsolutePath().normalize().toString());
        waiting().until(d -> !d.findElement(By.id("journey-text")).getDomProperty("value").isBlank());
        ((JavascriptExecutor) driver).executeScript("document.getElementById('as-of').value = '2026-11-22'");
        driver.findElement(By.id("audit-button")).click();
        waiting().until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("report-frame")));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#coverage-matrix td.cell")));
    }

    @Test
    void aUserUploadsAJourneyAndSeesTheMatrixThePingPongAndTheFirstRecommendation() throws Exception {
        audit("complaint-handling-before.yaml");

        List<WebElement> cells = driver.findElements(By.cssSelector("#coverage-matrix td.cell"));
        assertThat(cells).hasSize(1);
        assertThat(cells.get(0).getDomAttribute("class")).contains("present");

        List<String> pingPong = driver.findElements(By.cssSelector("#swimlanes .step.ping-pong")).stream()
                .map(step -> step.getDomAttribute("data-step")).toList();
        assertThat(pingPong).isNotEmpty().contains("redirect-to-supervisor", "answer-customer");
        assertThat(driver.findElements(By.cssSelector("#swimlanes .step.relay")).stream().map(s -> s.getDomAttribute("data-step")))
                .containsExactlyInAnyOrder("redirect-to-supervisor", "forward-to-3l");

        WebElement first = driver.findElement(By.cssSelector("#recommendations li.recommendation[data-rank='1']"));
        assertThat(first.findElement(By.cssSelector(".title")).getText())
                .startsWith("Route the work directly: 1L operator transfers the call to 2L, 3L returns the complaint to 2L, "
                        + "2L redirects the complaint to the 1L supervisor");
        first.click();
        waiting().until(d -> !d.findElements(By.cssSelector("#swimlanes .highlight")).isEmpty());
        assertThat(driver.findElements(By.cssSelector("#swimlanes .step.highlight")).stream().map(s -> s.getDomAttribute("data-step")))
                .containsExactlyInAnyOrder("transfer-to-2l", "return-to-2l", "redirect-to-supervisor", "send-to-2l", "forward-to-3l");

        Files.createDirectories(HeadlessChromium.SCREENSHOTS);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), HeadlessChromium.SCREENSHOTS.resolve("complaint-handling-before.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theMatrixOfTheInsuranceJourneyMarksItsFlawedCells() throws Exception {
        audit("insurance-insured-event.yaml");
        assertThat(driver.findElements(By.cssSelector("#coverage-matrix td.cell"))).hasSize(15);
        WebElement missingChat = driver.findElement(By.cssSelector("#coverage-matrix td.cell[data-stage='file-claim'][data-channel='chat']"));
        assertThat(missingChat.getDomAttribute("class")).contains("absent", "flawed");
        WebElement justified = driver.findElement(By.cssSelector("#coverage-matrix td.cell[data-stage='call-services'][data-channel='email']"));
        assertThat(justified.getDomAttribute("class")).contains("not-applicable").doesNotContain("flawed");

        Files.createDirectories(HeadlessChromium.SCREENSHOTS);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), HeadlessChromium.SCREENSHOTS.resolve("insurance-insured-event.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void anInvalidDocumentShowsItsProblemsOnThePage() {
        driver.switchTo().defaultContent();
        driver.get("http://localhost:" + port + "/");
        ((JavascriptExecutor) driver).executeScript(
                "document.getElementById('journey-text').value = 'id: broken\\nstages:\\n  - id: s\\n    emotion: 7\\n';");
        driver.findElement(By.id("audit-button")).click();
        WebElement problems = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("problems")));
        assertThat(problems.findElement(By.id("problems-title")).getText())
                .isEqualTo("The journey document is invalid: the journey document has 1 problem");
        assertThat(problems.findElement(By.cssSelector("#problem-list li")).getText())
                .isEqualTo("line 4:14 stages[0].emotion 'emotion' must be a whole number from -3 to 3, found 7");
    }
}
