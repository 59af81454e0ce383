package nl.toegang.admin;

import nl.toegang.core.definitions.DefinitionKind;
import nl.toegang.core.web.ProblemException;

/** The addresses of the versions pages, with the kind of definition as a Dutch word. */
final class DefinitionPaths {

    private DefinitionPaths() {}

    static String segment(DefinitionKind kind) {
        return switch (kind) {
            case PROCESS -> "proces";
            case DECISION -> "beslistabel";
            case FORM -> "formulier";
            case LETTER -> "brief";
        };
    }

    static DefinitionKind kind(String segment, String id) {
        for (DefinitionKind kind : DefinitionKind.values()) {
            if (segment(kind).equals(segment)) {
                return kind;
            }
        }
        throw ProblemException.notFound("definition.unknown", id);
    }

    static String versions(DefinitionKind kind, String id) {
        return "/beheer/" + segment(kind) + "/" + id;
    }

    static String version(DefinitionKind kind, String id, int version, String what) {
        return versions(kind, id) + "/versies/" + version + "/" + what;
    }
}
