package nl.toegang.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A resident in a real browser: log in at the identity provider, make a mistake, see it explained
 * next to the field, fix it, go through the steps and the check page, get a receipt. Our pages use
 * no JavaScript.
 */
class ResidentBrowserTest {

    static HeadlessChromium browser;
    final LocalPlatform platform = RunningPlatform.get();

    @BeforeAll
    static void openBrowser() {
        browser = new HeadlessChromium();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void aResidentLogsInFixesAWrongBsnAndGetsAReceipt() {
        browser.driver.get(platform.url() + "/");
        assertThat(browser.find("h1").getText()).isEqualTo("Hulp vragen aan de gemeente");
        browser.clickToNextPage(browser.driver.findElement(By.linkText("Melding doen")));

        browser.chooseIdentity("Jan Bakker");
        browser.waitForPath("/formulieren/wmo-melding");
        assertThat(browser.find("#field-bsn").getAttribute("value")).isEqualTo("111222333");

        browser.type("bsn", "123456789");
        // the test sets the date input directly; typing into it depends on the browser's locale
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value='1948-03-12'", browser.find("#field-geboortedatum"));
        browser.type("adres", "Dorpsstraat 1");
        browser.type("postcode", "1431aa");
        browser.type("woonplaats", "Aalsmeer");
        browser.type("telefoon", "0297123456");
        browser.submitMainForm();

        assertThat(browser.find("[role=alert]").getText()).contains("Er is een probleem").contains("BSN");
        WebElement bsn = browser.find("#field-bsn");
        assertThat(bsn.getAttribute("aria-invalid")).isEqualTo("true");
        String explained = Arrays.stream(bsn.getAttribute("aria-describedby").split(" "))
                .map(id -> browser.driver.findElement(By.id(id)).getText())
                .collect(Collectors.joining(" "));
        assertThat(explained).contains("Dit BSN klopt niet");
        assertThat(browser.find("#field-adres").getAttribute("value")).isEqualTo("Dorpsstraat 1");
        browser.screenshot("melding-fout-bsn");

        browser.type("bsn", "111222333");
        browser.submitMainForm();
        browser.waitForPath("/stap/2");
        browser.choose("namens", "zelf");
        browser.submitMainForm();
        browser.waitForPath("/stap/3");
        browser.choose("hulpvragen", "huishouden");
        browser.type("situatie", "Ik kan niet meer stofzuigen.");
        browser.choose("spoed", "nee");
        browser.submitMainForm();
        browser.waitForPath("/stap/4");
        browser.choose("clientondersteuning", "ja");
        browser.find("#field-akkoord").click();
        browser.submitMainForm();
        browser.waitForPath("/controleren");
        browser.submitMainForm();

        assertThat(browser.find("[role=status]").getText()).contains("Uw zaaknummer is WMO-")
                .contains(TestEnvironmentNoticeTest.DUTCH_RECEIPT);
        assertThat(browser.find(".test-notice").getText()).startsWith(TestEnvironmentNoticeTest.DUTCH);
        browser.screenshot("melding-ontvangen");

        browser.clickToNextPage(browser.driver.findElement(By.linkText("English")));
        assertThat(browser.find("h1").getText()).startsWith("Your request WMO-");
        assertThat(browser.find(".test-notice").getText()).startsWith(TestEnvironmentNoticeTest.ENGLISH);
        browser.clickToNextPage(browser.driver.findElement(By.linkText("My requests")));
        assertThat(browser.driver.findElements(By.cssSelector("td.case-status"))).isNotEmpty();
        browser.screenshot("my-requests-en");

        // Signing out goes through the provider's end-session endpoint and back home: the page's
        // Content-Security-Policy (form-action) must let the browser follow that redirect.
        browser.clickToNextPage(browser.find("header form[action='/auth/logout'] button"));
        browser.waitForPath("/");
        assertThat(browser.driver.getCurrentUrl()).isEqualTo(platform.url() + "/");
        assertThat(browser.driver.findElements(By.linkText("Log in"))).isNotEmpty();
        browser.driver.get(platform.url() + "/mijn-aanvragen");
        assertThat(browser.driver.getCurrentUrl()).startsWith(platform.services().identityProvider().issuer() + "/authorize");
    }
}
