package nl.toegang.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The case worker's dossier in a real browser: a case waiting for the approval of its beschikking
 * shows every piece in order, the approver reads the draft and the verslag above their form, and a
 * note is refused with its text kept, then stored, shown and recorded, never shown to the resident.
 * axe-core checks each screen at desktop and phone width.
 */
class DossierBrowserTest {

    static final Dimension DESKTOP = AxeAtBothWidths.DESKTOP;
    static final Dimension PHONE = AxeAtBothWidths.PHONE;

    static HeadlessChromium browser;
    static final LocalPlatform platform = RunningPlatform.get();
    static final ApiClient jan = new ApiClient(platform, "jan");
    static final ApiClient sanne = new ApiClient(platform, "sanne");
    static final ApiClient daan = new ApiClient(platform, "daan");
    static String awaitingApproval;

    final AxeAtBothWidths axe = new AxeAtBothWidths(browser);

    @BeforeAll
    static void prepareCaseAndOpenBrowser() {
        awaitingApproval = CaseSteps.submitMelding(jan, EndToEndTest.MELDING);
        CaseSteps.toAwaitingApproval(jan, sanne, awaitingApproval);
        CaseSteps.openTask(daan, awaitingApproval, "beschikkingGoedkeuren");
        browser = new HeadlessChromium();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void signedInAsDaan() {
        browser.driver.get(platform.url() + "/");
        browser.driver.manage().deleteAllCookies();
        browser.driver.manage().window().setSize(DESKTOP);
        browser.driver.get(platform.url() + "/werk");
        browser.chooseIdentity("Daan Jansen");
        browser.waitForPath("/werk");
    }

    @Test
    void theDossierShowsMeldingVerslagAanvraagAndDraftInOrder() {
        browser.driver.get(platform.url() + "/werk/zaken/" + awaitingApproval);

        assertThat(browser.find("h1").getText()).isEqualTo("Dossier " + awaitingApproval);
        assertThat(browser.find("nav.dossier-contents").getText()).containsSubsequence("Melding", "Gesprek en verslag",
                "Aanvraag", "Concept-beschikkingen", "Beschikking", "Brieven", "Notities", "Taken", "Geschiedenis");
        assertThat(browser.find("main").getText()).containsSubsequence(
                "Ik kan het huis niet meer schoonhouden.",
                "Bij Jan thuis", "Jan kan niet meer stofzuigen en dweilen. Zijn dochter woont ver weg.",
                "Zorg in natura: de gemeente regelt een zorgaanbieder",
                "Concept 1", "Huishoudelijke hulp", "Jan kan het huishouden niet zelf doen en heeft geen netwerk dat kan helpen.",
                "Wacht op goedkeuring door een collega.",
                "Geschiedenis", "Jan Bakker heeft de melding verstuurd.");
        assertThat(browser.find("main").getText()).doesNotContain("huishoudelijke-hulp", "AWAITING_APPLICATION", "DECISION",
                "beschikkingOpstellen").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");

        // The contents link within the page: the drafts' heading scrolls into view.
        browser.find("a[href='#dossier-concepten']").click();
        assertThat(browser.driver.getCurrentUrl()).endsWith("#dossier-concepten");
        assertThat((Boolean) ((JavascriptExecutor) browser.driver).executeScript(
                "const r = document.getElementById('dossier-concepten').getBoundingClientRect();"
                        + " return r.top >= 0 && r.top < window.innerHeight;"))
                .as("the drafts' heading in view: %s", ((JavascriptExecutor) browser.driver).executeScript(
                        "const r = document.getElementById('dossier-concepten').getBoundingClientRect();"
                                + " return r.top + '..' + r.bottom + ' of ' + window.innerHeight;"))
                .isTrue();
        browser.screenshot("dossier");
        axe.check("dossier of a case awaiting approval");
        axe.assertNoPageHadViolations();
    }

    @Test
    void theApproverSeesTheDraftAndTheVerslagAboveTheApprovalForm() {
        String taskId = CaseSteps.openTask(daan, awaitingApproval, "beschikkingGoedkeuren").get("taskId").asText();
        browser.driver.get(platform.url() + "/werk/taken/" + taskId);
        assertThat(browser.find("h1").getText()).isEqualTo("Beschikking goedkeuren");
        assertThat(browser.find("section.review").getText()).containsSubsequence("Wat u goedkeurt", "Concept-beschikking",
                "Huishoudelijke hulp", "3 uur per week", "Jan kan het huishouden niet zelf doen en heeft geen netwerk dat kan helpen.",
                "Verslag van het gesprek", "Bij Jan thuis", "Jan kan niet meer stofzuigen en dweilen.");
        axe.check("approval task page, not yet picked up");

        browser.clickToNextPage(browser.find("form[action$='/oppakken'] button"));
        WebElement review = browser.find("section.review");
        WebElement form = browser.find("form[action='/werk/taken/" + taskId + "']");
        assertThat(review.getLocation().getY()).as("the review is above the approval form").isLessThan(form.getLocation().getY());
        assertThat(review.getText()).contains("Jan kan het huishouden niet zelf doen en heeft geen netwerk dat kan helpen.");
        browser.screenshot("beschikking-goedkeuren");
        axe.check("approval task page with the approval form");

        browser.clickToNextPage(browser.find("form[action$='/teruggeven'] button"));
        axe.assertNoPageHadViolations();
    }

    @Test
    void aNoteIsRefusedWithItsTextKeptThenStoredShownAndRecordedButNeverShownToTheResident() {
        browser.driver.get(platform.url() + "/werk/zaken/" + awaitingApproval);
        saveNote();
        assertThat(browser.find("[role=alert]").getText()).contains("Er is een probleem", "Vul \"Notitie\" in.");
        assertThat(browser.find("#field-notitie").getAttribute("aria-invalid")).isEqualTo("true");
        axe.check("dossier, empty note refused");

        String tooLong = "De dochter belde over de planning. ".repeat(60);
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1]", browser.find("#field-notitie"),
                tooLong);
        saveNote();
        assertThat(browser.find("[role=alert]").getText()).contains("\"Notitie\" mag niet meer dan 2.000 tekens hebben.");
        assertThat(browser.find("#field-notitie").getAttribute("value")).isEqualTo(tooLong.strip());
        browser.screenshot("dossier-notitie-fout");
        axe.check("dossier, note too long");

