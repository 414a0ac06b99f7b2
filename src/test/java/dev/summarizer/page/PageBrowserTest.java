package dev.summarizer.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import dev.summarizer.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real browser: Debian's headless Chromium driven by Selenium against the running app. Needs the
 * {@code chromium} and {@code chromium-driver} packages (CI installs them; elsewhere the test is skipped when
 * they are missing, but never on CI).
 */
@QuarkusTest
class PageBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TestHTTPResource("/")
    URL root;

    private ChromeDriver browser;
    private Path profile;

    @BeforeEach
    void startBrowser() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        assumeTrue(installed || System.getenv("CI") != null, "chromium and chromium-driver are not installed");
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1200,2200", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() throws Exception {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void pastedArticleIsSummarisedWithHighlightsAndEntityChips() throws Exception {
        browser.get(root.toString());
        assertEquals("article-summarizer", browser.getTitle());
        String article = Fixtures.article("nk-russia-treaty.txt");
        // Why: sendKeys types character by character; setting the value is how a paste lands.
        ((JavascriptExecutor) browser).executeScript("document.getElementById('text').value = arguments[0];",
                article);
        browser.findElement(By.id("submit")).click();

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("results")));
        wait.until(d -> !d.findElements(By.cssSelector("#article .in-summary")).isEmpty());

        List<WebElement> highlighted = browser.findElements(By.cssSelector("#article .in-summary"));
        List<WebElement> summary = browser.findElements(By.cssSelector("#summary li"));
        assertEquals(3, summary.size());
        for (WebElement item : summary) {
            String sentence = item.findElement(By.tagName("span")).getText();
            assertTrue(highlighted.stream().anyMatch(h -> h.getText().equals(sentence)),
                    "summary sentence highlighted in place: " + sentence);
            String why = item.findElement(By.className("why")).getText();
            assertTrue(why.startsWith("Why: score ") && why.contains("shared words: "), why);
        }
        List<String> chips = browser.findElements(By.cssSelector("#entities .chip")).stream()
                .map(WebElement::getText).toList();
        assertTrue(chips.stream().anyMatch(c -> c.startsWith("Vladimir Putin")), chips.toString());
        assertTrue(chips.stream().anyMatch(c -> c.startsWith("North Korea")), chips.toString());

        WebElement putin = browser.findElements(By.cssSelector("#entities .chip")).stream()
                .filter(c -> c.getText().startsWith("Vladimir Putin")).findFirst().orElseThrow();
        putin.click();
        assertEquals("true", putin.getAttribute("aria-pressed"));
        List<String> marked = browser.findElements(By.cssSelector("#article .mention")).stream()
                .map(WebElement::getText).toList();
        assertTrue(marked.contains("Putin") && marked.contains("Vladimir Putin"), marked.toString());
        assertTrue(browser.findElements(By.cssSelector("#keyphrases li")).size() > 0);

        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), target.resolve("page-nk-russia-treaty.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void invalidInputShowsTheProblem() {
        browser.get(root.toString());
        // Why: the form's own min attribute would stop 0 before the service sees it; the service must say why.
        ((JavascriptExecutor) browser).executeScript("document.getElementById('text').value = 'Hello.';"
                + "document.getElementById('amount').removeAttribute('min');"
                + "document.getElementById('amount').value = '0';");
        browser.findElement(By.id("submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("status")).getText().contains("Invalid request"));
    }
}
