package nl.toegang.core.cases;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.toegang.auth.Principal;
import nl.toegang.core.web.ProblemException;
import nl.toegang.core.web.Texts;
import nl.toegang.forms.Language;

/**
 * Case workers' notes on a case. A note is a line of the case history ({@link CaseEvent.Type#NOTE_ADDED}),
 * so it is kept, and expires, with the case; residents never see it. The same idempotency key
 * (a hidden field of the page, the API's {@code Idempotency-Key}) from the same person stores one
 * note, however often and however simultaneously it is sent.
 */
@Singleton
public class CaseNotes {

    /** The field's name in the page's form and in the API's errors. */
    public static final String FIELD = "notitie";
    public static final int MAX_LENGTH = 2000;
    private static final int MAX_KEY_LENGTH = 200;

    private final CaseEventRepository events;

    public CaseNotes(CaseEventRepository events) {
        this.events = events;
    }

    /**
     * @param text the note as the case worker typed it, line breaks normalised, without surrounding blanks
     * @param errors the field's message in the reader's language; empty when the note was stored
     */
    public record Outcome(String text, Map<String, String> errors) {
        public boolean added() {
            return errors.isEmpty();
        }
    }

    /** Stores the note unless it is empty, too long or has characters that cannot be shown. */
    public Outcome add(Principal worker, CaseRecord c, String typed, String idempotencyKey, Language language) {
        if (c.status().isFinal()) {
            // A closed case's history has its expiry date already; a new line would outlive it.
            throw ProblemException.conflict("note.caseClosed");
        }
        String text = typed == null ? "" : typed.replace("\r\n", "\n").replace('\r', '\n').strip();
        String error = problem(text, Texts.of(language));
        if (error != null) {
            return new Outcome(text, Map.of(FIELD, error));
        }
        events.appendOnce(CaseEvent.of(c.caseId(), CaseEvent.Type.NOTE_ADDED, worker.subject(), worker.name(), false,
                Map.of("text", text)), dedupeKey(worker, idempotencyKey));
        return new Outcome(text, Map.of());
    }

    /** The notes in a case history, oldest first. */
    public static List<CaseEvent> in(List<CaseEvent> history) {
        return history.stream().filter(e -> e.type() == CaseEvent.Type.NOTE_ADDED).toList();
    }

    private static String problem(String text, Texts texts) {
        if (text.isEmpty()) {
            return texts.get("dossier.note.error.required");
        }
        int length = text.codePointCount(0, text.length());
        if (length > MAX_LENGTH) {
            return texts.get("dossier.note.error.tooLong", MAX_LENGTH, length);
        }
        if (text.chars().anyMatch(ch -> (ch < 0x20 && ch != '\n' && ch != '\t') || ch == 0x7f)) {
            return texts.get("dossier.note.error.character");
        }
        return null;
    }

    /** Per person, so one colleague's key can never swallow another's note; hashed, so any key fits a sort key. */
    private static String dedupeKey(Principal worker, String idempotencyKey) {
        String key = idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH
                ? UUID.randomUUID().toString() : idempotencyKey;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((worker.subject() + "\n" + key).getBytes(StandardCharsets.UTF_8));
            return "note#" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
