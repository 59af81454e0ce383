package nl.toegang.worker;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The letter texts in {@code workflows/letters}, shipped on the classpath in the workflows jar as
 * {@code workflows/letters/<template>.<language>.md} (CommonMark).
 */
@Singleton
public class LetterTemplates {

    static final String FOLDER = "workflows/letters/";
    // Template names come from a model header; keep them to plain file names.
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    // The jar does not change while the function runs.
    private final Map<String, String> loaded = new ConcurrentHashMap<>();

    /** @throws JobFailedException when the template is not in the workflows jar */
    public String text(String template, String language) {
        if (!NAME.matcher(template).matches()) {
            throw new JobFailedException("Letter template '" + template + "' is not a valid name; use lower-case letters, "
                    + "digits and '-' (the file name in workflows/letters without ." + language + ".md)");
        }
        String path = FOLDER + template + "." + language + ".md";
        return loaded.computeIfAbsent(path, LetterTemplates::read);
    }

    private static String read(String path) {
        try (InputStream in = LetterTemplates.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new JobFailedException("Letter file " + path + " does not exist. Add it to workflows/letters "
                        + "and release the platform, or correct header 'template' in the model.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read letter file " + path, e);
        }
    }
}
