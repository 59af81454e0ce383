package nl.toegang.core.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.MapPropertySource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A municipality's name, logo, contact details and colours come from configuration alone, and a
 * setting that would give a broken page stops the start instead.
 */
class MunicipalityThemeTest {

    @TempDir
    Path folder;

    @Test
    void withoutSettingsThePagesShowTheNeutralExampleMunicipality() {
        try (ApplicationContext context = ApplicationContext.run()) {
            Municipality municipality = context.getBean(Municipality.class);
            assertThat(municipality.name()).isEqualTo("Gemeente Voorbeeld");
            assertThat(municipality.phone()).isEqualTo("14 0123");
            assertThat(municipality.phoneLink()).isEqualTo("tel:140123");
            assertThat(municipality.address()).containsExactly("Voorbeeldplein 1", "1234 AB Voorbeeld");
            assertThat(municipality.logoUrl()).isEqualTo("/static/logo");

            MunicipalityLogo logo = context.getBean(MunicipalityLogo.class);
            assertThat(logo.contentType()).isEqualTo("image/svg+xml");
            assertThat(new String(logo.image(), StandardCharsets.UTF_8)).startsWith("<svg").doesNotContain("<script");

            assertThat(css(context)).contains("--basis-color-action-1-inverse-bg-default: #34495e;")
                    .contains("--basis-focus-background-color: #ffdd00;")
                    .contains("--basis-text-font-family-default: system-ui, -apple-system, \"Segoe UI\"");
        }
    }

