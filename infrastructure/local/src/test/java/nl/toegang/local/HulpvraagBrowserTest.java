package nl.toegang.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * "Uw vraag" in a real browser: Jan's question split over three teams, each part with its team and
 * status in words and a way to its own page and back; the general form on the home page. axe-core
 * checks every page at desktop and at phone width, in Dutch and English.
 */
class HulpvraagBrowserTest {

    static HeadlessChromium browser;
    static final LocalPlatform platform = RunningPlatform.get();
    static final ApiClient jan = new ApiClient(platform, "jan");

    static String request;
    static List<String> parts;

    final AxeAtBothWidths axe = new AxeAtBothWidths(browser);

    @BeforeAll
    static void splitAQuestionAndOpenBrowser() {
        var sent = jan.post("/api/cases", HulpvraagEndToEndTest.HULPVRAAG, UUID.randomUUID().toString());
        request = sent.json().get("caseId").asText();
        HulpvraagEndToEndTest.split(HulpvraagEndToEndTest.frontDoorWorker(platform), request);
        parts = HulpvraagEndToEndTest.partsOf(jan, request);
        browser = new HeadlessChromium();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void janSeesHisQuestionAsAWholeWithEachPartsTeamAndStatusAndFindsHisWayBetweenThem() {
        String path = "/mijn-aanvragen/" + request;
        signInAsJan(path);

        assertThat(browser.find("h1").getText()).isEqualTo("Uw vraag " + request);
        assertThat(browser.find(".request-question").getText()).contains("Mijn zoon slaapt slecht");
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("tr.request-part"));
        assertThat(rows).hasSize(3);
        assertThat(rows).extracting(WebElement::getText).anySatisfy(r -> assertThat(r).contains("Hulp of ondersteuning thuis (Wmo)", "Team Wmo"))
                .anySatisfy(r -> assertThat(r).contains("Hulp bij opvoeden en opgroeien (Jeugdwet)", "Team Jeugd en Gezin"))
                .anySatisfy(r -> assertThat(r).contains("Hulp bij schulden", "Team Schuldhulp"));
        assertThat(browser.find("main").getText()).doesNotContain("SPLIT", "RECEIVED", "jeugdwet", "Aanvraag intrekken");
        browser.screenshot("uw-vraag");
        axe.check("Uw vraag with three parts");

        browser.clickToNextPage(browser.driver.findElement(By.linkText("Hulp of ondersteuning thuis (Wmo)")));
        String wmo = parts.stream().filter(id -> id.startsWith("WMO-")).findFirst().orElseThrow();
        assertThat(browser.driver.getCurrentUrl()).endsWith("/mijn-aanvragen/" + wmo);
        assertThat(browser.find(".request-part-of").getText()).contains("Dit is een deel van uw vraag.", "Team Wmo",
                "Hulp bij het schoonmaken van het huis.");
        axe.check("a part's page");
        browser.clickToNextPage(browser.driver.findElement(By.linkText("Bekijk uw hele vraag " + request)));
        assertThat(browser.driver.getCurrentUrl()).endsWith(path);

        browser.driver.get(platform.url() + path + "?lang=en");
        assertThat(browser.find("h1").getText()).isEqualTo("Your question " + request);
        assertThat(browser.find("main").getText()).contains("The parts of your question", "Support at home (Wmo)", "Help with debts")
                .doesNotContain("Uw vraag", "Stand van zaken");
        axe.check("Uw vraag, English");
        browser.driver.get(platform.url() + "/mijn-aanvragen/" + wmo + "?lang=en");
        assertThat(browser.find(".request-part-of").getText()).contains("This is one part of your question.");
        axe.check("a part's page, English");

        browser.driver.get(platform.url() + "/mijn-aanvragen?lang=nl");
        assertThat(browser.find("main").getText()).contains("Deel van uw vraag " + request + ", bij Team Schuldhulp");
        axe.check("Mijn aanvragen with a split question");

        axe.assertNoPageHadViolations();
    }

    @Test
    void theHomePageOffersTheGeneralQuestionFirstAndItsFormExplainsErrorsAtTheField() {
        signInAsJan("/mijn-aanvragen");
        browser.driver.get(platform.url() + "/?lang=nl");
        List<WebElement> starts = browser.driver.findElements(By.cssSelector("main a.utrecht-button-link"));
        assertThat(starts).extracting(WebElement::getText).startsWith("Hulp vragen").contains("Melding doen");
        axe.check("home page with the front doors");

        browser.clickToNextPage(starts.getFirst());
        browser.waitForPath("/formulieren/hulpvraag");
        assertThat(browser.find("main").getText()).contains("Waar heeft u hulp bij nodig?", "Thuis wonen en zorg",
                "Opvoeden en opgroeien", "Geld en inkomen", "Schulden", "Werk", "Iets anders");
        axe.check("the hulpvraag form");

        browser.submitMainForm();
        assertThat(browser.find("[role=alert]").getText()).contains("Er is een probleem");
        axe.check("the hulpvraag form with errors");

        axe.assertNoPageHadViolations();
    }

    /** Signs in unless the other test of this class already did: the order of tests is not fixed. */
    private static void signInAsJan(String path) {
        browser.driver.get(platform.url() + path);
        if (!browser.driver.getCurrentUrl().startsWith(platform.url() + "/")) {
            browser.chooseIdentity("Jan Bakker");
        }
        browser.waitForPath(path);
    }
}
