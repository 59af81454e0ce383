package nl.toegang.core.theme;

import io.micronaut.context.annotation.Context;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.toegang.core.theme.MunicipalitySettings.Colors;

/**
 * The municipality's design tokens as a style sheet, built once at start from
 * {@link MunicipalitySettings}. Pages link it after {@link NldsStylesheet#URL}; both set the
 * tokens on {@code :root}, so these values win.
 *
 * <p>Each colour sets the NL Design System "basis" tokens of its role; the Utrecht component tokens
 * in nlds.css read those (for example {@code --utrecht-button-primary-action-background-color:
 * var(--basis-color-action-1-inverse-bg-default)}). A setting that is no colour, a token that
 * nlds.css does not know, or a value that could break out of its declaration stops the start.
 */
@Context
public class ThemeStylesheet {

    public static final String URL = "/static/theme.css";

    private static final Pattern HEX_COLOUR = Pattern.compile("#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
    private static final Pattern TOKEN_VALUE = Pattern.compile("[^;{}<>\\\\\\r\\n]{1,200}");

    private final byte[] css;

    ThemeStylesheet(MunicipalitySettings settings, NldsStylesheet nlds) {
        Map<String, String> tokens = new LinkedHashMap<>();
        colourTokens(settings.getColors()).forEach((setting, colour) -> {
            if (colour.value() == null || !HEX_COLOUR.matcher(colour.value()).matches()) {
                throw new IllegalStateException("toegang.municipality.colors." + setting
                        + " must be a hex colour such as #34495e, not '" + colour.value() + "'");
            }
            colour.tokens().forEach(token -> tokens.put(token, colour.value()));
        });
        settings.getTokens().forEach((name, value) -> {
            if (value == null || !TOKEN_VALUE.matcher(value).matches() || value.contains("/*") || value.isBlank()) {
                throw new IllegalStateException("toegang.municipality.tokens." + name
                        + " must be a CSS value of at most 200 characters without ; { } < > \\ or comments");
            }
            tokens.put(name, value.strip());
        });
        StringBuilder css = new StringBuilder("/* toegang.municipality: the municipality's design tokens */\n:root {\n");
        tokens.forEach((name, value) -> {
            if (!nlds.hasToken(name)) {
                throw new IllegalStateException("--" + name + " is no design token of " + NldsStylesheet.URL
                        + " (toegang.municipality)");
            }
            css.append("  --").append(name).append(": ").append(value).append(";\n");
        });
        this.css = css.append("}\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] css() {
        return css;
    }

    private record Colour(String value, List<String> tokens) {}

    /** Setting name (under colors) to its value and the tokens it sets, in the order they are written. */
    private static Map<String, Colour> colourTokens(Colors colors) {
        Map<String, Colour> roles = new LinkedHashMap<>();
        roles.put("primary", new Colour(colors.getPrimary(), List.of(
                "basis-color-accent-1-color-default", "basis-color-accent-1-color-subtle",
                "basis-color-accent-1-border-default", "basis-color-accent-1-border-hover",
                "basis-color-accent-1-border-active", "basis-color-accent-1-inverse-bg-default",
                "basis-color-action-1-inverse-bg-default")));
        roles.put("primary-dark", new Colour(colors.getPrimaryDark(), List.of(
                "basis-color-accent-1-color-hover", "basis-color-accent-1-color-active",
                "basis-color-accent-1-color-document", "basis-color-accent-1-inverse-bg-hover",
                "basis-color-accent-1-inverse-bg-active", "basis-color-accent-1-inverse-bg-subtle",
                "basis-color-accent-1-inverse-bg-document")));
        roles.put("primary-light", new Colour(colors.getPrimaryLight(), List.of(
                "basis-color-accent-1-bg-default", "basis-color-accent-1-bg-subtle",
                "basis-color-accent-1-bg-hover", "basis-color-accent-1-bg-active",
                "basis-color-accent-1-border-subtle", "basis-color-accent-1-inverse-color-subtle",
                "basis-color-accent-1-inverse-border-default", "basis-color-accent-1-inverse-border-hover",
                "basis-color-accent-1-inverse-border-active", "basis-color-accent-1-inverse-border-subtle")));
        roles.put("on-primary", new Colour(colors.getOnPrimary(), List.of(
                "basis-color-accent-1-inverse-color-default", "basis-color-accent-1-inverse-color-hover",
                "basis-color-accent-1-inverse-color-active", "basis-color-accent-1-inverse-color-document")));
        roles.put("link", new Colour(colors.getLink(), List.of("basis-color-action-2-color-default")));
        roles.put("link-hover", new Colour(colors.getLinkHover(), List.of(
                "basis-color-action-2-color-hover", "basis-color-action-2-color-active",
                "basis-color-action-2-color-document")));
        roles.put("text", new Colour(colors.getText(), List.of("basis-color-default-color-document")));
        roles.put("background", new Colour(colors.getBackground(), List.of(
                "basis-color-default-bg-document", "basis-color-accent-1-bg-document",
                "basis-color-action-2-bg-document")));
        roles.put("focus", new Colour(colors.getFocus(), List.of("basis-focus-background-color")));
        roles.put("focus-text", new Colour(colors.getFocusText(), List.of(
                "basis-focus-color", "basis-focus-outline-color")));
        return roles;
    }
}
