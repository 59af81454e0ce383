package nl.toegang.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import nl.toegang.core.households.Consent;
import nl.toegang.core.households.ConsentRepository;
import nl.toegang.core.households.ConsentScope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An MDO in a real browser: Sanne goes from the household page to its MDOs, calls one, records
 * afterwards who was there and what came out of it, and turns an agreement into an action of the
 * plan, which the plan page then shows. Every page is checked with axe at desktop and phone width.
 */
class MdoBrowserTest {

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
    void theCoordinatorCallsAnMdoRecordsItsOutcomeAndMakesAnAgreementAPlanAction() {
        ApiClient sanne = new ApiClient(platform, "sanne");
        String id = HouseholdFixture.hoekstra(platform).householdId();
        String goal = "Mirjam heeft overzicht over de schulden";
        String agreement = "Sem maakt met Mirjam een budgetplan " + System.nanoTime() % 1000;
        int version = sanne.get("/api/households/" + id + "/plan").json().get("version").asInt();
        var put = sanne.put("/api/households/" + id + "/plan", """
            {"version": %d, "goals": [{"text": "%s", "concerns": ["%s"], "law": "schuldhulp", "actions": []}]}
            """.formatted(version, goal, HouseholdFixture.MIRJAM));
        assertThat(put.status()).as(put.text()).isEqualTo(200);
        ConsentRepository consents = platform.context().getBean(ConsentRepository.class);
        for (String[] adult : new String[][] {{HouseholdFixture.MIRJAM, "mirjam", "Mirjam Hoekstra"},
                {HouseholdFixture.RONALD, "ronald", "Ronald Hoekstra"}}) {
            consents.record(new Consent(ConsentRepository.newId(), id, adult[0], ConsentScope.PROFESSIONALS, "MDO",
                    LocalDate.now(PlanEndToEndTest.NL).plusMonths(6), adult[1], adult[2], Instant.now(), null));
        }

        browser.driver.get(platform.url() + "/werk/huishoudens/" + id);
        browser.chooseIdentity("Sanne de Vries");
        browser.waitForPath(id);
        browser.clickToNextPage(browser.driver.findElement(By.linkText("Plan")));
        browser.clickToNextPage(browser.driver.findElement(By.linkText("MDO's van dit huishouden")));
        assertThat(browser.find("h1").getText()).isEqualTo("MDO's van het huishouden");
        setValue("#field-datum", LocalDate.now(PlanEndToEndTest.NL).plusDays(2).toString());
        browser.type("deelnemers", "Sanne de Vries, consulent Wmo, team Wmo\nSem Peters, schuldhulpverlener, team schuldhulp\n"
                + "Mirjam Hoekstra, moeder");
        browser.type("afspraken", agreement);
        clickButton("MDO beleggen");
        browser.waitForPath("/mdo");
        assertThat(browser.find("[role=status]").getText()).contains("Het MDO is opgeslagen.");

        browser.clickToNextPage(browser.driver.findElement(By.partialLinkText("vastleggen")));
        assertThat(browser.find("h1").getText()).isEqualTo("Uitkomst van het MDO vastleggen");
        assertThat(browser.find("#field-deelnemers").getAttribute("value")).contains("Sem Peters, schuldhulpverlener, team schuldhulp");
        assertThat(browser.find("#field-afspraken").getAttribute("value")).isEqualTo(agreement);
        axe.check("uitkomst van het mdo vastleggen");
        browser.find("#field-deelnemers").clear();
        clickButton("Uitkomst opslaan");
        assertThat(browser.find(".field-error").getText()).contains("Vul in wie er meedoen.");
        assertThat(browser.find("#field-afspraken").getAttribute("value")).as("what was typed stays").isEqualTo(agreement);
        axe.check("uitkomst van het mdo met een fout");
        browser.type("deelnemers", "Sanne de Vries, consulent Wmo, team Wmo\nMirjam Hoekstra, moeder");
        browser.type("uitkomst", "Mirjam wil hulp bij een budgetplan. Sem was er niet; Sanne belt hem.");
        clickButton("Uitkomst opslaan");
        browser.waitForPath("/mdo");
        String meetings = browser.find("main").getText();
        assertThat(meetings).contains("Mirjam wil hulp bij een budgetplan.", "Mirjam Hoekstra, moeder")
                .doesNotContain("Sem Peters");
        axe.check("mdo's na de uitkomst");

        WebElement item = browser.driver.findElement(By.xpath("//li[starts-with(normalize-space(.), '" + agreement + "')]"));
        new Select(item.findElement(By.tagName("select"))).selectByVisibleText(goal);
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1]",
                item.findElement(By.cssSelector("input[type=date]")), LocalDate.now(PlanEndToEndTest.NL).plusDays(21).toString());
        browser.clickToNextPage(item.findElement(By.cssSelector("button[type=submit]")));
        browser.waitForPath("/mdo");
        assertThat(browser.find("main").getText()).contains("Deze afspraak is een actie in het plan, bij het doel: " + goal);

        browser.clickToNextPage(browser.driver.findElement(By.linkText("Naar het plan")));
        browser.waitForPath("/plan");
        assertThat(browser.find("main").getText()).contains(goal, agreement, "(afgesproken in een overleg)");
        axe.check("plan met de actie uit het mdo");
        axe.assertNoPageHadViolations();
    }

    private static void setValue(String css, String value) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1]", browser.find(css), value);
    }

    private static void clickButton(String text) {
        browser.clickToNextPage(browser.driver.findElement(By.xpath("//main//button[normalize-space(.)='" + text + "']")));
    }
}
