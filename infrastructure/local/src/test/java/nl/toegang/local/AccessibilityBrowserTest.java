package nl.toegang.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every page as residents, case workers and administrators meet it, error states included, checked
 * by axe-core at desktop and at phone width: no WCAG 2.1 A/AA violation anywhere. A test visits all
 * its pages and then lists every violation it found, so one run shows all that needs fixing.
 */
class AccessibilityBrowserTest {

    static final Dimension DESKTOP = AxeAtBothWidths.DESKTOP;
    static final Dimension PHONE = AxeAtBothWidths.PHONE;

    static HeadlessChromium browser;
    static final LocalPlatform platform = RunningPlatform.get();
    static final ApiClient jan = new ApiClient(platform, "jan");
    static final ApiClient sanne = new ApiClient(platform, "sanne");

    static String withOpenTask;
    static String awaitingApplication;
    static String awaitingApproval;
    static String withAdviceLetter;

    final AxeAtBothWidths axe = new AxeAtBothWidths(browser);

    @BeforeAll
    static void prepareCasesAndOpenBrowser() {
        withOpenTask = CaseSteps.submitMelding(jan, EndToEndTest.MELDING);
        awaitingApplication = CaseSteps.submitMelding(jan, EndToEndTest.MELDING);
        awaitingApproval = CaseSteps.submitMelding(jan, EndToEndTest.MELDING);
        withAdviceLetter = CaseSteps.submitMelding(jan, EndToEndTest.MELDING.replace("[\"huishouden\"]", "[\"contact\"]"));
        CaseSteps.toAwaitingApplication(jan, sanne, awaitingApplication);
        CaseSteps.toAwaitingApproval(jan, sanne, awaitingApproval);
        CaseSteps.awaitStatus(jan, withAdviceLetter, "CLOSED_ADVICE");
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
        // Cookies belong to the host, not the port: this also ends the session at the identity provider.
        browser.driver.manage().deleteAllCookies();
    }

    @Test
    void theCheckRunsInsideThePagesContentSecurityPolicyAndReportsWhatItFinds() {
        browser.driver.get(platform.url() + "/");
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        // The page's own policy is in force: a script element added to it does not run ...
        js.executeScript("const s = document.createElement('script'); s.textContent = 'window.ranInPage = true';"
                + " document.body.appendChild(s);");
        assertThat(js.executeScript("return window.ranInPage === true")).isEqualTo(false);
        assertThat(Accessibility.violations(browser.driver)).isEmpty();

        // ... and still axe runs in it and finds a field that has lost its label.
        js.executeScript("const input = document.createElement('input'); input.type = 'text';"
                + " document.querySelector('main').appendChild(input);");
        var found = Accessibility.violations(browser.driver);
        assertThat(found).extracting(Accessibility.Violation::rule).contains("label");
        assertThat(Accessibility.describe(browser.driver, "home with an unlabelled field", found))
                .contains("label (critical): Form elements must have labels", "\n  * input\n",
                        "https://dequeuniversity.com/rules/axe/");
    }

    @Test
    void everyPageAResidentSeesHasNoViolations() {
        browser.driver.get(platform.url() + "/");
        axe.check("home, signed out");

        browser.clickToNextPage(browser.driver.findElement(By.linkText("Melding doen")));
        axe.check("login page of the local identity provider");
        browser.chooseIdentity("Jan Bakker");
        browser.waitForPath("/formulieren/wmo-melding");
        axe.check("melding form");

        browser.type("bsn", "123456789");
        browser.submitMainForm();
        assertThat(browser.find("[role=alert]").getText()).contains("Er is een probleem");
        axe.check("melding form with errors");

        browser.driver.get(platform.url() + "/");
        axe.check("home, signed in");
        browser.driver.get(platform.url() + "/mijn-aanvragen");
        axe.check("mijn aanvragen");
        browser.driver.get(platform.url() + "/mijn-aanvragen/" + withOpenTask + "?ontvangen=1");
        assertThat(browser.find("[role=status]").getText()).contains(withOpenTask);
        axe.check("receipt");
        browser.driver.get(platform.url() + "/mijn-aanvragen/" + withAdviceLetter);
        axe.check("case page with a letter");
        browser.driver.get(platform.url() + "/mijn-aanvragen/" + awaitingApplication);
        axe.check("case page waiting for the aanvraag");
        browser.driver.get(platform.url() + "/mijn-aanvragen/" + awaitingApplication + "/aanvraag");
        axe.check("aanvraag form");
        browser.submitMainForm();
        assertThat(browser.find("[role=alert]").getText()).contains("Er is een probleem");
        axe.check("aanvraag form with errors");
        browser.driver.get(platform.url() + "/beheer");
        assertThat(browser.find("h1").getText()).isNotBlank();
        axe.check("error page (beheer is not for residents)");

        axe.assertNoPageHadViolations();
    }

    @Test
    void everyPageACaseWorkerSeesHasNoViolations() {
        signInAs("Sanne de Vries", "/werk");
        axe.check("werkbak");

        browser.driver.get(platform.url() + "/werk/taken/" + CaseSteps.openTask(sanne, withOpenTask, "gesprekPlannen")
                .get("taskId").asText());
        axe.check("task page, not yet picked up");
        browser.clickToNextPage(browser.find("form[action$='/oppakken'] button"));
        axe.check("task page with its form");
        browser.submitMainForm();
        assertThat(browser.find("[role=alert]").getText()).contains("Er is een probleem");
        axe.check("task form with errors");

        browser.driver.get(platform.url() + "/werk/zaken/" + withOpenTask);
        axe.check("case file");
        browser.driver.get(platform.url() + "/werk/zaken/" + awaitingApplication);
        axe.check("case file with the aanvraag form");
        browser.driver.get(platform.url() + "/werk/zaken/WMO-0000-00000");
        assertThat(browser.find("h1").getText()).isNotBlank();
        axe.check("error page (case not found)");
        browser.driver.get(platform.url() + "/werk/bestaat-niet");
        assertThat(browser.find("h1").getText()).isNotBlank();
        axe.check("error page (no such address)");

        // Sanne drafted this beschikking, so she may not approve it herself.
        browser.driver.get(platform.url() + "/werk/taken/" + CaseSteps.openTask(sanne, awaitingApproval, "beschikkingGoedkeuren")
                .get("taskId").asText());
        browser.clickToNextPage(browser.find("form[action$='/oppakken'] button"));
        assertThat(browser.find("main").getText()).contains("Vier ogen");
        axe.check("four-eyes refusal");

        axe.assertNoPageHadViolations();
    }

    @Test
    void everyPageAnAdministratorSeesHasNoViolations() throws IOException {
        signInAs("Bram Visser", "/beheer");
        axe.check("beheer");

        Path broken = Files.createTempFile("kapot", ".bpmn");
        Files.writeString(broken, "dit is geen BPMN");
        browser.find("#files").sendKeys(broken.toAbsolutePath().toString());
        browser.submitMainForm();
        assertThat(browser.find("[role=alert]").isDisplayed()).isTrue();
        axe.check("beheer, upload refused");

        axe.assertNoPageHadViolations();
    }

    private void signInAs(String personaName, String path) {
        browser.driver.get(platform.url() + path);
        browser.chooseIdentity(personaName);
        browser.waitForPath(path);
    }


}
