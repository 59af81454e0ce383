package nl.toegang.core.definitions;

/** What an administrator can deploy, recognised by the file name's extension. */
public enum DefinitionKind {
    PROCESS(".bpmn"),
    DECISION(".dmn"),
    FORM(".form");

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

    public static java.util.Optional<DefinitionKind> forFileName(String fileName) {
        return java.util.Arrays.stream(values()).filter(k -> fileName.endsWith(k.extension)).findFirst();
    }
}
