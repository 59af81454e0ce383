package nl.toegang.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * Jan's case page in a real browser, in Dutch and in English: he reads the verslag before the
 * aanvraag asks whether he agrees with it, confirms a withdrawal on a page of its own (and can go
 * back), and reads his letters as letters, with labels and dates in words. axe-core checks every
 * one of these pages at desktop and at phone width.
 */
class ResidentCasePageBrowserTest {

    static final Dimension DESKTOP = AxeAtBothWidths.DESKTOP;
    static final Dimension PHONE = AxeAtBothWidths.PHONE;

    static HeadlessChromium browser;
    static final LocalPlatform platform = RunningPlatform.get();
    static final ApiClient jan = new ApiClient(platform, "jan");
    static final ApiClient sanne = new ApiClient(platform, "sanne");
    static final ApiClient daan = new ApiClient(platform, "daan");

    static String awaitingApplication;
    static String toWithdraw;
    static String granted;

    final AxeAtBothWidths axe = new AxeAtBothWidths(browser);

    @BeforeAll
    static void prepareCasesAndOpenBrowser() {
        awaitingApplication = CaseSteps.submitMelding(jan, EndToEndTest.MELDING);
        toWithdraw = CaseSteps.submitMelding(jan, EndToEndTest.MELDING);
        granted = CaseSteps.submitMelding(jan, EndToEndTest.MELDING);
        CaseSteps.toAwaitingApplication(jan, sanne, awaitingApplication);
        CaseSteps.toAwaitingApproval(jan, sanne, granted);
        CaseSteps.claimAndComplete(daan, granted, "beschikkingGoedkeuren", "{\"goedgekeurd\": \"ja\"}");
        String assignment = CaseSteps.openTask(daan, granted, "aanbiederToewijzen").get("taskId").asText();
        JsonNode providers = daan.get("/api/tasks/" + assignment).json().get("variables").get("aanbieders");
        CaseSteps.claimAndComplete(daan, granted, "aanbiederToewijzen",
                "{\"aanbieder\": \"" + providers.get(0).get("value").asText() + "\"}");
        CaseSteps.awaitStatus(jan, granted, "SUPPORT_RUNNING");
        CaseSteps.openTask(sanne, toWithdraw, "gesprekPlannen");
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
    void janReadsTheVerslagBeforeTheAanvraagAsksWhetherHeAgrees() {
        signInAsJan("/mijn-aanvragen/" + awaitingApplication);
        WebElement verslag = browser.find("#brief-1");
        assertThat(verslag.getText()).contains("Verslag van uw gesprek met de gemeente", "Datum van het gesprek",
                "1 december 2026", "Bij Jan thuis", "Jan kan niet meer stofzuigen en dweilen.", "Ons advies");
        assertThat(browser.find(".notice a[href='#brief-1']").getText()).isEqualTo("Lees het verslag van uw gesprek.");
        browser.screenshot("case-verslag");
        axe.check("case page with the verslag");

        browser.clickToNextPage(browser.driver.findElement(By.linkText("Aanvraag doen")));
        String main = browser.find("main").getText();
        assertThat(main).contains("Het verslag van uw gesprek", "Jan kan niet meer stofzuigen en dweilen.", "Bij Jan thuis");
        assertThat(main.indexOf("Jan kan niet meer stofzuigen")).isLessThan(main.indexOf("Bent u het eens met het verslag?"));
        browser.screenshot("aanvraag-verslag");
        axe.check("aanvraag page with the verslag");

        browser.submitMainForm();
        assertThat(browser.find("[role=alert]").getText()).contains("Er is een probleem");
        assertThat(browser.find("main").getText()).contains("Jan kan niet meer stofzuigen en dweilen.");
        axe.check("aanvraag page with the verslag and errors");

        browser.driver.get(platform.url() + "/mijn-aanvragen/" + awaitingApplication + "?lang=en");
        assertThat(browser.find("#brief-1").getText()).contains("Report of your conversation with the municipality",
                "Date of the conversation", "1 December 2026", "We advise you to apply");
        axe.check("case page with the verslag, English");
        browser.driver.get(platform.url() + "/mijn-aanvragen/" + awaitingApplication + "/aanvraag");
        assertThat(browser.find("main").getText()).contains("The report of your conversation", "Do you agree with the report?");
        axe.check("aanvraag page with the verslag, English");

        axe.assertNoPageHadViolations();
    }

    @Test
    void withdrawingIsConfirmedOnAPageOfItsOwnAndNoGoesBack() {
        signInAsJan("/mijn-aanvragen/" + toWithdraw);
        String before = browser.find(".case-status").getText();

        browser.clickToNextPage(browser.driver.findElement(By.linkText("Aanvraag intrekken")));
        assertThat(browser.find("h1").getText()).isEqualTo("Weet u zeker dat u uw aanvraag wilt intrekken?");
        assertThat(browser.find("main").getText()).contains("stopt de gemeente met uw aanvraag", "niet meer terugdraaien",
                "opnieuw hulp vragen");
        browser.screenshot("withdraw-question");
        axe.check("withdrawal question");
        browser.driver.get(platform.url() + "/mijn-aanvragen/" + toWithdraw + "/intrekken?lang=en");
        assertThat(browser.find("h1").getText()).isEqualTo("Are you sure you want to withdraw your request?");
        axe.check("withdrawal question, English");
        browser.driver.get(platform.url() + "/mijn-aanvragen/" + toWithdraw + "/intrekken?lang=nl");

        browser.clickToNextPage(browser.driver.findElement(By.linkText("Nee, terug")));
        assertThat(browser.driver.getCurrentUrl()).endsWith("/mijn-aanvragen/" + toWithdraw);
        assertThat(browser.find(".case-status").getText()).isEqualTo(before);
        assertThat(jan.get("/api/cases/" + toWithdraw).json().get("canWithdraw").asBoolean()).isTrue();

        browser.clickToNextPage(browser.driver.findElement(By.linkText("Aanvraag intrekken")));
        browser.clickToNextPage(browser.find("main form button[type=submit]"));
        assertThat(browser.driver.getCurrentUrl()).endsWith("/mijn-aanvragen/" + toWithdraw);
        assertThat(browser.find(".case-status").getText()).isEqualTo("Ingetrokken. U heeft gezegd dat u geen hulp meer wilt.");
        assertThat(browser.driver.findElements(By.linkText("Aanvraag intrekken"))).isEmpty();
        axe.check("withdrawn case");
        CaseSteps.awaitStatus(jan, toWithdraw, "WITHDRAWN");

        axe.assertNoPageHadViolations();
    }

    @Test
    void aLetterReadsAsALetterWithLabelsAndDatesInWords() {
        signInAsJan("/mijn-aanvragen/" + granted);
        WebElement decision = browser.driver.findElements(By.cssSelector("article.letter-sheet")).stream()
                .filter(letter -> letter.getText().startsWith("Besluit over uw aanvraag")).findFirst().orElseThrow();
        assertThat(terms(decision)).containsSubsequence("Datum", "Kenmerk", "Afzender", "Product", "Leveringsvorm",
                "Ingangsdatum", "Einddatum");
        assertThat(decision.getText()).contains(granted, "Gemeente Voorbeeld", "Huishoudelijke hulp", "Zorg in natura",
                "1 januari 2027", "31 december 2027", "Jan kan het huishouden niet zelf doen")
                .doesNotContain("huishoudelijke-hulp", "2027-01-01", "2027-12-31");
        WebElement provider = browser.driver.findElements(By.cssSelector("article.letter-sheet")).stream()
                .filter(letter -> letter.getText().startsWith("Wie gaat u helpen?")).findFirst().orElseThrow();
        assertThat(terms(provider)).contains("Aanbieder");
        assertThat(provider.getText()).doesNotContain("thuiszorg-");
        assertThat(browser.find("main").getText()).doesNotContain("SUPPORT_RUNNING", "CLOSED_GRANTED", "ASSIGNMENT", "DECISION", "T00:00");
        browser.screenshot("case-letters");
        axe.check("case page with letters");

        browser.driver.get(platform.url() + "/mijn-aanvragen/" + granted + "?lang=en");
        assertThat(browser.find("main").getText()).contains("Decision on your application", "Household help",
                "1 January 2027", "Reference", "Sent by").doesNotContain("huishoudelijke-hulp", "2027-01-01");
        axe.check("case page with letters, English");

        axe.assertNoPageHadViolations();
    }

    private static List<String> terms(WebElement letter) {
        return letter.findElements(By.cssSelector("dt")).stream().map(WebElement::getText).toList();
    }

    private void signInAsJan(String path) {
        browser.driver.get(platform.url() + path);
        browser.chooseIdentity("Jan Bakker");
        browser.waitForPath(path);
    }


}
