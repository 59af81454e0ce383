package nl.toegang.worker;

import jakarta.inject.Singleton;
import java.util.regex.Pattern;
import nl.toegang.core.definitions.DefinitionKind;
import nl.toegang.core.definitions.DefinitionRepository;
import nl.toegang.core.definitions.DeployedDefinition;

/**
 * The letter texts as deployed (CommonMark, {@code <template>.<language>.md}): the newest version an
 * administrator deployed on the admin page, or the one shipped in workflows/letters that the
 * platform deploys at start. A changed text is used by the next letter job, without a release.
 */
@Singleton
public class LetterTemplates {

    // Template names come from a model header; keep them to plain file names.
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final DefinitionRepository definitions;

    public LetterTemplates(DefinitionRepository definitions) {
        this.definitions = definitions;
    }

    /** @throws JobFailedException when no version of the template is deployed */
    public String text(String template, String language) {
        if (!NAME.matcher(template).matches()) {
            throw new JobFailedException("Letter template '" + template + "' is not a valid name; use lower-case letters, "
                    + "digits and '-' (the file name without ." + language + ".md)");
        }
        String id = template + "." + language;
        return definitions.latest(DefinitionKind.LETTER, id).map(DeployedDefinition::content)
                .orElseThrow(() -> new JobFailedException("Letter template " + id + ".md is not deployed. Deploy it on the "
                        + "admin page (/beheer), or correct header 'template' in the model."));
    }
}
