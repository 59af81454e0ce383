package nl.toegang.forms;

/**
 * Characters a person cannot have meant. Text ends up in letters and in other systems: a line
 * break in a name would start a new line in an official letter, and a null character breaks
 * programs that read the value.
 */
final class TypedCharacters {

    private TypedCharacters() {
    }

    static boolean hasNullCharacter(String text) {
        return text.indexOf('\u0000') >= 0;
    }

    /** One-line text: no control characters at all, and no Unicode line or paragraph separators. */
    static boolean fitsOnOneLine(String text) {
        return text.codePoints().noneMatch(TypedCharacters::breaksOrControls);
    }

    /** Free text: new lines and tabs are fine, other control characters are not. */
    static boolean isPlainMultiLineText(String text) {
        return text.codePoints().noneMatch(c -> c != '\n' && c != '\t' && breaksOrControls(c));
    }

    private static boolean breaksOrControls(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }
}
