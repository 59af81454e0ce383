package nl.toegang.localidp;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Parameters from a query string or an {@code application/x-www-form-urlencoded} body. */
final class FormData {

    private final Map<String, String> values;

    private FormData(Map<String, String> values) {
        this.values = values;
    }

    static FormData parse(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded != null && !encoded.isEmpty()) {
            for (String pair : encoded.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                // The first value wins: a repeated parameter must not override a checked one.
                values.putIfAbsent(name, value);
            }
        }
        return new FormData(values);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name)).filter(value -> !value.isBlank());
    }

    String getOrEmpty(String name) {
        return get(name).orElse("");
    }
}
