package nl.toegang.local;

import static nl.toegang.local.HouseholdFixture.RONALD;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.toegang.core.households.Household;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The consent page of a household member and the case worker's privacy and doorbraak pages in a
 * real browser: a refused form keeps what was typed and names each field, a consent is given and
 * revoked, and axe-core checks each screen at desktop and phone width.
 */
class ConsentAndDoorbraakBrowserTest {

    static HeadlessChromium browser;
    static final LocalPlatform platform = RunningPlatform.get();
    static Household household;

    final AxeAtBothWidths axe = new AxeAtBothWidths(browser);

    @BeforeAll
    static void openBrowser() {
        HouseholdFixture.forgetHoekstra(RunningPlatform.get());
        household = HouseholdFixture.hoekstra(platform);
        // A doorbraak is about an open case of a member.
        CaseSteps.submitMelding(new ApiClient(platform, "mirjam"),
                RoleAccessTest.melding("Mirjam", "Hoekstra", HouseholdFixture.MIRJAM, "zelf"));
        browser = new HeadlessChromium();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    void signIn(String name, String path) {
        browser.driver.get(platform.url() + "/");
        browser.driver.manage().deleteAllCookies();
        browser.driver.manage().window().setSize(AxeAtBothWidths.DESKTOP);
        browser.driver.get(platform.url() + path);
        browser.chooseIdentity(name);
        browser.waitForPath(path);
    }

    @Test
    void ronaldIsToldWhatIsMissingThenGivesConsentAndRevokesIt() {
        signIn("Ronald Hoekstra", "/mijn-huishouden/toestemming");
        assertThat(browser.find("h1").getText()).isEqualTo("Toestemming om te delen");
        axe.check("consent page");

        browser.choose("member", RONALD);
        browser.type("purpose", "Zodat Mirjam mijn deel van het plan kan lezen.");
        give();
        assertThat(browser.find("[role=alert]").getText()).contains("Kies wie het mag zien.",
                "Vul in tot wanneer de toestemming geldt.");
        assertThat(browser.find("#field-purpose").getAttribute("value")).isEqualTo("Zodat Mirjam mijn deel van het plan kan lezen.");
        assertThat(browser.find("#field-until").getAttribute("aria-invalid")).isEqualTo("true");
        axe.check("consent page, refused");

        browser.choose("scope", "HOUSEHOLD_MEMBERS");
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1]", browser.find("#field-until"),
                LocalDate.now().plusMonths(2).toString());
        give();
        assertThat(browser.find("[role=status]").getText()).isEqualTo("Uw toestemming is bewaard.");
        assertThat(browser.find("main").getText()).contains("Zodat Mirjam mijn deel van het plan kan lezen.",
                "De andere leden van het huishouden", "Geldt").doesNotContain("HOUSEHOLD_MEMBERS")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        browser.screenshot("toestemming");
        axe.check("consent page with a consent");

        browser.clickToNextPage(browser.find("form[action$='/intrekken'] button"));
        assertThat(browser.find("[role=status]").getText()).isEqualTo("Uw toestemming is ingetrokken.");
        assertThat(browser.find("main").getText()).contains("Ingetrokken op");
        axe.check("consent page after revoking");
        axe.assertNoPageHadViolations();
    }

    @Test
    void theCaseWorkersPrivacyAndDoorbraakPagesNameWhatIsMissing() {
        String base = "/werk/huishoudens/" + household.householdId();
        signIn("Sanne de Vries", base + "/privacy");
        assertThat(browser.find("h1").getText()).isEqualTo("Privacy en toestemming");
        browser.find("#field-hiddenFromMember").click();
        browser.clickToNextPage(browser.find("form[action$='/privacy'] button[type=submit]"));
        assertThat(browser.find("[role=alert]").getText()).contains("Kies een lid van het huishouden.",
                "Schrijf op waarom de veiligheid in gevaar is.", "Schrijf op waarom vertellen iemand in gevaar brengt.");
        axe.check("privacy page, refused override");

        browser.driver.get(platform.url() + base + "/doorbraak");
        assertThat(browser.find("h1").getText()).isEqualTo("Doorbraak vragen");
        axe.check("doorbraak page");
        browser.type("budget", "twaalf euro");
        browser.clickToNextPage(browser.find("form[action$='/doorbraak'] button[type=submit]"));
        assertThat(browser.find("[role=alert]").getText()).contains("Kies een open zaak van dit huishouden.",
                "Schrijf op wat de wet of de regel bedoelt.", "Vul een bedrag in euro in, bijvoorbeeld 1250,50.");
        assertThat(browser.find("#field-budget").getAttribute("value")).isEqualTo("twaalf euro");
        browser.screenshot("doorbraak-fout");
        axe.check("doorbraak page, refused");
        axe.assertNoPageHadViolations();
    }

    private void give() {
        browser.clickToNextPage(browser.find("form[action='/mijn-huishouden/toestemming'] button[type=submit]"));
    }
}
