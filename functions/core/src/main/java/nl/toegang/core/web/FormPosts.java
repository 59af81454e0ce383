package nl.toegang.core.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.toegang.pages.forms.LanguageSwitch;

/**
 * Reads an application/x-www-form-urlencoded body. Done by hand because a checklist sends the
 * same name several times, and every value must reach the validator.
 */
public final class FormPosts {
    private FormPosts() {}

    /** The fields of the request's form-urlencoded body, read from the raw bytes (see {@link RawBody}). */
    public static Map<String, List<String>> read(io.micronaut.http.HttpRequest<?> request) {
        return parse(new String(RawBody.bytes(request), StandardCharsets.UTF_8));
    }

    public static Map<String, List<String>> parse(String body) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (body == null || body.isBlank()) {
            return values;
        }
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return values;
    }

    /**
     * The post came from the language switch of a form page: show the same form again in the
     * chosen language (the request's {@code ?lang=}), neither checked nor sent.
     */
    public static boolean switchesLanguage(Map<String, List<String>> values) {
        return first(values, LanguageSwitch.FIELD) != null;
    }

    public static String first(Map<String, List<String>> values, String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? null : list.get(0);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return "";
        }
    }
}
