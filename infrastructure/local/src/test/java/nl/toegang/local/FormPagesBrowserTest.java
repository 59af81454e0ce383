package nl.toegang.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A resident's form in steps in Chromium, without JavaScript of our own: after a failed send of a step the error
 * summary has the focus, each error link brings its field and message into view, switching
 * language keeps what was typed (and the receipt), and axe finds nothing on the form with errors.
 */
class FormPagesBrowserTest {

    static final Dimension DESKTOP = AxeAtBothWidths.DESKTOP;
    static final Dimension PHONE = AxeAtBothWidths.PHONE;
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
    void signedInAsJanInDutch() {
        browser.driver.get(platform.url() + "/");
        browser.driver.manage().deleteAllCookies();
        browser.driver.manage().window().setSize(PHONE);
        browser.driver.get(platform.url() + FORM + "?lang=nl");
        browser.chooseIdentity("Jan Bakker");
        browser.waitForPath(FORM);
    }

    @Test
    void afterAFailedSendTheErrorSummaryHasTheFocus() {
        browser.type("bsn", "123456789");
        browser.submitMainForm();

        WebElement summary = browser.find(".error-summary");
        assertThat(summary.getText()).contains("Er is een probleem").contains("Dit BSN klopt niet");
        assertThat(activeElement()).isEqualTo(summary);
    }

    @Test
    void eachErrorLinkBringsItsFieldAndItsMessageIntoView() {
        for (Dimension size : List.of(PHONE, DESKTOP)) {
            browser.driver.manage().window().setSize(size);
            browser.driver.get(platform.url() + FORM);
            // Step 1: text fields and a date.
            browser.type("bsn", "123456789");
            browser.submitMainForm();
            eachErrorLinkLandsOnItsField(size, "field-bsn", "field-geboortedatum", "field-adres");

            fillInStep1();
            browser.submitMainForm();
            browser.waitForPath("/stap/2");
            browser.choose("namens", "zelf");
            browser.submitMainForm();
            browser.waitForPath("/stap/3");
            // Step 3: a long text and a radio group (a checklist above them).
            browser.submitMainForm();
            eachErrorLinkLandsOnItsField(size, "field-situatie", "field-spoed");

            fillInStep3();
            browser.submitMainForm();
            browser.waitForPath("/stap/4");
            // Step 4: a radio group and a single checkbox.
            browser.submitMainForm();
            eachErrorLinkLandsOnItsField(size, "field-clientondersteuning", "field-akkoord");
        }
    }

    @Test
    void switchingLanguageKeepsWhatWasTypedAndNeitherChecksNorSends() {
        int casesBefore = myCases();
        fillInStep1();
        browser.submitMainForm();
        browser.waitForPath("/stap/2");
        browser.choose("namens", "zelf");
        browser.submitMainForm();
        browser.waitForPath("/stap/3");
        String step3 = browser.driver.getCurrentUrl();
        browser.submitMainForm();
        assertThat(browser.find(".error-summary").isDisplayed()).isTrue();

        // Spoed stays unanswered: the switch must not check the step (that would show an error).
        browser.type("situatie", "Ik kan de trap\nniet meer op.");
        browser.choose("hulpvragen", "vervoer");
        browser.clickToNextPage(languageButton("English"));

        browser.waitForPath("/stap/3");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
        assertThat(browser.find("h1").getText()).isEqualTo("Your question");
        assertThat(browser.find("label[for=field-situatie]").getText()).isEqualTo("Tell us about your situation (required)");
        assertThat(value("situatie")).isEqualTo("Ik kan de trap\nniet meer op.");
        assertThat(browser.find("input[name=hulpvragen][value=vervoer]").isSelected()).isTrue();
        assertThat(browser.driver.findElements(By.cssSelector("[role=alert], .utrecht-form-field-error-message, [aria-invalid]")))
                .isEmpty();
        assertThat(browser.find("h1").getText()).doesNotContain("Error");
        browser.screenshot("melding-switched-to-english");

        browser.choose("spoed", "ja");
        browser.clickToNextPage(languageButton("Nederlands"));
        browser.waitForPath("/stap/3");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("nl");
        assertThat(value("situatie")).isEqualTo("Ik kan de trap\nniet meer op.");
        assertThat(browser.find("input[name=spoed][value=ja]").isSelected()).isTrue();
        assertThat(browser.find("input[name=hulpvragen][value=vervoer]").isSelected()).isTrue();

        browser.driver.get(step3);
        assertThat(value("situatie")).as("switching language saves nothing").isEmpty();
        assertThat(browser.find("input[name=spoed][value=ja]").isSelected()).isFalse();
        assertThat(myCases()).as("switching language sends nothing").isEqualTo(casesBefore);
    }

    @Test
    void theReceiptStaysTheReceiptInTheOtherLanguage() {
        fillInAValidMelding();
        browser.waitForPath("/controleren");
        browser.submitMainForm();
        String receipt = browser.find("[role=status]").getText();
        assertThat(receipt).contains("Uw zaaknummer is WMO-");
        String caseId = receipt.replaceFirst("(?s).*(WMO-[0-9A-Z-]+).*", "$1");
        assertThat(browser.find("main").getText()).contains("12 maart 1948", "Voor mijzelf").doesNotContain("1948-03-12");

        browser.clickToNextPage(browser.driver.findElement(By.linkText("English")));
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
        assertThat(browser.find("[role=status]").getText()).contains(caseId).doesNotContain("zaaknummer");
        assertThat(browser.find("main").getText()).contains("12 March 1948", "For myself").doesNotContain("1948-03-12");

        browser.clickToNextPage(browser.driver.findElement(By.linkText("Nederlands")));
        assertThat(browser.find("[role=status]").getText()).contains("Uw zaaknummer is " + caseId);
    }

