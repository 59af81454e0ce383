package nl.toegang.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HexFormat;
import java.util.List;
import nl.toegang.core.theme.MunicipalitySettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The NL Design System style sheet, the municipality's theme and its logo, as the running platform
 * serves them and as a browser shows them under the pages' own security policy.
 */
class NlDesignSystemThemeTest {

    static HeadlessChromium browser;
    final LocalPlatform platform = RunningPlatform.get();
    final MunicipalitySettings.Colors colours = platform.context().getBean(MunicipalitySettings.class).getColors();

    @BeforeAll
    static void openBrowser() {
        browser = new HeadlessChromium();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/static/nlds.css, text/css, .utrecht-button--primary-action",
        "/static/theme.css, text/css, --basis-color-action-1-inverse-bg-default",
        "/static/logo, image/svg+xml, <svg",
        "/static/toegang.css, text/css, .site-header"})
    void staticFilesAreServedWithTheirTypeAndMayBeCachedForAnHour(String path, String type, String content) {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(value -> assertThat(value).startsWith(type));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=3600");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.body()).contains(content);
    }

    @Test
    void theThemeStylesheetCarriesTheConfiguredColours() {
        String css = get("/static/theme.css").body();

        assertThat(css).startsWith("/* toegang.municipality")
                .contains("--basis-color-action-1-inverse-bg-default: " + colours.getPrimary() + ";")
                .contains("--basis-color-accent-1-inverse-color-default: " + colours.getOnPrimary() + ";")
                .contains("--basis-color-action-2-color-default: " + colours.getLink() + ";")
                .contains("--basis-color-default-color-document: " + colours.getText() + ";")
                .contains("--basis-focus-background-color: " + colours.getFocus() + ";");
    }

    @Test
    void aBrowserShowsUtrechtComponentsInTheMunicipalitysColoursAndItsLogo() {
        browser.driver.get(platform.url() + "/");
        JavascriptExecutor page = (JavascriptExecutor) browser.driver;
        // The pages' own style sheet is switched off, so only the NL Design System ones style what follows.
        Object loaded = page.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                for (const sheet of document.styleSheets) sheet.disabled = true;
                const urls = ['/static/nlds.css', '/static/theme.css'];
                let waiting = urls.length + 1;
                const arrived = () => { if (--waiting === 0) done('loaded'); };
                for (const url of urls) {
                  const link = document.createElement('link');
                  link.rel = 'stylesheet';
                  link.href = url;
                  link.onload = arrived;
                  link.onerror = () => done('refused ' + url);
                  document.head.append(link);
                }
                const logo = document.createElement('img');
                logo.id = 'logo';
                logo.alt = 'Gemeente Voorbeeld';
                logo.onload = arrived;
                logo.onerror = () => done('refused /static/logo');
                logo.src = '/static/logo';
                document.body.append(logo);
                """);
        assertThat(loaded).isEqualTo("loaded");

        @SuppressWarnings("unchecked")
        List<Object> shown = (List<Object>) page.executeScript("""
                const button = document.createElement('button');
                button.className = 'utrecht-button utrecht-button--primary-action';
                button.textContent = 'Versturen';
                const link = document.createElement('a');
                link.className = 'utrecht-link';
                link.href = '/';
                link.textContent = 'Home';
                const heading = document.createElement('h1');
                heading.className = 'utrecht-heading-1';
                heading.textContent = 'Hulp vragen';
                document.body.append(heading, button, link);
                const buttonStyle = getComputedStyle(button);
                return [buttonStyle.backgroundColor, buttonStyle.color, getComputedStyle(link).color,
                        getComputedStyle(heading).color, document.getElementById('logo').naturalWidth];
                """);

        assertThat(shown).containsExactly(rgb(colours.getPrimary()), rgb(colours.getOnPrimary()), rgb(colours.getLink()),
                rgb(colours.getText()), 64L);
    }

    /** How a browser reports a computed colour: #34495e is rgb(52, 73, 94). */
    private static String rgb(String hex) {
        byte[] channels = HexFormat.of().parseHex(hex.substring(1));
        return "rgb(" + (channels[0] & 0xff) + ", " + (channels[1] & 0xff) + ", " + (channels[2] & 0xff) + ")";
    }

    private HttpResponse<String> get(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(platform.url() + path))
                    .header("Accept", "text/css,image/avif,image/webp,*/*;q=0.8").build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
