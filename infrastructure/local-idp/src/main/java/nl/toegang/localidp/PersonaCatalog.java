package nl.toegang.localidp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The personas from {@code personas.json}, in file order. */
final class PersonaCatalog {

    private static final String RESOURCE = "/personas.json";

    private final Map<String, Persona> byId;

    private PersonaCatalog(List<Persona> personas) {
        Map<String, Persona> map = new LinkedHashMap<>();
        for (Persona persona : personas) {
            if (map.putIfAbsent(persona.id(), persona) != null) {
                throw new IllegalStateException("Persona id used twice: " + persona.id());
            }
        }
        this.byId = map;
    }

    static PersonaCatalog fromClasspath(ObjectMapper json) {
        try (InputStream in = PersonaCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE + " on the classpath");
            }
            List<Persona> personas = new ArrayList<>();
            for (JsonNode node : json.readTree(in)) {
                personas.add(toPersona(node));
            }
            return new PersonaCatalog(personas);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    // Read as a tree: the persona record uses Optional, which plain Jackson cannot bind.
    private static Persona toPersona(JsonNode node) {
        return new Persona(
                node.path("id").asText(),
                node.path("name").asText(),
                PersonaCategory.fromJson(node.path("category").asText()),
                texts(node.path("roles")),
                texts(node.path("groups")),
                node.hasNonNull("bsn") ? Optional.of(node.get("bsn").asText()) : Optional.empty(),
                node.path("about").path("nl").asText(""),
                node.path("about").path("en").asText(""),
                actsFor(node.path("acts_for")),
                optional(node, "organisation"),
                optional(node, "agb"),
                optional(node, "organisation_kind"));
    }

    private static List<Persona.ActsFor> actsFor(JsonNode array) {
        List<Persona.ActsFor> entries = new ArrayList<>();
        array.forEach(e -> entries.add(new Persona.ActsFor(e.path("bsn").asText(), e.path("name").asText(),
                e.path("basis").asText(), e.path("reference").asText(""))));
        return entries;
    }

    private static Optional<String> optional(JsonNode node, String field) {
        return node.hasNonNull(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    List<Persona> all() {
        return List.copyOf(byId.values());
    }

    Optional<Persona> find(String id) {
        return Optional.ofNullable(id).map(byId::get);
    }

    Persona get(String id) {
        return find(id).orElseThrow(() -> new UnknownPersonaException(id));
    }
}