        browser.find("#field-notitie").clear();
        browser.find("#field-notitie").sendKeys("Dochter belde: zij is bij het huisbezoek.");
        saveNote();
        assertThat(browser.find("[role=status]").getText()).isEqualTo("Uw notitie is opgeslagen.");
        assertThat(browser.find("#dossier-notities + ol").getText())
                .containsPattern("Daan Jansen, \\d{1,2} [a-z]+ \\d{4} om \\d{2}:\\d{2}\\s+Dochter belde: zij is bij het huisbezoek\\.");
        assertThat(browser.find("#dossier-geschiedenis + ol").getText()).contains("Daan Jansen heeft een notitie toegevoegd.");
        assertThat(browser.find("#field-notitie").getAttribute("value")).as("a fresh form for the next note").isEmpty();
        axe.check("dossier with a note");

        assertThat(jan.get("/api/cases/" + awaitingApproval).text()).doesNotContain("huisbezoek", "notitie", "NOTE_ADDED");
        assertThat(jan.page("/mijn-aanvragen/" + awaitingApproval)).contains(awaitingApproval)
                .doesNotContain("huisbezoek", "Notitie", "notitie");
        axe.assertNoPageHadViolations();
    }

    private void saveNote() {
        browser.clickToNextPage(browser.find("form[action$='/notities'] button[type=submit]"));
    }


}
