package nl.toegang.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The household in a real browser: a Wmo worker starts it from Ronald's case file and takes on the
 * coordination; Mirjam finds it from her requests and sees the members and the coordinator, not
 * Ronald's case. axe-core checks each page at desktop and phone width.
 */
class HouseholdBrowserTest {

    static HeadlessChromium browser;
    static final LocalPlatform platform = RunningPlatform.get();
    static String ronaldsCase;
    static String mirjamsCase;

    final AxeAtBothWidths axe = new AxeAtBothWidths(browser);

    @BeforeAll
    static void twoCasesAndABrowser() {
        HouseholdFixture.forgetHoekstra(RunningPlatform.get());
        ronaldsCase = HouseholdEndToEndTest.send(new ApiClient(platform, "ronald"), HouseholdEndToEndTest.RONALD_WMO);
        mirjamsCase = HouseholdEndToEndTest.send(new ApiClient(platform, "mirjam"), HouseholdEndToEndTest.MIRJAM_SCHULDHULP);
        ApiClient sanne = new ApiClient(platform, "sanne");
        ApiClient.eventually("Ronald's case for the Wmo team", () -> sanne.get("/api/case-files/" + ronaldsCase).status(),
                s -> s == 200);
        browser = new HeadlessChromium();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aWorkerStartsTheHouseholdFromACaseAndMirjamSeesItWithoutRonaldsCase() {
        signIn("/werk/zaken/" + ronaldsCase, "Sanne de Vries");
        WebElement section = browser.find("section.household-link");
        List<WebElement> start = section.findElements(By.cssSelector("button[type=submit]"));
        if (start.isEmpty()) {
            browser.clickToNextPage(section.findElement(By.cssSelector("a")));
        } else {
            assertThat(start.getFirst().getText()).isEqualTo("Huishouden starten");
            browser.clickToNextPage(start.getFirst());
        }
        browser.waitForPath("");
        assertThat(browser.driver.getCurrentUrl()).contains("/werk/huishoudens/HH-");
        assertThat(browser.find("h1").getText()).startsWith("Huishouden HH-");
        List<WebElement> members = browser.driver.findElements(By.cssSelector("tr.household-member"));
        assertThat(members).extracting(WebElement::getText)
                .anySatisfy(r -> assertThat(r).contains("Ronald Hoekstra", "Hoofdpersoon"))
                .anySatisfy(r -> assertThat(r).contains("Mirjam Hoekstra", "Partner"))
                .anySatisfy(r -> assertThat(r).contains("Sven Hoekstra", "Kind", "jaar"));
        String cases = browser.find("section[aria-labelledby=household-cases]").getText();
        assertThat(cases).contains(ronaldsCase, mirjamsCase, "Wmo", "Schuldhulp").doesNotContain("RECEIVED", "schuldhulp-verzoek");
        assertThat(browser.find("nav.household-links").getText()).contains("Plan", "Privacy en toestemming", "Doorbraak");
        axe.check("the household for a worker");
        browser.screenshot("huishouden-medewerker");

        // The end-to-end test on the same platform may have given the coordination to a colleague already.
        List<WebElement> takeOn = browser.driver.findElements(By.xpath("//button[normalize-space()='Ik word regisseur']"));
        String coordinator = "Daan Jansen";
        if (!takeOn.isEmpty()) {
            browser.clickToNextPage(takeOn.getFirst());
            coordinator = "Sanne de Vries";
            assertThat(browser.find("section[aria-labelledby=household-history]").getText())
                    .contains("Sanne de Vries is regisseur geworden.");
        }
        assertThat(browser.find(".household-coordinator-name").getText()).contains(coordinator, "Team Wmo");
        assertThat(browser.driver.findElements(By.xpath("//button[normalize-space()='Ik word regisseur']"))).isEmpty();

        // A reason is required for the hand-over; the page says so next to the field.
        List<WebElement> handOver = browser.driver.findElements(By.cssSelector("form[action$='/regisseur/overdragen']"));
        if (!handOver.isEmpty()) {
            browser.clickToNextPage(handOver.getFirst().findElement(By.cssSelector("button[type=submit]")));
            assertThat(browser.find(".error-summary").getText()).contains("Schrijf op waarom u de regie overdraagt.");
            axe.check("the household with a refused hand-over");
        }

        browser.driver.manage().deleteAllCookies();
        signIn("/mijn-aanvragen", "Mirjam Hoekstra");
        browser.clickToNextPage(browser.find(".my-household-link a"));
        browser.waitForPath("/mijn-huishouden");
        assertThat(browser.find("h1").getText()).isEqualTo("Mijn huishouden");
        assertThat(browser.find(".my-household-members").getText()).contains("Mirjam Hoekstra (u)", "Ronald Hoekstra", "Sven Hoekstra");
        assertThat(browser.find(".my-household-coordinator").getText()).contains(coordinator, "Team Wmo");
        String main = browser.find("main").getText();
        assertThat(main).contains(mirjamsCase, "Toestemming").doesNotContain(ronaldsCase, "MAIN_PERSON", "PARTNER");
        assertThat(browser.find(".my-household-hidden").getText()).contains("toestemming");
        axe.check("Mijn huishouden");
        browser.screenshot("mijn-huishouden");

        browser.driver.get(platform.url() + "/mijn-huishouden?lang=en");
        assertThat(browser.find("h1").getText()).isEqualTo("My household");
        assertThat(browser.find("main").getText()).contains("Mirjam Hoekstra (you)", "Partner").doesNotContain("Hoofdpersoon", "Mijn huishouden");
        axe.check("My household, English");
        browser.driver.get(platform.url() + "/mijn-huishouden?lang=nl");
    }

    private static void signIn(String path, String persona) {
        browser.driver.get(platform.url() + "/");
        browser.driver.get(platform.url() + path);
        if (!browser.driver.getCurrentUrl().startsWith(platform.url() + "/")) {
            browser.chooseIdentity(persona);
        }
        browser.waitForPath(path);
    }
}
