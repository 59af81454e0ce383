package nl.toegang.core.theme;

import io.micronaut.context.annotation.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The NL Design System style sheet that functions/theme builds from npm (static/nlds.css in the
 * toegang-theme jar): the Utrecht components and the design tokens they read.
 */
@Context
public class NldsStylesheet {

    public static final String URL = "/static/nlds.css";

    private static final String RESOURCE = "/static/nlds.css";
    private static final Pattern CUSTOM_PROPERTY = Pattern.compile("--[a-z0-9-]+");

    private final byte[] css;
    private final Set<String> tokenNames;

    NldsStylesheet() {
        try (InputStream in = NldsStylesheet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath: the toegang-theme jar "
                        + "(functions/theme, built with npm) is missing");
            }
            css = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher names = CUSTOM_PROPERTY.matcher(new String(css, StandardCharsets.UTF_8));
        tokenNames = names.results().map(name -> name.group().substring(2)).collect(Collectors.toUnmodifiableSet());
    }

    public byte[] css() {
        return css;
    }

    /** Whether the style sheet gives or reads a token of this name (without the leading dashes). */
    public boolean hasToken(String name) {
        return tokenNames.contains(name);
    }
}
