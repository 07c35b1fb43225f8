package org.journeyaudit.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web page speaks the browser's language, English or Russian, and a visible switch changes it: every word of the
 * page, in a real headless Chromium.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebPageLanguageTest {

    private WebDriver driver;

    @LocalServerPort
    int port;

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private void open(String... arguments) {
        driver = HeadlessChromium.start(arguments);
        driver.get("http://localhost:" + port + "/");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("lang-en")).getDomAttribute("aria-pressed") != null);
    }

    private List<String> words(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(e -> e.getDomProperty("textContent").strip()).toList();
    }

    private String pressed() {
        return driver.findElements(By.cssSelector(".languages .lang")).stream()
                .filter(b -> "true".equals(b.getDomAttribute("aria-pressed"))).map(WebElement::getText).findFirst().orElseThrow();
    }

    @Test
    void anEnglishBrowserGetsTheEnglishPageAndTheSwitchTurnsItRussianAndBack() {
        open("--lang=en-US", "--accept-lang=en-US");
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        assertThat(pressed()).isEqualTo("EN");
        assertThat(words(".modes .mode-tab")).containsExactly("Audit a journey", "Compare two versions", "Portfolio");
        assertThat(words("#audit-mode h2, #audit-mode .hint, #drop-zone label, #audit-button"))
                .containsExactly("Your journey", "Drop a journey document (YAML or JSON) here, choose a file, or paste it below.",
                        "Choose a file", "Audit");

        driver.findElement(By.id("lang-ru")).click();
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("ru");
        assertThat(pressed()).isEqualTo("RU");
        assertThat(driver.getTitle()).isEqualTo("Journey Audit — аудит пути клиента");
        assertThat(words(".bar h1")).as("the product's name").containsExactly("Journey Audit");
        assertThat(words(".bar nav a")).containsExactly("API", "Каталог правил (JSON)");
        assertThat(words(".modes .mode-tab")).containsExactly("Проверить путь клиента", "Сравнить две версии", "Портфель");
        assertThat(words("#audit-mode h2, #audit-mode .hint, #drop-zone label, #audit-mode .controls label > span, #audit-button"))
                .containsExactly("Ваш путь клиента", "Перетащите сюда описание пути (YAML или JSON), выберите файл или вставьте текст ниже.",
                        "Выбрать файл", "Формат", "Дата аудита", "Проверить");
        assertThat(words("#compare-mode h2, #before-zone label, #after-zone label, #compare-button"))
                .containsExactly("Две версии пути клиента", "Было", "Стало", "Сравнить");
        assertThat(words("#output-title, #download-link")).containsExactly("Отчёт об аудите", "Скачать отчёт");
        assertThat(words("#report-placeholder")).containsExactly("Здесь появится отчёт: матрица покрытия каналами, дорожки бэк-офиса, "
                + "кривая эмоций, замечания и рекомендации по приоритету. Нажмите на рекомендацию, чтобы увидеть её цели на карте. "
                + "Сравнение показывает матрицы и дорожки обеих версий рядом.");
        assertThat(driver.findElement(By.id("report-frame")).getDomAttribute("title")).isEqualTo("Отчёт об аудите");

        ((JavascriptExecutor) driver).executeScript("document.getElementById('journey-text').value = '';");
        driver.findElement(By.id("audit-button")).click();
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Сначала вставьте или выберите описание пути.");

        driver.findElement(By.id("lang-en")).click();
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        assertThat(driver.getTitle()).isEqualTo("Journey Audit");
        assertThat(words("#compare-mode h2, #before-zone label, #after-zone label, #compare-button"))
                .containsExactly("Two versions of a journey", "Before", "After", "Compare");
        driver.findElement(By.id("audit-button")).click();
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Paste or choose a journey document first.");
    }

    @Test
    void aRussianBrowserGetsTheRussianPage() {
        open("--lang=ru", "--accept-lang=ru");
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("ru");
        assertThat(pressed()).isEqualTo("RU");
        assertThat(words(".modes .mode-tab")).containsExactly("Проверить путь клиента", "Сравнить две версии", "Портфель");
    }
}
