package nl.toegang.local;

import static nl.toegang.local.ApiClient.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** A case worker in a real browser: inbox, pick up a task, fill in its form, see the next task. */
class CaseWorkerBrowserTest {

    static HeadlessChromium browser;
    final LocalPlatform platform = RunningPlatform.get();

    @BeforeAll
    static void openBrowser() {
        browser = new HeadlessChromium();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void aCaseWorkerPicksUpAndCompletesATaskFromTheInbox() {
        ApiClient jan = new ApiClient(platform, "jan");
        String caseId = jan.post("/api/cases", EndToEndTest.MELDING, UUID.randomUUID().toString()).json().get("caseId").asText();
        ApiClient fatima = new ApiClient(platform, "fatima");
        eventually("the task in the inbox", () -> fatima.get("/api/tasks").json().findValuesAsText("caseId"),
                ids -> ids.contains(caseId));

        browser.driver.get(platform.url() + "/werk");
        browser.chooseIdentity("Fatima El Amrani");
        browser.waitForPath("/werk");
        assertThat(browser.find("h1").getText()).isEqualTo("Werkbak");
        browser.clickToNextPage(browser.driver.findElement(By.xpath("//tr[td/a[text()='" + caseId + "']]//a[contains(@href, '/werk/taken/')]")));
        assertThat(browser.find("h1").getText()).isEqualTo("Gesprek plannen");
        assertThat(browser.find("main").getText()).contains("Dorpsstraat 1");

        browser.clickToNextPage(browser.find("form[action$='/oppakken'] button"));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value='2026-12-01'", browser.find("#field-gesprekDatum"));
        browser.choose("clientondersteunerAanwezig", "ja");
        browser.submitMainForm();
        assertThat(browser.find("#field-gesprekLocatie").getAttribute("aria-invalid")).isEqualTo("true");
        browser.screenshot("taak-fout");

        browser.type("gesprekLocatie", "Bij Jan thuis");
        browser.submitMainForm();
        assertThat(browser.find("[role=status]").getText()).contains("De taak is afgerond");

        String next = eventually("the next task", () -> {
            browser.driver.navigate().refresh();
            return browser.driver.findElements(By.xpath("//tr[td/a[text()='" + caseId + "']]//a[contains(@href, '/werk/taken/')]")).stream()
                    .map(a -> a.getText()).findFirst().orElse(null);
        }, name -> true);
        assertThat(next).isEqualTo("Verslag vastleggen");
        browser.screenshot("werkbak");
    }
}
