package nl.toegang.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The melding as a resident fills it in, in a real browser without JavaScript of ours: step by step,
 * a mistake on a step, back and forth, stopping half way and finding it again in Mijn aanvragen after
 * logging in again, the check page, changing a part, sending. axe-core checks every page on the way at
 * desktop and at phone width.
 */
class MultiStepFormBrowserTest {

    static final Dimension DESKTOP = AxeAtBothWidths.DESKTOP;
    static final Dimension PHONE = AxeAtBothWidths.PHONE;

    static HeadlessChromium browser;
    final LocalPlatform platform = RunningPlatform.get();
    final AxeAtBothWidths axe = new AxeAtBothWidths(browser);

    @BeforeAll
    static void openBrowser() {
        browser = new HeadlessChromium();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void aResidentFillsInTheMeldingInStepsStopsHalfWayComesBackAndSendsIt() {
        browser.driver.get(platform.url() + "/");
        browser.clickToNextPage(browser.driver.findElement(By.linkText("Melding doen")));
        browser.chooseIdentity("Jan Bakker");
        browser.waitForPath("/formulieren/wmo-melding");
        assertThat(browser.find("h1").getText()).isEqualTo("Over de persoon die hulp nodig heeft");
        assertThat(browser.find("main").getText()).contains("Stap 1 van 4");
        assertThat(browser.driver.findElements(By.id("field-situatie"))).isEmpty();
        axe.check("step 1");

        // A mistake on the first step is shown there; later steps are not checked yet.
        browser.type("bsn", "123456789");
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value='1948-03-12'", browser.find("#field-geboortedatum"));
        browser.type("adres", "Dorpsstraat 1");
        browser.type("postcode", "1431aa");
        browser.type("woonplaats", "Aalsmeer");
        browser.type("telefoon", "0297123456");
        browser.submitMainForm();
        assertThat(browser.find("[role=alert]").getText()).contains("Er is een probleem").contains("BSN")
                .doesNotContain("situatie");
        assertThat(browser.find("#field-adres").getAttribute("value")).isEqualTo("Dorpsstraat 1");
        axe.check("step 1 with an error");
        browser.type("bsn", "111222333");
        browser.submitMainForm();

        browser.waitForPath("/stap/2");
        String draft = URI.create(browser.driver.getCurrentUrl()).getPath().replace("/stap/2", "");
        assertThat(browser.find("main").getText()).contains("Stap 2 van 4");
        axe.check("step 2");

        // Back keeps what was saved.
        browser.clickToNextPage(browser.driver.findElement(By.linkText("Vorige stap")));
        browser.waitForPath("/stap/1");
        assertThat(browser.find("#field-adres").getAttribute("value")).isEqualTo("Dorpsstraat 1");
        assertThat(browser.find("#field-bsn").getAttribute("value")).isEqualTo("111222333");
        browser.submitMainForm();
        browser.waitForPath("/stap/2");
        browser.choose("namens", "zelf");
        browser.submitMainForm();
        browser.waitForPath("/stap/3");
        axe.check("step 3");

        // Stop half way, log out, log in again: the draft is in Mijn aanvragen.
        browser.clickToNextPage(browser.find("header form[action='/auth/logout'] button"));
        browser.waitForPath("/");
        browser.driver.get(platform.url() + "/mijn-aanvragen");
        browser.chooseIdentity("Jan Bakker");
        browser.waitForPath("/mijn-aanvragen");
        assertThat(browser.find("main").getText()).contains("Nog niet verstuurd")
                .contains("Melding: hulp of ondersteuning thuis (Wmo)");
        axe.check("mijn aanvragen with a draft");
        browser.screenshot("mijn-aanvragen-concept");
        browser.clickToNextPage(browser.find("a[href='" + draft + "/stap/3']"));

        browser.waitForPath("/stap/3");
        browser.submitMainForm();
        assertThat(browser.find("[role=alert]").getText()).contains("Vertel over uw situatie");
        axe.check("step 3 with an error");
        browser.choose("hulpvragen", "huishouden");
        browser.type("situatie", "Ik kan niet meer stofzuigen.");
        browser.choose("spoed", "nee");
        browser.submitMainForm();
        browser.waitForPath("/stap/4");
        assertThat(browser.find("main").getText()).contains("Stap 4 van 4");
        axe.check("step 4");
        browser.choose("clientondersteuning", "ja");
        browser.find("#field-akkoord").click();
        browser.submitMainForm();

        browser.waitForPath("/controleren");
        assertThat(browser.find("h1").getText()).isEqualTo("Controleer uw antwoorden");
        assertThat(browser.find("main").getText()).contains("12 maart 1948").contains("Het huishouden, zoals schoonmaken of de was")
                .contains("Voor mijzelf").doesNotContain("1948-03-12");
        assertThat(browser.driver.findElements(By.linkText("Wijzigen"))).hasSize(4);
        axe.check("check your answers");
        browser.screenshot("melding-controleren");

        // Change one part: after saving it the check page comes back with the new answer.
        browser.clickToNextPage(browser.find("a[href='" + draft + "/stap/3']"));
        browser.waitForPath("/stap/3");
        assertThat(browser.find("#field-situatie").getAttribute("value")).isEqualTo("Ik kan niet meer stofzuigen.");
        browser.type("situatie", "Ik kan niet meer stofzuigen en niet meer koken.");
        browser.submitMainForm();
        browser.waitForPath("/controleren");
        assertThat(browser.find("main").getText()).contains("Ik kan niet meer stofzuigen en niet meer koken.");

        browser.submitMainForm();
        assertThat(browser.find("[role=status]").getText()).contains("Uw zaaknummer is WMO-");
        assertThat(browser.find("main").getText()).contains("en niet meer koken");
        browser.driver.get(platform.url() + "/mijn-aanvragen");
        assertThat(browser.driver.findElements(By.cssSelector("a[href^='" + draft + "']"))).isEmpty();

        axe.assertNoPageHadViolations();
    }


}
