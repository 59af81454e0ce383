package nl.toegang.core.web;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.toegang.forms.FormResult;
import nl.toegang.forms.Language;

/**
 * A request the server refuses, with words for the person who made it. API callers get it as
 * RFC 9457 problem+json; pages show it as a readable message. The words are looked up when the
 * answer is written, in the reader's language: {@code problem.<key>} in the texts bundles.
 *
 * @param fieldErrors message per field key, already in the reader's language (the form
 *     validator writes them), for input that failed validation
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String key;
    private final Object[] args;
    private final Map<String, String> fieldErrors;

    public ProblemException(int status, String key, Object... args) {
        this(status, Map.of(), key, args);
    }

    public ProblemException(int status, Map<String, String> fieldErrors, String key, Object... args) {
        // The English text is the exception's message: it is what the logs show.
        super(Texts.of(Language.EN).get("problem." + key, args));
        this.status = status;
        this.key = key;
        this.args = args.clone();
        this.fieldErrors = new LinkedHashMap<>(fieldErrors);
    }

    public static ProblemException notFound(String key, Object... args) {
        return new ProblemException(404, key, args);
    }

    public static ProblemException badRequest(String key, Object... args) {
        return new ProblemException(400, key, args);
    }

    public static ProblemException forbidden(String key, Object... args) {
        return new ProblemException(403, key, args);
    }

    public static ProblemException conflict(String key, Object... args) {
        return new ProblemException(409, key, args);
    }

    public static ProblemException unavailable(String key, Object... args) {
        return new ProblemException(503, key, args);
    }

    public static ProblemException invalidInput(Map<String, String> fieldErrors, String key, Object... args) {
        return new ProblemException(422, fieldErrors, key, args);
    }

    /** Refuses input that failed its form's validation, naming every field. */
    public static void unlessValid(FormResult result) {
        if (!result.errors().isEmpty()) {
            throw invalidInput(result.errors(), "input.invalid");
        }
    }

    public int status() {
        return status;
    }

    /** The message key, without the {@code problem.} prefix. */
    public String key() {
        return key;
    }

    /** The explanation in English, as in the logs. */
    public String detail() {
        return getMessage();
    }

    public String detail(Texts texts) {
        return texts.get("problem." + key, args);
    }

    public String title(Texts texts) {
        return titleFor(status, texts);
    }

    static String titleFor(int status, Texts texts) {
        return texts.getOrDefault("error." + status, texts.get("error.other"));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** The problem+json body in the reader's language. */
    public Map<String, Object> body(String instance, Texts texts) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title(texts));
        body.put("status", status);
        body.put("detail", detail(texts));
        if (instance != null) {
            body.put("instance", instance);
        }
        if (!fieldErrors.isEmpty()) {
            body.put("errors", fieldErrors.entrySet().stream()
                    .map(e -> Map.of("field", e.getKey(), "detail", e.getValue()))
                    .toList());
        }
        return body;
    }
}