    @Test
    void theFormWithErrorsHasNoViolationsInEitherLanguage() {
        AxeAtBothWidths axe = new AxeAtBothWidths(browser);
        for (String lang : List.of("nl", "en")) {
            browser.driver.get(platform.url() + FORM + "?lang=" + lang);
            browser.type("bsn", "123456789");
            browser.submitMainForm();
            assertThat(browser.find(".error-summary").getText()).contains(lang.equals("nl") ? "Er is een probleem" : "There is a problem");
            axe.check("melding form with errors (" + lang + ")");
            browser.screenshot("melding-errors-" + lang);
        }
        axe.assertNoPageHadViolations();
    }

    /** After a failed send of a step: the summary has the focus, and each link lands on its field. */
    private void eachErrorLinkLandsOnItsField(Dimension size, String... expected) {
        WebElement summary = browser.find(".error-summary");
        assertThat(activeElement()).as("focus after the failed send").isEqualTo(summary);
        List<String> targets = browser.driver.findElements(By.cssSelector(".error-summary a")).stream()
                .map(link -> link.getAttribute("href").replaceFirst("^.*#", "")).toList();
        assertThat(targets).contains(expected);
        for (String target : targets) {
            scrollToTop();
            browser.find(".error-summary a[href='#" + target + "']").click();

            String key = target.substring("field-".length());
            assertThat(activeElement().getAttribute("id")).as("focus after the link to %s", key).isEqualTo(target);
            assertThat(browser.find(":target").getAttribute("id")).isEqualTo(target);
            assertThat(topInViewport(target)).as("%s in view at %s: %s", key, size, box(target)).isTrue();
            assertThat(inViewport(target + "-error")).as("message of %s in view at %s: %s", key, size, box(target + "-error"))
                    .isTrue();
            String label = labelOf(key);
            assertThat(inViewport(label)).as("label of %s in view at %s: %s", key, size, box(label)).isTrue();
            if (key.equals("spoed")) {
                browser.screenshot("melding-error-link-" + key + "-" + size.getWidth());
            }
        }
    }

    /** Every step filled in and saved, up to the check page. */
    private void fillInAValidMelding() {
        fillInStep1();
        browser.submitMainForm();
        browser.waitForPath("/stap/2");
        browser.choose("namens", "zelf");
        browser.submitMainForm();
        browser.waitForPath("/stap/3");
        fillInStep3();
        browser.submitMainForm();
        browser.waitForPath("/stap/4");
        browser.choose("clientondersteuning", "ja");
        browser.find("#field-akkoord").click();
        browser.submitMainForm();
    }

    private void fillInStep1() {
        browser.type("bsn", "111222333");
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value='1948-03-12'", browser.find("#field-geboortedatum"));
        browser.type("adres", "Dorpsstraat 1");
        browser.type("postcode", "1431aa");
        browser.type("woonplaats", "Aalsmeer");
        browser.type("telefoon", "0297123456");
    }

    private void fillInStep3() {
        browser.type("situatie", "Ik kan niet meer stofzuigen.");
        browser.choose("spoed", "nee");
    }

    private static WebElement languageButton(String text) {
        List<WebElement> buttons = browser.driver.findElements(By.cssSelector("header button[name=_language]")).stream()
                .filter(button -> button.getText().equals(text)).toList();
        assertThat(buttons).as("one language button " + text).hasSize(1);
        return buttons.getFirst();
    }

    private static int myCases() {
        String here = browser.driver.getCurrentUrl();
        browser.driver.get(platform.url() + "/mijn-aanvragen");
        int count = browser.driver.findElements(By.cssSelector("td.case-status")).size();
        browser.driver.get(here);
        return count;
    }

    private static String value(String key) {
        return browser.find("#field-" + key).getAttribute("value");
    }

    private static WebElement activeElement() {
        return (WebElement) js().executeScript("return document.activeElement");
    }

    /** The id of the label or legend that names the field. */
    private static String labelOf(String key) {
        return (String) js().executeScript("""
                const control = document.getElementById('field-' + arguments[0]);
                const group = control.closest('.utrecht-form-fieldset__fieldset');
                const label = group ? group.querySelector('legend') : document.querySelector('label[for="' + control.id + '"]');
                label.id = label.id || 'label-of-' + arguments[0];
                return label.id;
                """, key);
    }

    private static boolean inViewport(String id) {
        return (Boolean) js().executeScript("""
                const box = document.getElementById(arguments[0]).getBoundingClientRect();
                return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
                """, id);
    }

    /** A radio group can be taller than a phone's screen; its start (question, help, error) must be on it. */
    private static boolean topInViewport(String id) {
        return (Boolean) js().executeScript("""
                const box = document.getElementById(arguments[0]).getBoundingClientRect();
                return box.top >= 0 && box.top < window.innerHeight && box.height > 0;
                """, id);
    }

    private static Object box(String id) {
        return js().executeScript("const b = document.getElementById(arguments[0]).getBoundingClientRect();"
                + " return b.top + '..' + b.bottom + ' of ' + window.innerHeight;", id);
    }

    private static void scrollToTop() {
        js().executeScript("window.scrollTo(0, 0)");
    }

    private static JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver;
    }
}
