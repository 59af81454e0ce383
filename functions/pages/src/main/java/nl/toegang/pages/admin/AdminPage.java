package nl.toegang.pages.admin;

import java.util.List;

/**
 * The administration page.
 *
 * @param deployed what was just taken into use, one line each; empty when nothing was sent
 * @param errorTitle why the upload was refused, or null
 * @param errors what was wrong, one line each
 */
public record AdminPage(List<String> deployed, String errorTitle, List<String> errors, List<VersionRow> versions) {

    /** A deployed version, with its kind in words and the date formatted for the reader. */
    public record VersionRow(String kind, String id, int version, String by, String at) {}
}
