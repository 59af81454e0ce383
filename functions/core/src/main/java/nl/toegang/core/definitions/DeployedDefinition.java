package nl.toegang.core.definitions;

import java.time.Instant;

/**
 * One deployed version of a process, decision or form, as the engine numbered it.
 *
 * @param definitionKey the engine's key (a user task job's form key points at a form's key)
 * @param content the file as deployed; forms are rendered from it, models are read for task names
 */
public record DeployedDefinition(
        DefinitionKind kind,
        String id,
        int version,
        String definitionKey,
        String resourceName,
        String content,
        String deployedBy,
        Instant deployedAt) {

    public String resourceId() {
        return kind.resourceId(id);
    }
}
