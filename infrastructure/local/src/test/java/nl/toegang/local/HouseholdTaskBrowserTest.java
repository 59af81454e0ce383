package nl.toegang.local;

import static nl.toegang.local.ApiClient.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import nl.toegang.core.tasks.TaskRepository;
import nl.toegang.core.tasks.TaskStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The review of a household's plan in a real browser: on the review date Sanne finds "Plan
 * evalueren" in the werkbak, opens it, reads the household and its plan on the task page, picks it
 * up, forgets the findings once and then completes it. Every page is checked with axe at desktop
 * and phone width.
 */
class HouseholdTaskBrowserTest {

    static HeadlessChromium browser;
    static AxeAtBothWidths axe;
    static final LocalPlatform platform = RunningPlatform.get();

    @BeforeAll
    static void openBrowser() {
        HouseholdFixture.forgetHoekstra(RunningPlatform.get());
        browser = new HeadlessChromium();
        axe = new AxeAtBothWidths(browser);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void theCoordinatorOpensTheReviewFromTheWerkbakAndCompletesIt() {
        ApiClient sanne = new ApiClient(platform, "sanne");
        String id = HouseholdFixture.hoekstra(platform).householdId();
        String goal = "Mirjam heeft overzicht over de schulden " + System.nanoTime() % 1000;
        int version = sanne.get("/api/households/" + id + "/plan").json().get("version").asInt();
        var put = sanne.put("/api/households/" + id + "/plan", """
            {"version": %d, "reviewDate": "%s", "goals": [{"text": "%s", "concerns": ["%s"], "law": "schuldhulp", "actions": []}]}
            """.formatted(version, LocalDate.now(PlanEndToEndTest.NL).minusDays(1), goal, HouseholdFixture.MIRJAM));
        assertThat(put.status()).as(put.text()).isEqualTo(200);
        String taskId = eventually("the review task of " + id, () -> reviewTask(sanne, id), t -> t != null);

        browser.driver.get(platform.url() + "/werk");
        browser.chooseIdentity("Sanne de Vries");
        browser.waitForPath("/werk");
        WebElement row = browser.driver.findElement(By.xpath("//tr[td/a[text()='" + id + "']][td/a[text()='Plan evalueren']]"));
        browser.clickToNextPage(row.findElement(By.linkText("Plan evalueren")));
        browser.waitForPath("/werk/taken/" + taskId);
        assertThat(browser.find("h1").getText()).isEqualTo("Plan evalueren");
        String main = browser.find("main").getText();
        assertThat(main).contains("Het huishouden van deze taak", "Mirjam Hoekstra", "Ronald Hoekstra", "Sven Hoekstra",
                "Sanne de Vries", goal, "Evaluatiedatum")
                .doesNotContain("De zaak van deze taak bestaat niet meer").doesNotContain(HouseholdFixture.MIRJAM)
                .doesNotContain("schuldhulp\n").doesNotMatch("(?s).*\\d{4}-\\d{2}-\\d{2}.*");
        assertThat(browser.driver.findElement(By.linkText("Naar het plan")).getAttribute("href"))
                .endsWith("/werk/huishoudens/" + id + "/plan");
        axe.check("taak plan evalueren (open)");

        browser.clickToNextPage(browser.find("form[action$='/oppakken'] button"));
        browser.waitForPath("/werk/taken/" + taskId);
        assertThat(browser.find("#field-bevindingen").isDisplayed()).isTrue();
        browser.submitMainForm();
        assertThat(browser.find("#field-bevindingen").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find(".utrecht-form-field-error-message").getText()).isNotBlank();
        assertThat(browser.find("main").getText()).contains(goal);
        axe.check("taak plan evalueren met een fout");

        browser.type("bevindingen", "Mirjam heeft alle post in één map. Het budgetplan volgt.");
        browser.submitMainForm();
        browser.waitForPath("/werk");
        assertThat(browser.find("[role=status]").getText()).contains("De taak is afgerond.");
        assertThat(browser.driver.findElements(By.xpath("//a[@href='/werk/taken/" + taskId + "']"))).isEmpty();
        axe.check("werkbak na de evaluatie");
        assertThat(platform.context().getBean(TaskRepository.class).find(taskId).orElseThrow().status())
                .isEqualTo(TaskStatus.COMPLETED);
        axe.assertNoPageHadViolations();
    }

    private static String reviewTask(ApiClient worker, String householdId) {
        for (JsonNode t : worker.get("/api/tasks").json()) {
            if (t.get("caseId").asText().equals(householdId) && t.get("elementId").asText().equals("planEvalueren")) {
                return t.get("taskId").asText();
            }
        }
        return null;
    }
}
