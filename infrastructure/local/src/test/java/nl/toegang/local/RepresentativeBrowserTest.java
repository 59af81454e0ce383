package nl.toegang.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * People who ask for someone else, in a real browser: a daughter sends a melding for her mother,
 * who then finds it on her own page; the loket registers a phone call for a resident. Every page
 * is checked with axe at desktop and phone width.
 */
class RepresentativeBrowserTest {

    static HeadlessChromium browser;
    static AxeAtBothWidths axe;
    static final LocalPlatform platform = RunningPlatform.get();

    @BeforeAll
    static void openBrowser() {
        browser = new HeadlessChromium();
        axe = new AxeAtBothWidths(browser);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void petraSendsAMeldingForHerMotherAndGreetSeesItWhenSheLogsIn() {
        browser.driver.get(platform.url() + "/formulieren/wmo-melding");
        browser.chooseIdentity("Petra de Wit");
        browser.waitForPath("/formulieren/wmo-melding");
        assertThat(browser.find("h1").getText()).isEqualTo("Voor wie vraagt u hulp?");
        assertThat(browser.find("main").getText()).contains("Voor mijzelf").contains("Greet de Wit (u bent mantelzorger met machtiging)")
                .doesNotContain("mantelzorger-machtiging").doesNotContain("999991024");
        axe.check("voor wie");

        browser.submitMainForm();
        assertThat(browser.find("[role=alert]").getText()).contains("Kies voor wie u hulp vraagt.");
        browser.choose("voor", "999991024");
        browser.submitMainForm();
        // The first step is shown at the form's address, filled in for the person chosen.
        browser.waitForPath("/formulieren/wmo-melding");
        assertThat(browser.find("#field-bsn").getAttribute("value")).isEqualTo("999991024");
        assertThat(browser.find("#field-voornaam").getAttribute("value")).isEqualTo("Greet");
        fillPersonalDetails();
        browser.submitMainForm();
        browser.waitForPath("/stap/2");
        assertThat(browser.find("input[name='namens'][value='iemand-anders']").isSelected()).isTrue();
        assertThat(browser.find("#field-namensNaam").getAttribute("value")).isEqualTo("Petra de Wit");
        browser.submitMainForm();
        answerTheQuestionAndSend();

        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(15))
                .until(d -> URI.create(d.getCurrentUrl()).getPath().startsWith("/mijn-aanvragen/WMO-"));
        String caseId = caseIdInUrl();
        assertThat(browser.find("[role=status]").getText()).contains(caseId);
        browser.driver.get(platform.url() + "/mijn-aanvragen");
        assertThat(browser.find("main").getText()).contains(caseId).contains("Greet de Wit");
        axe.check("mijn aanvragen van een vertegenwoordiger");
        signOut();

        browser.driver.get(platform.url() + "/mijn-aanvragen");
        browser.chooseIdentity("Greet de Wit");
        browser.waitForPath("/mijn-aanvragen");
        assertThat(browser.find("main").getText()).contains(caseId).contains("Uzelf");
        browser.clickToNextPage(browser.driver.findElement(By.linkText(caseId)));
        assertThat(browser.find("main").getText()).contains("Melding verstuurd door Petra de Wit (mantelzorger met machtiging)");
        axe.check("de zaak van de persoon om wie het gaat");
        browser.screenshot("vertegenwoordiger-zaak-van-greet");
        signOut();
        axe.assertNoPageHadViolations();
    }

    @Test
    void theLoketRegistersAPhoneCallAndTheResidentFindsIt() {
        browser.driver.get(platform.url() + "/werk/start");
        browser.chooseIdentity("Noor Yilmaz");
        browser.waitForPath("/werk/start");
        // Loket staff find the registration on their start page, not only by its address.
        browser.clickToNextPage(browser.driver.findElement(By.linkText("Een melding registreren voor een inwoner")));
        browser.waitForPath("/werk/melding-registreren");
        axe.check("melding registreren: formulier kiezen");
        browser.clickToNextPage(browser.driver.findElement(By.cssSelector("main a.utrecht-link[href$='/wmo-melding']")));

        browser.type("voornaam", "Jan");
        browser.type("achternaam", "Bakker");
        browser.type("bsn", "111222333");
        fillPersonalDetails();
        browser.choose("namens", "zelf");
        browser.choose("hulpvragen", "huishouden");
        browser.type("situatie", "Belde: kan niet meer stofzuigen.");
        browser.choose("spoed", "nee");
        browser.choose("clientondersteuning", "nee");
        browser.find("#field-akkoord").click();
        browser.submitMainForm();

        assertThat(browser.find("[role=alert]").getText()).contains("Kies hoe de vraag binnenkwam.");
        assertThat(browser.find("#field-situatie").getText()).isEqualTo("Belde: kan niet meer stofzuigen.");
        axe.check("melding registreren met een fout");
        browser.choose("kanaal", "telefoon");
        browser.submitMainForm();

        String done = browser.find("main").getText();
        assertThat(done).contains("Het zaaknummer is WMO-").contains("De melding gaat over Jan Bakker");
        String caseId = done.replaceAll("(?s).*Het zaaknummer is (WMO-[0-9A-Z-]+)\\..*", "$1");
        axe.check("melding geregistreerd");
        browser.screenshot("loket-melding-geregistreerd");
        signOut();

        browser.driver.get(platform.url() + "/mijn-aanvragen/" + caseId);
        browser.chooseIdentity("Jan Bakker");
        browser.waitForPath("/mijn-aanvragen/" + caseId);
        assertThat(browser.find("main").getText()).contains("Melding opgenomen door het loket (aan de telefoon)");
        signOut();
        axe.assertNoPageHadViolations();
    }

    private static void fillPersonalDetails() {
        // the test sets the date input directly; typing into it depends on the browser's locale
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value='1942-05-01'",
                browser.find("#field-geboortedatum"));
        browser.type("adres", "Kerkweg 4");
        browser.type("postcode", "1431 AB");
        browser.type("woonplaats", "Aalsmeer");
        browser.type("telefoon", "0297123456");
    }

    private static void answerTheQuestionAndSend() {
        browser.waitForPath("/stap/3");
        browser.choose("hulpvragen", "huishouden");
        browser.type("situatie", "Mijn moeder kan het huis niet meer schoonhouden.");
        browser.choose("spoed", "nee");
        browser.submitMainForm();
        browser.waitForPath("/stap/4");
        browser.choose("clientondersteuning", "nee");
        browser.find("#field-akkoord").click();
        browser.submitMainForm();
        browser.waitForPath("/controleren");
        browser.submitMainForm();
    }

    private static String caseIdInUrl() {
        String path = URI.create(browser.driver.getCurrentUrl()).getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static void signOut() {
        browser.driver.get(platform.url() + "/");
        // Cookies belong to the host, not the port: this also ends the session at the identity provider.
        browser.driver.manage().deleteAllCookies();
    }
}
