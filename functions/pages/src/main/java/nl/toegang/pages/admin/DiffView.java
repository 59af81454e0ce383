package nl.toegang.pages.admin;

import java.util.List;

/**
 * What changed between two versions of a file, line by line, with a few unchanged lines around
 * each change.
 *
 * @param summary how many lines were added and removed, in words
 * @param lines empty when nothing changed
 */
public record DiffView(String summary, List<DiffLine> lines) {

    /** How a line differs; the template marks each with its label in words, and colours it too. */
    public enum Change { ADDED, REMOVED, UNCHANGED, SKIPPED }

    /**
     * One line of the comparison.
     *
     * @param label the change in words ("Toegevoegd"), or how many unchanged lines were left out
     * @param where the line's number in words, in the new file (the old one for a removed line); empty for skipped lines
     */
    public record DiffLine(Change change, String label, String where, String text) {}
}
