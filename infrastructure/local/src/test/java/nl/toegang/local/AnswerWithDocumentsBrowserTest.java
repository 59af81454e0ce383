package nl.toegang.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Jan answers the municipality's question with documents in a real browser: a program named .pdf is
 * refused with its reason under the file field, the PDF sent with it is kept and listed, his text
 * stays; the case worker then finds the PDF on the case file. axe-core checks each page at both widths.
 */
class AnswerWithDocumentsBrowserTest {

    static final String QUESTION = "Stuur ons de brief van uw huisarts.";

    static HeadlessChromium browser;
    static final LocalPlatform platform = RunningPlatform.get();
    static final ApiClient jan = new ApiClient(platform, "jan");
    static final ApiClient sanne = new ApiClient(platform, "sanne");
    static String caseId;
    static Path pdf;
    static Path exe;

    final AxeAtBothWidths axe = new AxeAtBothWidths(browser);

    @BeforeAll
    static void aCaseWithAnOpenQuestion() throws IOException {
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
        Path folder = Files.createTempDirectory("toegang-upload");
        pdf = Files.write(folder.resolve("huisarts.pdf"), DocumentsAndDefaultNoticeEndToEndTest.PDF);
        exe = Files.write(folder.resolve("factuur.pdf"), DocumentsAndDefaultNoticeEndToEndTest.EXE);
        browser = new HeadlessChromium();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aRefusedFileIsNamedAndTheOtherIsKept() {
        String path = "/mijn-aanvragen/" + caseId;
        browser.driver.get(platform.url() + path);
        browser.chooseIdentity("Jan Bakker");
        browser.waitForPath(path);
        assertThat(browser.find(".open-question").getText()).contains(QUESTION, "Documenten bij uw antwoord", "PDF, JPG of PNG");

        browser.driver.findElement(By.cssSelector(".open-question textarea")).sendKeys("Hier is de brief.");
        browser.driver.findElement(By.cssSelector(".open-question input[type=file]"))
                .sendKeys(pdf.toAbsolutePath() + "\n" + exe.toAbsolutePath());
        browser.clickToNextPage(browser.find(".open-question button[type=submit]"));

        String question = browser.find(".open-question").getText();
        assertThat(question).contains("factuur.pdf: dit soort bestand kunnen wij niet openen. Stuur een PDF, JPG of PNG.",
                "huisarts.pdf");
        assertThat(browser.driver.findElement(By.cssSelector(".open-question textarea")).getAttribute("value"))
                .isEqualTo("Hier is de brief.");
        browser.screenshot("antwoord-met-document-geweigerd");
        axe.check("answer with a refused document");

        browser.clickToNextPage(browser.find(".open-question button[type=submit]"));
        assertThat(browser.driver.findElements(By.cssSelector(".open-question"))).isEmpty();
        axe.check("case page after the answer with a document");
        axe.assertNoPageHadViolations();

        assertThat(sanne.page("/werk/zaken/" + caseId)).contains("Documenten van de inwoner", "huisarts.pdf")
                .doesNotContain("factuur.pdf");
    }
}
