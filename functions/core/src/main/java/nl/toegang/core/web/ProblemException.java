package nl.toegang.core.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request the server refuses, with words for the person who made it. API callers get it as
 * RFC 9457 problem+json; pages show it as a readable message.
 *
 * @param fieldErrors message per field key, for input that failed validation
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final Map<String, String> fieldErrors;

    public ProblemException(int status, String title, String detail) {
        this(status, title, detail, Map.of());
    }

    public ProblemException(int status, String title, String detail, Map<String, String> fieldErrors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.fieldErrors = new LinkedHashMap<>(fieldErrors);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not Found", detail);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "Bad Request", detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail);
    }

    public static ProblemException invalidInput(String detail, Map<String, String> fieldErrors) {
        return new ProblemException(422, "Unprocessable Content", detail, fieldErrors);
    }

    /** Refuses input that failed its form's validation, naming every field. */
    public static void unlessValid(nl.toegang.forms.FormResult result) {
        if (!result.errors().isEmpty()) {
            throw invalidInput("Some fields are missing or not valid.", result.errors());
        }
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** The problem+json body. */
    public Map<String, Object> body(String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", getMessage());
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
