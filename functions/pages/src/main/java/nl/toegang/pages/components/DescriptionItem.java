package nl.toegang.pages.components;

/**
 * One term and its description in a description list, both already in the reader's words.
 *
 * @param multiline whether the description keeps its line breaks (a text someone wrote)
 */
public record DescriptionItem(String term, String description, boolean multiline) {

    public DescriptionItem(String term, String description) {
        this(term, description, false);
    }
}
