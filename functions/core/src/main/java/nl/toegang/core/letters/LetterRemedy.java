package nl.toegang.core.letters;

import java.util.Arrays;
import java.util.Optional;

/**
 * The legal remedy a decision letter names in its rechtsmiddelenclausule (Awb 3:45): the letter
 * task's header {@code rechtsmiddel} says which, so the model marks its decisions (see
 * docs/adr/0026-letters-as-pdf.md). Both have a term of six weeks from the day after the letter was
 * sent (Awb 6:7, 6:8).
 */
public enum LetterRemedy {
    /** An objection to the municipality (Awb 6:4 lid 1, 7:1): every first decision. */
    BEZWAAR("bezwaar"),
    /** An appeal to the court (Awb 8:1): the decision on an objection. */
    BEROEP("beroep");

    /** The header on the letter task, and the key in the LETTER event's data. */
    public static final String HEADER = "rechtsmiddel";

    private final String code;

    LetterRemedy(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<LetterRemedy> of(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    /** For error messages: the values the header takes. */
    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(LetterRemedy::code).toList());
    }
}
