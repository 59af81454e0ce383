package nl.toegang.pages.forms;

/**
 * The fixed words around fields, in the reader's language.
 *
 * @param requiredMarker after the label of a required field, e.g. "(verplicht)"
 * @param errorPrefix before an error message, so it is not told by colour alone, e.g. "Fout:"
 * @param chooseOption the empty first choice of a select
 */
public record FieldWords(String requiredMarker, String errorPrefix, String chooseOption) {}
