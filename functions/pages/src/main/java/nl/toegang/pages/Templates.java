package nl.toegang.pages;

import io.micronaut.views.jte.HtmlJteViewsRenderer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Renders a precompiled jte template (src/main/jte of this module) to a string, through
 * micronaut-views-jte. A string, not a view the framework renders later, so that a page answer
 * is the same under Netty and through the Lambda proxy, and error handlers can use it too.
 */
@Singleton
public class Templates {

    private final HtmlJteViewsRenderer<Map<String, Object>> views;

    public Templates(HtmlJteViewsRenderer<Map<String, Object>> views) {
        this.views = views;
    }

    /** @param name the template's path under src/main/jte without ".jte", e.g. {@code "resident/home"} */
    public String render(String name, Map<String, Object> params) {
        if (!views.exists(name)) {
            throw new IllegalArgumentException("No template " + name);
        }
        StringWriter out = new StringWriter(8192);
        try {
            views.render(name, params, null).writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
