package nl.toegang.local;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and ChromeDriver (installed by ./toegang test), headless, with a fresh
 * profile, a phone-sized window and Dutch as the browser language. No network beyond this machine.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final WebDriver driver;

    HeadlessChromium() {
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=420,1200", "--lang=nl-NL",
                    "--user-data-dir=" + Files.createTempDirectory("chromium"));
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nl-NL,nl"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    void type(String key, String text) {
        WebElement field = driver.findElement(By.id("field-" + key));
        field.clear();
        field.sendKeys(text);
    }

    void choose(String key, String value) {
        find("input[name='" + key + "'][value='" + value + "']").click();
    }

    void submitMainForm() {
        clickToNextPage(find("main form button[type=submit]"));
    }

    /** Clicks something that loads a new page, and waits until the old page is gone. */
    void clickToNextPage(WebElement element) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        element.click();
        var wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15));
        wait.until(d -> isGone(oldPage));
        wait.until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Chromium answers either "stale" or "not in the document" for a page that has been replaced. */
    private static boolean isGone(WebElement oldPage) {
        try {
            oldPage.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException replaced) {
            return true;
        }
    }

    /** Logs in at the local identity provider by choosing the persona's button. */
    void chooseIdentity(String personaName) {
        clickToNextPage(driver.findElement(By.xpath("//button[contains(., '" + personaName + "')]")));
    }

    /** Waits for a navigation (a post and its redirects) to arrive at a path. */
    void waitForPath(String pathEnd) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> java.net.URI.create(d.getCurrentUrl()).getPath().endsWith(pathEnd));
    }

    void screenshot(String name) {
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
