package nl.toegang.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The administrator's versions page in a real browser, as Bram: a changed form gives a second
 * version, he compares it with the first, previews it, takes the first back into use after
 * confirming, and sees a third version in use with the first one's content. Every screen, the
 * refusals included, has no WCAG 2.1 A/AA violation at desktop and at phone width.
 */
class AdminVersionsBrowserTest {

    static final Dimension DESKTOP = AxeAtBothWidths.DESKTOP;
    static final Dimension PHONE = AxeAtBothWidths.PHONE;

    static HeadlessChromium browser;
    final LocalPlatform platform = RunningPlatform.get();
    final AxeAtBothWidths axe = new AxeAtBothWidths(browser);

    @BeforeAll
    static void openBrowser() {
        browser = new HeadlessChromium();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    static String form(String id, String label) {
        return """
            {
              "id": "%s",
              "type": "default",
              "components": [
                {
                  "type": "textfield",
                  "key": "naam",
                  "label": "%s",
                  "properties": {
                    "label_en": "Name"
                  }
                }
              ]
            }
            """.formatted(id, label);
    }

    @Test
    void bramComparesPreviewsAndTakesAnEarlierVersionOfAFormBackIntoUse() throws IOException {
        String id = "contact-" + UUID.randomUUID().toString().substring(0, 8);
        browser.driver.get(platform.url() + "/beheer");
        browser.chooseIdentity("Bram Visser");
        browser.waitForPath("/beheer");
        upload(id, form(id, "Naam"));
        upload(id, form(id, "Uw volledige naam"));
        assertThat(browser.find("[role=status]").getText()).contains(id);

        browser.clickToNextPage(browser.driver.findElement(By.linkText(id)));
        assertThat(browser.find("h1").getText()).isEqualTo("Versies van " + id);
        assertThat(rows()).hasSize(2);
        assertThat(row(2).getText()).contains("In gebruik voor nieuwe zaken");
        assertThat(row(1).getText()).contains("Niet meer in gebruik").doesNotContain("In gebruik voor nieuwe zaken");
        browser.screenshot("beheer-versies");
        axe.check("versions page");

        browser.clickToNextPage(browser.driver.findElement(By.linkText("Wijzigingen in versie 2")));
        assertThat(browser.find(".diff-line--removed").getText()).startsWith("Verwijderd").contains("\"label\": \"Naam\"");
        assertThat(browser.find(".diff-line--added").getText()).startsWith("Toegevoegd").contains("\"label\": \"Uw volledige naam\"");
        browser.screenshot("beheer-wijzigingen");
        axe.check("changes against the previous version");

        browser.clickToNextPage(browser.driver.findElement(By.linkText("Terug naar de versies")));
        browser.clickToNextPage(browser.driver.findElement(By.linkText("Voorbeeld van versie 2")));
        assertThat(browser.find("main").getText()).contains("Dit is een voorbeeld").contains("Uw volledige naam");
        assertThat(browser.driver.findElements(By.cssSelector("main form, main button[type=submit]"))).isEmpty();
        browser.screenshot("beheer-voorbeeld");
        axe.check("form preview");

        browser.clickToNextPage(browser.driver.findElement(By.linkText("Terug naar de versies")));
        browser.clickToNextPage(browser.driver.findElement(By.linkText("Versie 1 weer in gebruik nemen")));
        assertThat(browser.find("h1").getText()).isEqualTo("Versie 1 van " + id + " weer in gebruik nemen?");
        axe.check("rollback confirmation");
        browser.clickToNextPage(browser.driver.findElement(By.xpath("//button[.='Ja, neem versie 1 weer in gebruik']")));

        assertThat(browser.find("[role=status]").getText())
                .isEqualTo("Versie 3 is nu in gebruik voor nieuwe zaken. Deze versie heeft dezelfde inhoud als versie 1.");
        assertThat(rows()).hasSize(3);
        assertThat(row(3).getText()).contains("In gebruik voor nieuwe zaken").contains("Versie 1 weer in gebruik genomen");
        assertThat(row(2).getText()).contains("Niet meer in gebruik");
        axe.check("versions page after the rollback");

        // The third version has the first one's content: against the second it changes back exactly that line.
        browser.clickToNextPage(browser.driver.findElement(By.linkText("Wijzigingen in versie 3")));
        assertThat(browser.find(".diff-line--removed").getText()).contains("\"label\": \"Uw volledige naam\"");
        assertThat(browser.find(".diff-line--added").getText()).contains("\"label\": \"Naam\"");
        browser.driver.get(platform.url() + "/beheer/formulier/" + id + "/versies/3/voorbeeld");
        assertThat(browser.find("label[for=field-naam]").getText()).startsWith("Naam");

        browser.driver.get(platform.url() + "/beheer/formulier/" + id + "/versies/3/terugzetten");
        assertThat(browser.find("main").getText()).contains("Versie 3 van " + id + " is al in gebruik voor nieuwe zaken.");
        axe.check("error page (this version is already in use)");
        browser.driver.get(platform.url() + "/beheer/formulier/" + id + "/versies/7/wijzigingen");
        assertThat(browser.find("main").getText()).contains("Van " + id + " bestaat geen versie 7.");
        axe.check("error page (no such version)");

        axe.assertNoPageHadViolations();
    }

    private void upload(String id, String content) throws IOException {
        Path file = Files.createTempDirectory("upload").resolve(id + ".form");
        Files.writeString(file, content);
        browser.driver.get(platform.url() + "/beheer");
        browser.find("#files").sendKeys(file.toAbsolutePath().toString());
        browser.submitMainForm();
    }

    private List<WebElement> rows() {
        return browser.driver.findElements(By.cssSelector("main tbody tr"));
    }

    private WebElement row(int version) {
        return browser.driver.findElement(By.xpath("//main//tr[td[1][.='Versie " + version + "']]"));
    }


}
