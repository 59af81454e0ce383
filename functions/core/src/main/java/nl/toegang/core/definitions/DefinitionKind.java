package nl.toegang.core.definitions;

import java.util.Arrays;
import java.util.Optional;

/** What an administrator can deploy, recognised by the file name's extension. */
public enum DefinitionKind {
    PROCESS(".bpmn"),
    DECISION(".dmn"),
    FORM(".form"),
    /** A letter template in CommonMark, {@code <template>.<language>.md}; versioned by us, not by the engine. */
    LETTER(".md");

    private final String extension;

    DefinitionKind(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public String resourceId(String id) {
        return name().toLowerCase() + ":" + id;
    }

    public static Optional<DefinitionKind> forFileName(String fileName) {
        return Arrays.stream(values()).filter(k -> fileName.endsWith(k.extension)).findFirst();
    }
}
