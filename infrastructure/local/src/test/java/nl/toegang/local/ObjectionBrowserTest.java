package nl.toegang.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The objection form in a real browser: the case page says until when Jan can object, the form
 * keeps what he typed when something is missing, and a late objection asks why. axe-core checks
 * each page at desktop and at phone width.
 */
class ObjectionBrowserTest {

    static HeadlessChromium browser;
    static final LocalPlatform platform = RunningPlatform.get();
    static final ApiClient jan = new ApiClient(platform, "jan");
    static final ApiClient sem = new ApiClient(platform, "sem");

    static String decided;
    static String decidedLongAgo;

    final AxeAtBothWidths axe = new AxeAtBothWidths(browser);

    @BeforeAll
    static void prepareCasesAndOpenBrowser() {
        decided = ObjectionCases.decidedJustNow(jan, sem);
        decidedLongAgo = ObjectionCases.decidedWeeksAgo(platform, 8);
        browser = new HeadlessChromium();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void signedOut() {
        browser.driver.get(platform.url() + "/");
        browser.driver.manage().deleteAllCookies();
    }

    @Test
    void janObjectsInTimeAndFixesWhatHeForgot() {
        signInAsJan("/mijn-aanvragen/" + decided);
        String section = browser.find("section.objection").getText();
        assertThat(section).contains("Bezwaar maken").contains("Dat kan tot en met").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        axe.check("case page offering an objection");

        browser.clickToNextPage(browser.driver.findElement(By.linkText("Bezwaar maken")));
        assertThat(browser.find("main").getText()).contains("Dat kan tot en met").contains("Waar bent u het niet mee eens?")
                .doesNotContain("Waarom bent u later dan 6 weken?");
        axe.check("objection form");

        browser.type("tegen", "Ik krijg geen schuldhulp.");
        browser.submitMainForm();
        assertThat(browser.find(".error-summary").getText()).contains("Waarom bent u het er niet mee eens?");
        assertThat(browser.find("#field-tegen").getAttribute("value")).isEqualTo("Ik krijg geen schuldhulp.");
        browser.screenshot("bezwaar-fout");
        axe.check("objection form with errors");

        browser.type("waarom", "De kerk helpt alleen met eten, niet met schulden.");
        browser.choose("horen", "ja");
        browser.submitMainForm();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(15))
                .until(d -> d.getCurrentUrl().contains("/mijn-aanvragen/BZW-"));
        String main = browser.find("main").getText();
        assertThat(main).contains("Dit is uw bezwaar tegen het besluit in zaak " + decided);
        browser.screenshot("bezwaar-ontvangen");
        axe.check("the objection's own page");
    }

    @Test
    void aLateObjectionAsksWhyItIsLate() {
        signInAsJan("/mijn-aanvragen/" + decidedLongAgo + "/bezwaar");
        String main = browser.find("main").getText();
        assertThat(main).contains("U bent dus te laat.").contains("Waarom bent u later dan 6 weken?");
        browser.type("tegen", "Ik krijg geen schuldhulp.");
        browser.type("waarom", "Ik heb het nodig.");
        browser.choose("horen", "nee");
        browser.submitMainForm();
        assertThat(browser.find(".error-summary").getText()).contains("Vertel ons waarom u later bent dan 6 weken.");
        assertThat(browser.find("#field-waarom").getAttribute("value")).isEqualTo("Ik heb het nodig.");
        browser.screenshot("bezwaar-te-laat");
        axe.check("late objection form with the question why");
    }

    private void signInAsJan(String path) {
        browser.driver.get(platform.url() + path);
        browser.chooseIdentity("Jan Bakker");
        browser.waitForPath(path);
    }
}
