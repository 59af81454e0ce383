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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Case workers and a team lead in a real browser: staff land on their own start page, the werkbak
 * shows who each task is for and when it is due, filters and sorting stay in the URL, a team lead
 * gives a task to a colleague who then finds it under "Mijn taken" and hands it back. Each screen
 * is checked by axe-core at desktop and phone width, error states included.
 */
class WerkbakBrowserTest {

    static final Dimension DESKTOP = AxeAtBothWidths.DESKTOP;
    static final Dimension PHONE = AxeAtBothWidths.PHONE;

    static HeadlessChromium browser;
    static final LocalPlatform platform = RunningPlatform.get();

    final AxeAtBothWidths axe = new AxeAtBothWidths(browser);

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

    @Test
    void aTeamLeadGivesATaskToAColleagueWhoFindsItInHerTasksAndHandsItBack() {
        ApiClient jan = new ApiClient(platform, "jan");
        String caseId = CaseSteps.submitMelding(jan, EndToEndTest.MELDING);
        String urgent = CaseSteps.submitMelding(jan, EndToEndTest.MELDING.replace("\"spoed\": \"nee\"", "\"spoed\": \"ja\""));
        CaseSteps.openTask(new ApiClient(platform, "daan"), caseId, "gesprekPlannen");
        CaseSteps.openTask(new ApiClient(platform, "fatima"), urgent, "spoedBeoordelen");

        signInFromTheHomePage("Sanne de Vries");
        assertThat(browser.find("h1").getText()).isEqualTo("Mijn werk");
        assertThat(browser.find("main").getText()).contains("Welkom, Sanne de Vries.", "Open taken van uw teams:");
        axe.check("start page");
        desktopScreenshot("startpagina-medewerker");

        browser.clickToNextPage(browser.driver.findElement(By.linkText("Naar de werkbak")));
        assertThat(browser.find("h1").getText()).isEqualTo("Werkbak");
        assertThat(browser.driver.findElements(By.cssSelector("th")).stream().map(th -> th.getAttribute("textContent")).toList())
                .containsExactly("Cliënt", "Zaak", "Taak", "Ontvangen", "Uiterlijk", "Spoed", "Opgepakt door", "Wat kunt u doen");
        WebElement row = rowOf(caseId);
        assertThat(row.getText()).contains("Jan Bakker", "Gesprek plannen", "Nog niemand").containsPattern("nog 4[12] dagen");
        assertThat(row.findElement(By.linkText(caseId)).getAttribute("href")).endsWith("/werk/zaken/" + caseId);

        new Select(browser.find("#filter-taak")).selectByVisibleText("Gesprek plannen");
        new Select(browser.find("#filter-termijn")).selectByVisibleText("Op tijd");
        browser.clickToNextPage(browser.driver.findElement(By.xpath("//button[text()='Filters toepassen']")));
        assertThat(query()).contains("taak=gesprekPlannen", "termijn=op-tijd");
        assertThat(rowOf(caseId).getText()).contains("Jan Bakker");
        axe.check("werkbak with filters");

        browser.clickToNextPage(browser.driver.findElement(By.linkText("Naam van de cliënt")));
        assertThat(query()).contains("taak=gesprekPlannen", "termijn=op-tijd", "sorteer=client");
        assertThat(browser.driver.findElement(By.linkText("Naam van de cliënt")).getAttribute("aria-current")).isEqualTo("page");
        assertThat(new Select(browser.find("#filter-termijn")).getFirstSelectedOption().getText()).isEqualTo("Op tijd");
        desktopScreenshot("werkbak-filters");

        browser.clickToNextPage(browser.driver.findElement(By.linkText("Mijn taken")));
        assertThat(query()).contains("weergave=mijn", "sorteer=client");
        assertThat(rowsOf(caseId)).isEmpty();
        signOut();

        signInFromTheHomePage("Fatima El Amrani");
        assertThat(browser.find("main").getText()).contains("U bent teamleider.");
        axe.check("start page of a team lead");
        browser.clickToNextPage(browser.driver.findElement(By.linkText("Naar de werkbak")));
        WebElement urgentRow = rowOf(urgent);
        assertThat(urgentRow.getText()).contains("Spoedmelding beoordelen", "Spoed");
        assertThat(urgentRow.findElement(By.cssSelector(".due--soon")).getText()).startsWith("Let op:");

        browser.clickToNextPage(rowOf(caseId).findElement(By.partialLinkText("Toewijzen")));
        assertThat(browser.find("h1").getText()).isEqualTo("Taak toewijzen: Gesprek plannen");
        browser.submitMainForm();
        assertThat(browser.find("[role=alert]").getText()).contains("Kies een collega uit het team van deze taak.");
        assertThat(browser.find("#field-assignee").getAttribute("aria-invalid")).isEqualTo("true");
        axe.check("assign page with an error");
        desktopScreenshot("toewijzen-fout");

        new Select(browser.find("#field-assignee")).selectByVisibleText("Sanne de Vries");
        browser.submitMainForm();
        assertThat(browser.find("[role=status]").getText()).isEqualTo("U heeft 'Gesprek plannen' gegeven aan Sanne de Vries.");
        assertThat(rowOf(caseId).getText()).contains("Sanne de Vries");
        signOut();

        signInFromTheHomePage("Sanne de Vries");
        browser.clickToNextPage(browser.driver.findElement(By.linkText("Naar de werkbak")));
        browser.clickToNextPage(browser.driver.findElement(By.linkText("Mijn taken")));
        WebElement mine = rowOf(caseId);
        assertThat(mine.getText()).contains("Jan Bakker", "Sanne de Vries");
        browser.clickToNextPage(mine.findElement(By.xpath(".//button[starts-with(., 'Teruggeven')]")));
        assertThat(browser.find("[role=status]").getText()).isEqualTo("U heeft de taak teruggegeven aan het team.");
        assertThat(query()).contains("weergave=mijn");
        assertThat(rowsOf(caseId)).isEmpty();
        signOut();

        axe.assertNoPageHadViolations();
    }

    private static void desktopScreenshot(String name) {
        browser.driver.manage().window().setSize(DESKTOP);
        browser.screenshot(name);
    }

    private static String query() {
        String q = URI.create(browser.driver.getCurrentUrl()).getQuery();
        return q == null ? "" : q;
    }

    private static List<WebElement> rowsOf(String caseId) {
        browser.driver.manage().timeouts().implicitlyWait(java.time.Duration.ZERO);
        try {
            return browser.driver.findElements(By.xpath("//tr[td/a[text()='" + caseId + "']]"));
        } finally {
            browser.driver.manage().timeouts().implicitlyWait(java.time.Duration.ofSeconds(5));
        }
    }

    private static WebElement rowOf(String caseId) {
        return browser.driver.findElement(By.xpath("//tr[td/a[text()='" + caseId + "']]"));
    }

    private static void signInFromTheHomePage(String personaName) {
        browser.driver.get(platform.url() + "/");
        browser.clickToNextPage(browser.driver.findElement(By.linkText("Inloggen")));
        browser.chooseIdentity(personaName);
        browser.waitForPath("/werk/start");
    }

    private static void signOut() {
        browser.driver.get(platform.url() + "/");
        // Cookies belong to the host, not the port: this also ends the session at the identity provider.
        browser.driver.manage().deleteAllCookies();
    }


}