    @Test
    void anotherMunicipalitysSettingsReachItsThemeStylesheetAndPages() throws IOException {
        Path logoFile = Files.write(folder.resolve("testdorp.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        Map<String, Object> settings = new HashMap<>();
        settings.put("toegang.municipality.name", "Gemeente Testdorp");
        settings.put("toegang.municipality.logo", "file:" + logoFile);
        settings.put("toegang.municipality.contact.phone", "+31 (0)20 123-4567");
        settings.put("toegang.municipality.contact.address", "Postbus 12,9999 ZZ Testdorp");
        settings.put("toegang.municipality.colors.primary", "#123456");
        settings.put("toegang.municipality.colors.primary-dark", "#0a1b2c");
        settings.put("toegang.municipality.colors.focus-text", "#000");
        settings.put("toegang.municipality.tokens.basis-border-radius-md", "4px");

        try (ApplicationContext context = ApplicationContext.run(settings)) {
            Municipality municipality = context.getBean(Municipality.class);
            assertThat(municipality.name()).isEqualTo("Gemeente Testdorp");
            assertThat(municipality.phoneLink()).isEqualTo("tel:+310201234567");
            assertThat(municipality.address()).containsExactly("Postbus 12", "9999 ZZ Testdorp");
            MunicipalityLogo logo = context.getBean(MunicipalityLogo.class);
            assertThat(logo.contentType()).isEqualTo("image/png");
            assertThat(logo.image()).isEqualTo(Files.readAllBytes(logoFile));

            // The tokens the Utrecht primary button and secondary button read, through the basis layer.
            assertThat(css(context)).contains("--basis-color-action-1-inverse-bg-default: #123456;")
                    .contains("--basis-color-accent-1-color-default: #123456;")
                    .contains("--basis-color-accent-1-inverse-bg-hover: #0a1b2c;")
                    .contains("--basis-focus-outline-color: #000;")
                    .contains("--basis-border-radius-md: 4px;")
                    .doesNotContain("#34495e");
        }
    }

    /** The names template.yaml gives the functions' environment, read the way Lambda hands them over. */
    @Test
    void theStacksEnvironmentVariablesReachTheTheme() {
        Map<String, Object> environment = Map.of(
                "TOEGANG_MUNICIPALITY_NAME", "Gemeente Omgeving",
                "TOEGANG_MUNICIPALITY_CONTACT_PHONE", "020 123 45 67",
                "TOEGANG_MUNICIPALITY_CONTACT_ADDRESS", "Stadhuisplein 3,5555 XX Omgeving",
                "TOEGANG_MUNICIPALITY_COLORS_PRIMARY_DARK", "#102030",
                "TOEGANG_MUNICIPALITY_COLORS_FOCUS_TEXT", "#010101");
        MapPropertySource lambdaEnvironment = new MapPropertySource("lambda-environment", environment) {
            @Override
            public PropertyConvention getConvention() {
                return PropertyConvention.ENVIRONMENT_VARIABLE;
            }

            @Override
            public int getOrder() {
                return Integer.MAX_VALUE;
            }
        };
        try (ApplicationContext context = ApplicationContext.builder().propertySources(lambdaEnvironment).start()) {
            Municipality municipality = context.getBean(Municipality.class);
            assertThat(municipality.name()).isEqualTo("Gemeente Omgeving");
            assertThat(municipality.phone()).isEqualTo("020 123 45 67");
            assertThat(municipality.address()).containsExactly("Stadhuisplein 3", "5555 XX Omgeving");
            assertThat(css(context)).contains("--basis-color-accent-1-inverse-bg-hover: #102030;")
                    .contains("--basis-focus-color: #010101;");
        }
    }

    @Test
    void aColourThatCouldBreakTheStylesheetStopsTheStart() {
        assertThatThrownBy(() -> ApplicationContext.run(Map.of(
                "toegang.municipality.colors.primary", "red; } body { display: none")).close())
                .rootCause().hasMessage("toegang.municipality.colors.primary must be a hex colour such as #34495e, "
                        + "not 'red; } body { display: none'");
    }

    @Test
    void aMistypedTokenNameStopsTheStart() {
        assertThatThrownBy(() -> ApplicationContext.run(Map.of(
                "toegang.municipality.tokens.basis-colr-default-bg-document", "#fff")).close())
                .rootCause().hasMessageContaining("--basis-colr-default-bg-document is no design token of /static/nlds.css");
    }

    @Test
    void aTokenValueThatLeavesItsDeclarationStopsTheStart() {
        assertThatThrownBy(() -> ApplicationContext.run(Map.of(
                "toegang.municipality.tokens.basis-border-radius-md", "0 } .utrecht-button { display: none")).close())
                .rootCause().hasMessageContaining("toegang.municipality.tokens.basis-border-radius-md must be a CSS value");
    }

    @Test
    void aLogoThatIsNotThereStopsTheStart() {
        assertThatThrownBy(() -> ApplicationContext.run(Map.of(
                "toegang.municipality.logo", "file:" + folder.resolve("missing.svg"))).close())
                .rootCause().hasMessageContaining("toegang.municipality.logo: there is no file at 'file:");
        assertThatThrownBy(() -> ApplicationContext.run(Map.of(
                "toegang.municipality.logo", "https://elders.example/logo.svg")).close())
                .rootCause().hasMessageContaining("toegang.municipality.logo must name a file as classpath:... or file:...");
    }

    @Test
    void aPhoneNumberThatCannotBeDialledStopsTheStart() {
        assertThatThrownBy(() -> ApplicationContext.run(Map.of(
                "toegang.municipality.contact.phone", "bel ons")).close())
                .rootCause().hasMessageContaining("toegang.municipality.contact.phone must be a phone number");
    }

    @Test
    void theLettersContactBlockTakesEmailAndWebFromTheSettingsAndRefusesAnAddressThatIsNoEmail() {
        try (ApplicationContext context = ApplicationContext.run()) {
            assertThat(context.getBean(Municipality.class).email()).isEqualTo("info@voorbeeld.example");
            assertThat(context.getBean(Municipality.class).web()).isEqualTo("www.voorbeeld.example");
        }
        try (ApplicationContext context = ApplicationContext.run(Map.of("toegang.municipality.contact.email", "",
                "toegang.municipality.contact.web", ""))) {
            assertThat(context.getBean(Municipality.class).email()).isNull();
            assertThat(context.getBean(Municipality.class).web()).isNull();
        }
        assertThatThrownBy(() -> ApplicationContext.run(Map.of("toegang.municipality.contact.email", "gemeente.nl")))
                .hasStackTraceContaining("toegang.municipality.contact.email must be an e-mail address, not 'gemeente.nl'");
    }

    private static String css(ApplicationContext context) {
        return new String(context.getBean(ThemeStylesheet.class).css(), StandardCharsets.UTF_8);
    }
}
