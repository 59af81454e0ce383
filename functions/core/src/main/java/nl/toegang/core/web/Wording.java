package nl.toegang.core.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import nl.toegang.forms.Language;

/**
 * A text still to be written: a key in the texts bundles with its arguments. Whoever answers
 * writes it in the reader's language, so a reason found deep in a check is never fixed in one
 * language. An argument that is itself a wording, a list of them or {@link InLanguage}, is written in the same language.
 */
public record Wording(String key, List<Object> args) {

    /** An argument that writes itself in a language, such as a text from another module's bundle. */
    @FunctionalInterface
    public interface InLanguage {
        String in(Language language);
    }

    public Wording {
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static Wording of(String key, Object... args) {
        return new Wording(key, Arrays.asList(args));
    }

    public String in(Texts texts) {
        return texts.get(key, writtenIn(texts, args.toArray()));
    }

    static Object[] writtenIn(Texts texts, Object[] args) {
        Object[] written = args.clone();
        for (int i = 0; i < written.length; i++) {
            if (written[i] instanceof Wording wording) {
                written[i] = wording.in(texts);
            } else if (written[i] instanceof InLanguage text) {
                written[i] = text.in(texts.language());
            } else if (written[i] instanceof List<?> list && list.stream().allMatch(Wording.class::isInstance)) {
                written[i] = String.join(" ", list.stream().map(w -> ((Wording) w).in(texts)).toList());
            }
        }
        return written;
    }
}
