package nl.toegang.pages.admin;

import java.util.List;

/**
 * The administration page.
 *
 * @param deployed what was just taken into use, one line each; empty when nothing was sent
 * @param errorTitle why the upload was refused, or null
 * @param errors what was wrong, one line each
 * @param definitions every definition once, with the version new cases use
 * @param untranslated per deployed form and offered language, the texts residents will read in Dutch, one line each
 * @param readability per deployed Dutch letter, how easy it is to read; empty when none was deployed
 * @param readabilityAdvice that the report is advice and the letters are in use; null without a report
 */
public record AdminPage(List<String> deployed, String errorTitle, List<String> errors, List<DefinitionRow> definitions,
        List<String> untranslated, List<ReadabilityView> readability, String readabilityAdvice) {

    public AdminPage(List<String> deployed, String errorTitle, List<String> errors, List<DefinitionRow> definitions) {
        this(deployed, errorTitle, errors, definitions, List.of(), List.of(), null);
    }

    /**
     * A process, decision table, form or letter, with its kind in words and the date formatted for the reader.
     *
     * @param versionsHref the page with all its versions
     */
    public record DefinitionRow(String kind, String id, String versionsHref, int currentVersion, String by, String at) {}
}
