package nl.toegang.pages;

/** The reader's texts, from a message bundle; templates never hold a sentence themselves. */
@FunctionalInterface
public interface PageTexts {

    /** The text for {@code key} with {@code args} filled in (MessageFormat). */
    String get(String key, Object... args);
}
