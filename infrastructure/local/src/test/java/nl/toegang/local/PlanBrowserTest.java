package nl.toegang.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The household plan in a real browser: Sanne writes a goal on the worker's plan page, Mirjam reads
 * it on her own page and reacts, and Sanne reads the reaction. Every page is checked with axe at
 * desktop and phone width.
 */
class PlanBrowserTest {

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
    void theCoordinatorWritesAGoalTheMotherReadsItAndReacts() {
        String id = PlanEndToEndTest.household(platform).householdId();
        String goal = "Sven gaat elke dag naar school " + System.nanoTime() % 1000;

        browser.driver.get(platform.url() + "/werk/huishoudens/" + id + "/plan");
        browser.chooseIdentity("Sanne de Vries");
        browser.waitForPath("/plan");
        assertThat(browser.find("h1").getText()).isEqualTo("Plan van het huishouden");
        axe.check("plan van het huishouden (medewerker)");
        browser.type("doel", goal);
        browser.find("#field-betreft-" + PlanEndToEndTest.SVEN).click();
        browser.find("#field-wet option[value='jeugdwet']").click();
        browser.submitMainForm();
        browser.waitForPath("/plan");
        assertThat(browser.find("[role=status]").getText()).contains("Het plan is opgeslagen.");
        assertThat(browser.find("main").getText()).contains(goal).contains("Sven Hoekstra").contains("Jeugdwet")
                .doesNotContain(PlanEndToEndTest.SVEN).doesNotContain("jeugdwet\n");
        axe.check("plan na een nieuw doel");
        signOut();

        browser.driver.get(platform.url() + "/mijn-huishouden/plan");
        browser.chooseIdentity("Mirjam Hoekstra");
        browser.waitForPath("/mijn-huishouden/plan");
        assertThat(browser.find("h1").getText()).isEqualTo("Ons plan");
        assertThat(browser.find("main").getText()).as("Mirjam acts for Sven, so she sees his goal").contains(goal)
                .doesNotContain("PROFESSIONAL").doesNotContain("MEMBER").doesNotMatch("(?s).*\\d{4}-\\d{2}-\\d{2}.*");
        axe.check("ons plan (inwoner)");
        browser.submitMainForm();
        assertThat(browser.find(".field-error").getText()).isEqualTo("Schrijf eerst uw reactie.");
        browser.type("reactie", "Sven wil op dinsdag graag later beginnen.");
        browser.submitMainForm();
        browser.waitForPath("/mijn-huishouden/plan");
        assertThat(browser.find("[role=status]").getText()).contains("Uw reactie is verstuurd.");
        assertThat(browser.find("main").getText()).contains("Sven wil op dinsdag graag later beginnen.");
        axe.check("ons plan na een reactie");
        signOut();

        browser.driver.get(platform.url() + "/werk/huishoudens/" + id + "/plan");
        browser.chooseIdentity("Sanne de Vries");
        browser.waitForPath("/plan");
        assertThat(browser.find("main").getText()).contains("Mirjam Hoekstra op").contains("Sven wil op dinsdag graag later beginnen.");
        browser.driver.get(platform.url() + "/werk/huishoudens/" + id + "/mdo");
        assertThat(browser.find("h1").getText()).isEqualTo("MDO's van het huishouden");
        axe.check("mdo's van het huishouden");
        signOut();
        axe.assertNoPageHadViolations();
    }

    private static void signOut() {
        browser.driver.get(platform.url() + "/");
        browser.driver.manage().deleteAllCookies();
    }
}
