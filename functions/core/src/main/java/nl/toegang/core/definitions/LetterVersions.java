package nl.toegang.core.definitions;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * Numbers the versions of letter templates, as the engine numbers models and forms: an unchanged
 * file keeps its version, a changed one gets the next number. Two administrators deploying the same
 * template at once each get their own number: the table writes a number only once.
 */
@Singleton
class LetterVersions {

    private final DefinitionRepository definitions;

    LetterVersions(DefinitionRepository definitions) {
        this.definitions = definitions;
    }

    /** @param id the template and language, e.g. {@code beschikking.nl} */
    DeployedDefinition record(String id, DeploymentFile file, String by, Instant at, UnaryOperator<DeployedDefinition> marking) {
        String content = file.text();
        while (true) {
            var latest = definitions.latest(DefinitionKind.LETTER, id);
            if (latest.isPresent() && latest.get().content().equals(content)) {
                return latest.get();
            }
            int next = latest.map(d -> d.version() + 1).orElse(1);
            DeployedDefinition version = marking.apply(new DeployedDefinition(DefinitionKind.LETTER, id, next,
                    DefinitionKind.LETTER.resourceId(id) + ":" + next, file.name(), content, by, at));
            if (definitions.recordIfNew(version)) {
                return version;
            }
            // Someone else took this number a moment ago: look again.
        }
    }
}
