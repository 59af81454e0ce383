package nl.toegang.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Polish and Ukrainian, as a resident of Aalsmeer would use them: switching to Polski half-way
 * through the melding keeps what was typed and shows Polish labels and a Polish error; the home
 * page in Українська; {@code <html lang>} follows each switch, and axe finds nothing.
 */
class LanguagesBrowserTest {

    static final String FORM = "/formulieren/wmo-melding";

    static HeadlessChromium browser;
    static final LocalPlatform platform = RunningPlatform.get();

    @BeforeAll
    static void openBrowser() {
        browser = new HeadlessChromium();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void inDutchWithoutCookies() {
        browser.driver.get(platform.url() + "/");
        browser.driver.manage().deleteAllCookies();
        browser.driver.manage().window().setSize(AxeAtBothWidths.PHONE);
    }

    @Test
    void aResidentSwitchesToPolishHalfwayThroughTheMeldingWithoutLosingInput() {
        AxeAtBothWidths axe = new AxeAtBothWidths(browser);
        browser.driver.get(platform.url() + FORM + "?lang=nl");
        browser.chooseIdentity("Jan Bakker");
        browser.waitForPath(FORM);
        fillInStep1();
        browser.submitMainForm();
        browser.waitForPath("/stap/2");
        browser.choose("namens", "zelf");
        browser.submitMainForm();
        browser.waitForPath("/stap/3");

        browser.type("situatie", "Nie mogę już\nsama wchodzić po schodach.");
        browser.choose("hulpvragen", "woning");
        assertThat(switchLanguages()).containsExactly("Nederlands", "English", "Polski", "Українська");
        browser.clickToNextPage(languageButton("Polski"));

        browser.waitForPath("/stap/3");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("pl");
        assertThat(browser.find("header [aria-current]").getText()).isEqualTo("Polski");
        assertThat(browser.find("h1").getText()).isEqualTo("Twoje pytanie");
        assertThat(browser.find("label[for=field-situatie]").getText()).isEqualTo("Opisz swoją sytuację (wymagane)");
        assertThat(browser.find("#field-hulpvragen legend").getText()).startsWith("W czym potrzebujesz pomocy?");
        assertThat(browser.find("label[for=" + optionId("hulpvragen", "woning") + "]").getText())
                .isEqualTo("Przystosowanie mieszkania, na przykład winda schodowa");
        assertThat(browser.find("#field-situatie").getAttribute("value")).isEqualTo("Nie mogę już\nsama wchodzić po schodach.");
        assertThat(browser.find("input[name=hulpvragen][value=woning]").isSelected()).isTrue();
        assertThat(browser.driver.findElements(By.cssSelector("main [lang=nl]"))).as("no Dutch left on the Polish page").isEmpty();
        axe.check("melding step 3 in Polish");

        // Spoed is still unanswered: sending the step now gives a Polish error, and what was typed stays.
        browser.submitMainForm();
        WebElement summary = browser.find(".error-summary");
        assertThat(summary.getText()).contains("Wystąpił problem")
                .contains("Wybierz odpowiedź w polu „Czy to bardzo pilne?”.");
        assertThat(browser.find("#field-spoed-error").getText()).contains("Błąd:");
        assertThat(browser.find("#field-situatie").getAttribute("value")).isEqualTo("Nie mogę już\nsama wchodzić po schodach.");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("pl");
        browser.screenshot("melding-in-polish-with-error");
        axe.check("melding step 3 in Polish with an error");

        browser.driver.get(platform.url() + "/");
        assertThat(browser.find("html").getAttribute("lang")).as("the choice is kept for the next page").isEqualTo("pl");
        axe.assertNoPageHadViolations();
    }

    @Test
    void theHomePageInUkrainian() {
        AxeAtBothWidths axe = new AxeAtBothWidths(browser);
        browser.driver.get(platform.url() + "/?lang=nl");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("nl");
        WebElement ukrainian = browser.find("header a[hreflang=uk]");
        assertThat(ukrainian.getText()).isEqualTo("Українська");
        assertThat(ukrainian.getAttribute("lang")).isEqualTo("uk");

        browser.clickToNextPage(ukrainian);

        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("uk");
        assertThat(browser.find("h1").getText()).isEqualTo("Попросіть громаду про підтримку");
        assertThat(browser.find("header [aria-current]").getText()).isEqualTo("Українська");
        assertThat(browser.find("main").getText()).contains("Ви").doesNotContain("gemeente");
        browser.screenshot("home-in-ukrainian");
        axe.check("home page in Ukrainian");

        browser.clickToNextPage(browser.find("header a[hreflang=nl]"));
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("nl");
        assertThat(browser.find("h1").getText()).isEqualTo("Hulp vragen aan de gemeente");
        axe.assertNoPageHadViolations();
    }

    private static List<String> switchLanguages() {
        return browser.driver.findElements(By.cssSelector("header .language-switch__item")).stream()
                .map(WebElement::getText).toList();
    }

    private static WebElement languageButton(String text) {
        return browser.driver.findElements(By.cssSelector("header button[name=_language]")).stream()
                .filter(button -> button.getText().equals(text)).findFirst().orElseThrow();
    }

    private static String optionId(String key, String value) {
        return browser.find("input[name=" + key + "][value=" + value + "]").getAttribute("id");
    }

    private static void fillInStep1() {
        browser.type("bsn", "111222333");
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value='1948-03-12'", browser.find("#field-geboortedatum"));
        browser.type("adres", "Dorpsstraat 1");
        browser.type("postcode", "1431aa");
        browser.type("woonplaats", "Aalsmeer");
        browser.type("telefoon", "0297123456");
    }
}
