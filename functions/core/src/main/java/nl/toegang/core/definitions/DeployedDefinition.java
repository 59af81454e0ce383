package nl.toegang.core.definitions;

import java.time.Instant;

/**
 * One deployed version of a process, decision or form, as the engine numbered it.
 *
 * @param definitionKey the engine's key (a user task job's form key points at a form's key)
 * @param content the file as deployed; forms are rendered from it, models are read for task names,
 *     and an administrator can take it back into use
 * @param restoredFrom the earlier version whose content an administrator took back into use as
 *     this version, or null for an upload
 */
public record DeployedDefinition(
        DefinitionKind kind,
        String id,
        int version,
        String definitionKey,
        String resourceName,
        String content,
        String deployedBy,
        Instant deployedAt,
        Integer restoredFrom) {

    public DeployedDefinition(DefinitionKind kind, String id, int version, String definitionKey, String resourceName,
            String content, String deployedBy, Instant deployedAt) {
        this(kind, id, version, definitionKey, resourceName, content, deployedBy, deployedAt, null);
    }

    public String resourceId() {
        return kind.resourceId(id);
    }

    public DeployedDefinition restoredFrom(int earlierVersion) {
        return new DeployedDefinition(kind, id, version, definitionKey, resourceName, content, deployedBy, deployedAt,
                earlierVersion);
    }
}
