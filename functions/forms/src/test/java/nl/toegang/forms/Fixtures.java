package nl.toegang.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The test form and a complete, correct submission of it, as a browser would post it. */
final class Fixtures {

    private Fixtures() {
    }

    static FormDefinition wmoMelding() {
        return FormDefinition.parse(resource("/forms/wmo-melding.form"));
    }

    static String resource(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A melding by a resident for herself; change entries to test one rule at a time. */
    static Map<String, List<String>> completeMelding() {
        Map<String, List<String>> post = new LinkedHashMap<>();
        post.put("voornaam", List.of("  Johanna "));
        post.put("achternaam", List.of("de Vries"));
        post.put("bsn", List.of("111222333"));
        post.put("geboortedatum", List.of("12-03-1948"));
        post.put("adres", List.of("Dorpsstraat 12"));
        post.put("postcode", List.of("1431ab"));
        post.put("woonplaats", List.of("Aalsmeer"));
        post.put("telefoon", List.of("06 12345678"));
        post.put("email", List.of("johanna@example.nl"));
        post.put("namens", List.of("zelf"));
        post.put("hulpvragen", List.of("vervoer", "huishouden"));
        post.put("situatie", List.of("Ik kan sinds mijn val niet meer goed lopen.\r\nBoodschappen doen lukt niet."));
        post.put("spoed", List.of("nee"));
        post.put("akkoord", List.of("true"));
        return post;
    }

    static Map<String, List<String>> with(Map<String, List<String>> post, String key, String... values) {
        Map<String, List<String>> changed = new LinkedHashMap<>(post);
        changed.put(key, List.of(values));
        return changed;
    }

    static Map<String, List<String>> without(Map<String, List<String>> post, String key) {
        Map<String, List<String>> changed = new LinkedHashMap<>(post);
        changed.remove(key);
        return changed;
    }
}
