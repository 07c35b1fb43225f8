package org.journeyaudit.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The page's portfolio view in a real headless Chromium: the registry's journeys with their latest audit and the trend of
 * their findings, a journey's versions, and two of them compared in the report frame. Saves a screenshot under
 * target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:portfolio-page-test;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
        // the SHA-256 of "page-token"
        "journey-audit.registry.write-token-sha256=" + PortfolioPageBrowserTest.TOKEN_SHA256})
class PortfolioPageBrowserTest {

    static final String TOKEN_SHA256 = "8e6780cc7aa5b6a65a6b03d06b6e98465cf4ab02f84528f97c24ba8650d40126";

    private static WebDriver driver;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

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

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.header("Authorization", "Bearer page-token").build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private void store(String key, String document, String ifMatch) throws Exception {
        HttpRequest.Builder put = HttpRequest.newBuilder(uri("/api/registry/journeys/" + key + "?author=Olga&comment=map%20" + key))
                .header("Content-Type", "application/yaml").PUT(HttpRequest.BodyPublishers.ofString(document));
        if (ifMatch != null) {
            put.header("If-Match", ifMatch);
        }
        assertThat(send(put).statusCode()).isEqualTo(201);
    }

    private void audit(String key, int version) throws Exception {
        assertThat(send(HttpRequest.newBuilder(uri("/api/registry/journeys/" + key + "/versions/" + version + "/audits?asOf=2026-11-22"))
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(201);
    }

    @Test
    void thePortfolioListsTheJourneysWithTheirTrendAndComparesTwoVersions() throws Exception {
        String before = Files.readString(Path.of("../samples/complaint-handling-before.yaml"));
        String after = Files.readString(Path.of("../samples/complaint-handling-after.yaml"));
        store("complaint-handling", before, null);
        store("complaint-handling", after, "\"complaint-handling-v1\"");
        audit("complaint-handling", 1);
        audit("complaint-handling", 2);
        store("retail-defective-goods", Files.readString(Path.of("../samples/retail-defective-goods.yaml")), null);
        audit("retail-defective-goods", 1);
        audit("retail-defective-goods", 1);
        // text from a document is shown as text, never as markup
        store("bank-card-loss", Files.readString(Path.of("../samples/bank-card-loss.yaml"))
                .replace("name: Lost debit card", "name: \"<img src=x onerror=alert(1)>\""), null);

        driver.get("http://localhost:" + port + "/");
        driver.findElement(By.id("mode-portfolio")).click();
        WebDriverWait waiting = new WebDriverWait(driver, Duration.ofSeconds(20));
        waiting.until(d -> d.findElement(By.id("status")).getText().equals("3 journeys in the registry."));

        List<WebElement> rows = driver.findElements(By.cssSelector("#portfolio-table tbody tr"));
        assertThat(rows).hasSize(3);
        List<String> bank = rows.get(0).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        assertThat(bank).containsExactly("<img src=x onerror=alert(1)> (bank-card-loss)", "Head of cards servicing", "1", "not audited", "",
                "");
        assertThat(driver.findElements(By.cssSelector("#portfolio-table img"))).isEmpty();
        List<String> complaints = rows.get(1).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        assertThat(complaints.subList(0, 3)).containsExactly("Complaint handling (complaint-handling)", "Head of quality", "2");
        String trend = rows.get(1).findElement(By.cssSelector("svg.trend polyline.findings")).getAttribute("points");
        assertThat(trend.split(" ")).hasSize(2);
        assertThat(rows.get(1).findElements(By.cssSelector("svg.trend circle.findings"))).hasSize(2);
        // the retail claim's two audits priced its recommendations: its savings are drawn beside its findings
        List<String> retail = rows.get(2).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        assertThat(retail.subList(0, 4)).containsExactly("Defective goods claim (retail-defective-goods)", "Head of customer service", "1",
                "4");
        assertThat(rows.get(2).findElement(By.cssSelector("svg.trend polyline.savings")).getAttribute("points").split(" ")).hasSize(2);
        assertThat(rows.get(2).findElement(By.cssSelector("svg.trend title")).getAttribute("textContent"))
                .startsWith("Findings per audit: 4, 4; annual savings: ");

        rows.get(1).click();
        waiting.until(d -> d.findElement(By.id("versions")).isDisplayed());
        assertThat(driver.findElement(By.id("versions-title")).getText()).isEqualTo("Versions of Complaint handling");
        List<String> versions = driver.findElements(By.cssSelector("#version-list li")).stream().map(WebElement::getText).toList();
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0)).startsWith("v2, ").endsWith(", Olga: map complaint-handling");
        assertThat(driver.findElement(By.id("from-version")).getAttribute("value")).isEqualTo("1");
        assertThat(driver.findElement(By.id("to-version")).getAttribute("value")).isEqualTo("2");

        driver.findElement(By.id("compare-versions")).click();
        waiting.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("report-frame")));
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#after-swimlanes .step")));
        assertThat(driver.findElements(By.cssSelector("#before-swimlanes .step"))).isNotEmpty();
        driver.switchTo().defaultContent();
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Compared.");
        assertThat(driver.findElement(By.id("download-link")).getAttribute("download")).isEqualTo("complaint-handling-v1-v2.html");

        Files.createDirectories(HeadlessChromium.SCREENSHOTS);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), HeadlessChromium.SCREENSHOTS.resolve("registry-portfolio.png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
