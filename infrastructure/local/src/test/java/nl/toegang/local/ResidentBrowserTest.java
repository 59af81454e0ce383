package nl.toegang.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A resident in a real browser (Debian's Chromium, headless, JavaScript off for our pages): log in
 * at the identity provider, make a mistake, see it explained next to the field, fix it, get a receipt.
 */
class ResidentBrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static WebDriver browser;
    final LocalPlatform platform = RunningPlatform.get();

    @BeforeAll
    static void openBrowser() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=420,1200", "--lang=nl-NL", "--accept-lang=nl-NL,nl",
                "--user-data-dir=" + Files.createTempDirectory("chromium"));
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "nl-NL,nl"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    static void screenshot(String name) throws Exception {
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    static void type(String key, String text) {
        WebElement field = browser.findElement(By.id("field-" + key));
        field.clear();
        field.sendKeys(text);
    }

    static void choose(String key, String value) {
        browser.findElement(By.cssSelector("input[name='" + key + "'][value='" + value + "']")).click();
    }

    @Test
    void aResidentLogsInFixesAWrongBsnAndGetsAReceipt() throws Exception {
        browser.get(platform.url() + "/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Hulp vragen aan de gemeente");
        browser.findElement(By.linkText("Melding doen")).click();

        // the local identity provider: choose the persona
        browser.findElement(By.xpath("//button[contains(., 'Jan Bakker')]")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/formulieren/wmo-melding");
        assertThat(browser.findElement(By.id("field-bsn")).getAttribute("value")).isEqualTo("111222333");

        type("bsn", "123456789");
        type("geboortedatum", "");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('field-geboortedatum').value='1948-03-12'");
        type("adres", "Dorpsstraat 1");
        type("postcode", "1431aa");
        type("woonplaats", "Aalsmeer");
        type("telefoon", "0297123456");
        choose("namens", "zelf");
        choose("hulpvragen", "huishouden");
        type("situatie", "Ik kan niet meer stofzuigen.");
        choose("spoed", "nee");
        choose("clientondersteuning", "ja");
        browser.findElement(By.id("field-akkoord")).click();
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();

        WebElement summary = browser.findElement(By.cssSelector("[role=alert]"));
        assertThat(summary.getText()).contains("Er is een probleem").contains("BSN");
        WebElement bsn = browser.findElement(By.id("field-bsn"));
        assertThat(bsn.getAttribute("aria-invalid")).isEqualTo("true");
        String describedBy = bsn.getAttribute("aria-describedby");
        assertThat(describedBy).isNotBlank();
        String explained = java.util.Arrays.stream(describedBy.split(" "))
                .map(id -> browser.findElement(By.id(id)).getText())
                .collect(java.util.stream.Collectors.joining(" "));
        assertThat(explained).contains("Dit BSN klopt niet");
        assertThat(browser.findElement(By.id("field-situatie")).getAttribute("value")).isEqualTo("Ik kan niet meer stofzuigen.");
        screenshot("melding-fout-bsn");

        type("bsn", "111222333");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();

        WebElement receipt = browser.findElement(By.cssSelector("[role=status]"));
        assertThat(receipt.getText()).contains("Uw zaaknummer is WMO-");
        screenshot("melding-ontvangen");

        browser.findElement(By.linkText("English")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Your request WMO-");
        browser.findElement(By.linkText("My requests")).click();
        assertThat(browser.findElements(By.cssSelector("td.case-status"))).isNotEmpty();
        screenshot("my-requests-en");
    }
}
