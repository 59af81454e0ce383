package nl.toegang.pages.admin;

import java.util.List;

/**
 * Every version of one definition, newest first.
 *
 * @param intro what kind of definition this is and which version new cases use, in words
 * @param notice what the administrator just did (a version taken back into use), or null
 */
public record VersionsPage(String intro, String notice, List<VersionRow> versions) {

    /**
     * One version. The links are null where they do not apply: no preview for a model, no
     * "take back into use" for the version that is already in use.
     *
     * @param current new cases use this version
     * @param status whether new cases use it, in words (the mark is text, not only a colour)
     * @param origin uploaded, or taken back from which version
     */
    public record VersionRow(String version, boolean current, String status, String origin, String by, String at,
            Link changes, Link preview, Link restore) {}
}
