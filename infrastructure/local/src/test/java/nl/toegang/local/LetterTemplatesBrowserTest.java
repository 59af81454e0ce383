package nl.toegang.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Bram changes a letter text in a real browser: the page shows the readability report with the
 * sentence to split, a letter with an unknown placeholder is refused with the reason, and both
 * pages have no WCAG 2.1 A/AA violation at desktop and at phone width.
 */
class LetterTemplatesBrowserTest {

    static HeadlessChromium browser;
    final LocalPlatform platform = RunningPlatform.get();
    final AxeAtBothWidths axe = new AxeAtBothWidths(browser);

    static final String LONG = "Wij hebben besloten dat u de aangevraagde maatwerkvoorziening voor huishoudelijke "
            + "ondersteuning niet krijgt omdat uw eigen netwerk volgens ons voldoende mogelijkheden biedt.";

    @BeforeAll
    static void openBrowser() {
        browser = new HeadlessChromium();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void bramUploadsALetterReadsItsReportAndAWrongPlaceholderIsRefused() throws IOException {
        String name = "brief-" + UUID.randomUUID().toString().substring(0, 8);
        browser.driver.get(platform.url() + "/beheer");
        browser.chooseIdentity("Bram Visser");
        browser.waitForPath("/beheer");

        upload(name + ".nl.md", "# Wij helpen u\n\nU krijgt hulp van de gemeente. Uw kenmerk is ${caseId}.\n\n" + LONG + "\n");
        assertThat(browser.find("[role=status]").getText()).contains(name + ".nl v1");
        assertThat(browser.find("#leesbaarheid").getText()).isEqualTo("Leesbaarheid van " + name + ".nl");
        assertThat(browser.find(".readability").getText()).contains("Deze brief haalt taalniveau A2 nog niet.",
                "Flesch-Douma-score", "Langste zin", "Dit is een advies.");
        assertThat(browser.find(".readability li").getText()).isEqualTo(LONG);
        browser.screenshot("beheer-brief-leesbaarheid");
        axe.check("letter deployed with its readability report");

        upload(name + ".nl.md", "# Wij helpen u\n\nUw hulp: ${product}.\n");
        assertThat(browser.find("main").getText()).contains(name + ".nl.md: de brief gebruikt ${product}.")
                .doesNotContain("Leesbaarheid van");
        axe.check("letter refused for an unknown placeholder");

        browser.driver.get(platform.url() + "/beheer/brief/" + name + ".nl");
        assertThat(browser.find("h1").getText()).isEqualTo("Versies van " + name + ".nl");
        assertThat(browser.driver.findElements(By.cssSelector("main tbody tr"))).hasSize(1);
        axe.check("versions of a letter");

        axe.assertNoPageHadViolations();
    }

    private void upload(String fileName, String content) throws IOException {
        Path file = Files.createTempDirectory("upload").resolve(fileName);
        Files.writeString(file, content);
        browser.driver.get(platform.url() + "/beheer");
        browser.find("#files").sendKeys(file.toAbsolutePath().toString());
        browser.submitMainForm();
    }
}
