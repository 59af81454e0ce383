package nl.toegang.core.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
 * @param reasons what is wrong per field, written in the reader's language only when the answer is
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String key;
    private final Object[] args;
    private final Map<String, String> fieldErrors;
    private final Map<String, List<Wording>> reasons;

    /** One refused field: its key and what is wrong with it, in the reader's language. */
    public record FieldError(String field, String detail) {}

    public ProblemException(int status, String key, Object... args) {
        this(status, Map.of(), key, args);
    }

    public ProblemException(int status, Map<String, String> fieldErrors, String key, Object... args) {
        this(status, fieldErrors, Map.of(), key, args);
    }

    private ProblemException(int status, Map<String, String> fieldErrors, Map<String, List<Wording>> reasons,
            String key, Object... args) {
        // The English text is the exception's message: it is what the logs show.
        super(Texts.of(Language.EN).get("problem." + key, Wording.writtenIn(Texts.of(Language.EN), args)));
        this.status = status;
        this.key = key;
        this.args = args.clone();
        this.fieldErrors = new LinkedHashMap<>(fieldErrors);
        this.reasons = new LinkedHashMap<>();
        reasons.forEach((field, wordings) -> this.reasons.put(field, List.copyOf(wordings)));
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

    /**
     * Refuses input for reasons per field that are written in the reader's language when the answer is.
     * An argument may be a {@link Wording} or a list of them, written in the same language.
     */
    public static ProblemException refused(Map<String, List<Wording>> reasons, String key, Object... args) {
        return new ProblemException(422, Map.of(), reasons, key, args);
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
        return texts.get("problem." + key, Wording.writtenIn(texts, args));
    }

    public String title(Texts texts) {
        return titleFor(status, texts);
    }

    static String titleFor(int status, Texts texts) {
        return texts.getOrDefault("error." + status, texts.get("error.other"));
    }

    /** The messages the form validator wrote per field; reasons given as wordings are in {@link #errors}. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** Every refused field with what is wrong with it, in the reader's language, in the order found. */
    public List<FieldError> errors(Texts texts) {
        List<FieldError> errors = new ArrayList<>();
        fieldErrors.forEach((field, detail) -> errors.add(new FieldError(field, detail)));
        reasons.forEach((field, wordings) -> wordings.forEach(w -> errors.add(new FieldError(field, w.in(texts)))));
        return errors;
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
        List<FieldError> errors = errors(texts);
        if (!errors.isEmpty()) {
            body.put("errors", errors.stream()
                    .map(e -> Map.of("field", e.field(), "detail", e.detail()))
                    .toList());
        }
        return body;
    }
}
