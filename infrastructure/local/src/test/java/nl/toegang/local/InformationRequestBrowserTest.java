package nl.toegang.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Jan answers the municipality's question on his case page in a real browser: he reads when he gets
 * a decision, the question and its last day in words, is told in words when he sends nothing, and
 * after answering sees the question gone and his answer in the history. axe-core checks each page
 * at desktop and phone width. The case worker's side of the same clock is on the case file.
 */
class InformationRequestBrowserTest {

    static final String QUESTION = "Stuur ons de brief van uw huisarts over uw rug.";

    static HeadlessChromium browser;
    static final LocalPlatform platform = RunningPlatform.get();
    static final ApiClient jan = new ApiClient(platform, "jan");
    static final ApiClient sanne = new ApiClient(platform, "sanne");
    static String caseId;

    final AxeAtBothWidths axe = new AxeAtBothWidths(browser);

    @BeforeAll
    static void aCaseWithAnOpenQuestion() {
        caseId = CaseSteps.submitMelding(jan, EndToEndTest.MELDING);
        CaseSteps.toAwaitingApplication(jan, sanne, caseId);
        var applied = jan.post("/api/cases/" + caseId + "/application", """
            {"values": {"akkoordVerslag": "ja", "leveringsvormVoorkeur": "natura", "ondertekening": true}}""");
        assertThat(applied.status()).as(applied.text()).isEqualTo(202);
        ApiClient.eventually("the decision term of " + caseId, () -> sanne.get("/api/case-files/" + caseId + "/clock"),
                r -> r.status() == 200);
        var asked = sanne.post("/api/case-files/" + caseId + "/clock/information-requests", """
            {"question": "%s", "answerWithin": "P2W"}""".formatted(QUESTION));
        assertThat(asked.status()).as(asked.text()).isEqualTo(201);
        browser = new HeadlessChromium();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void janAnswersTheQuestionOnHisCasePage() {
        String path = "/mijn-aanvragen/" + caseId;
        browser.driver.get(platform.url() + path);
        browser.chooseIdentity("Jan Bakker");
        browser.waitForPath(path);

        String section = browser.find(".resident-deadline").getText();
        assertThat(section).contains("Wanneer krijgt u een besluit?", "Uiterlijk op", QUESTION, "Antwoord uiterlijk op",
                "staat de termijn stil");
        assertThat(section).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}").doesNotContain("IR-");
        browser.screenshot("vraag-om-informatie");
        axe.check("case page with an open question");

        browser.clickToNextPage(browser.find(".open-question button[type=submit]"));
        assertThat(browser.find("[role=alert]").getText()).contains("Schrijf uw antwoord.");
        assertThat(browser.find(".open-question").getText()).contains(QUESTION);
        axe.check("case page with a refused answer");

        browser.driver.findElement(By.cssSelector(".open-question textarea")).sendKeys("De brief komt morgen met de post.");
        browser.clickToNextPage(browser.find(".open-question button[type=submit]"));
        assertThat(browser.driver.findElements(By.cssSelector(".open-question"))).isEmpty();
        assertThat(browser.find("main").getText()).contains("Wij hebben uw antwoord ontvangen.", "Uiterlijk op");
        axe.check("case page after the answer");
        axe.assertNoPageHadViolations();
    }
}
