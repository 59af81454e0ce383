package nl.toegang.resident;

import io.micronaut.core.annotation.Introspected;
import java.time.Instant;
import java.util.List;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.web.Texts;

/**
 * A case as its resident sees it: the status in plain words, letters and messages. Internal
 * history (who viewed it, tasks) is never part of it.
 */
@Introspected
public record ResidentCaseView(
        String caseId,
        String formId,
        String status,
        String statusText,
        Instant submittedAt,
        boolean processStarted,
        boolean canWithdraw,
        boolean canApply,
        List<Letter> letters,
        List<HistoryLine> history) {

    @Introspected
    public record Letter(String template, Instant sentAt, String text) {}

    @Introspected
    public record HistoryLine(Instant at, String type, String text) {}

    public static ResidentCaseView of(CaseRecord c, List<CaseEvent> events, Texts texts) {
        List<CaseEvent> visible = events.stream().filter(CaseEvent::visibleToResident).toList();
        String lang = texts.language().name().toLowerCase();
        List<Letter> letters = visible.stream()
                .filter(e -> e.type() == CaseEvent.Type.LETTER)
                .map(e -> new Letter(e.text("template"), e.at(), e.text(lang)))
                .toList();
        List<HistoryLine> history = visible.stream()
                .map(e -> new HistoryLine(e.at(), e.type().name(), describe(e, texts)))
                .toList();
        return new ResidentCaseView(c.caseId(), c.formId(), c.status().name(), texts.get("status." + c.status().name()),
                c.createdAt(), c.processStarted(), !c.status().isFinal(),
                c.status() == nl.toegang.core.cases.CaseStatus.AWAITING_APPLICATION, letters, history);
    }

    private static String notification(CaseEvent e, Texts texts) {
        String key = "notify." + e.text("message");
        if (texts.getOrDefault(key, null) == null) {
            return texts.get("event.NOTIFICATION");
        }
        Object details = e.data().get("details");
        Object[] args = details instanceof List<?> list ? list.toArray() : new Object[0];
        return texts.get(key, args);
    }

    private static String describe(CaseEvent e, Texts texts) {
        return switch (e.type()) {
            case NOTIFICATION -> notification(e, texts);
            case STATUS_CHANGED -> texts.get("status." + e.text("status"));
            default -> texts.get("event." + e.type().name());
        };
    }
}
