package nl.toegang.resident;

import io.micronaut.core.annotation.Introspected;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.cases.CaseStatus;
import nl.toegang.core.clock.DayInWords;
import nl.toegang.core.web.Texts;

/**
 * A case as its resident sees it: the status in plain words, letters and messages. Internal
 * history (who viewed it, tasks) is never part of it.
 *
 * @param canApply whether the resident is asked for the aanvraag now
 * @param partOf the case id of the whole request ("Uw vraag") when this case is one part of it; else null
 */
@Introspected
public record ResidentCaseView(
        String caseId,
        String formId,
        String partOf,
        String status,
        String statusText,
        Instant submittedAt,
        boolean processStarted,
        boolean canWithdraw,
        boolean canApply,
        List<Letter> letters,
        List<HistoryLine> history) {

    /** The letter template of the report of the conversation (workflows/letters/verslag.*.txt). */
    public static final String VERSLAG = "verslag";

    /**
     * @param subject the letter's first line
     * @param details what the letter is about (product, period, ...), each with its label, in the reader's words
     * @param text the whole letter
     */
    @Introspected
    public record Letter(String template, Instant sentAt, String subject, List<Detail> details, String text,
            String copyTo, String copyToSubject) {

        /** The letter without its subject line, as it follows the letter's heading. */
        public String body() {
            int end = text.indexOf('\n');
            return end < 0 ? "" : text.substring(end + 1).strip();
        }
    }

    @Introspected
    public record Detail(String label, String value) {}

    @Introspected
    public record HistoryLine(Instant at, String type, String text) {}

    public static ResidentCaseView of(CaseRecord c, List<CaseEvent> events, Texts texts) {
        List<CaseEvent> visible = events.stream().filter(CaseEvent::visibleToResident).toList();
        List<Letter> letters = visible.stream()
                .filter(e -> e.type() == CaseEvent.Type.LETTER)
                // Letters are written in Dutch and English; a reader of another language gets the Dutch one.
                .map(e -> letter(e, e.data().containsKey(texts.language().code()) ? texts.language().code() : "nl"))
                .toList();
        List<HistoryLine> history = visible.stream()
                .map(e -> new HistoryLine(e.at(), e.type().name(), describe(e, texts)))
                .toList();
        // The engine is told at once, the status follows a moment later: the resident's choice counts from the click.
        boolean withdrawn = c.status() == CaseStatus.WITHDRAWN
                || visible.stream().anyMatch(e -> e.type() == CaseEvent.Type.WITHDRAWAL_REQUESTED);
        CaseStatus shown = withdrawn && !c.status().isFinal() ? CaseStatus.WITHDRAWN : c.status();
        String partOf = c.partOf() == null ? null : c.partOf().requestId();
        return new ResidentCaseView(c.caseId(), c.formId(), partOf, shown.name(), texts.get("status." + shown.name()),
                // A split request is withdrawn part by part: its own process has ended.
                c.createdAt(), c.processStarted(), !shown.isFinal() && shown != CaseStatus.SPLIT,
                shown == CaseStatus.AWAITING_APPLICATION,
                letters, history);
    }

    /** The report of the conversation the aanvraag asks the resident to agree with; null before there is one. */
    public Letter verslag() {
        return letters.stream().filter(l -> VERSLAG.equals(l.template())).reduce((first, latest) -> latest).orElse(null);
    }

    private static Letter letter(CaseEvent e, String lang) {
        String text = e.text(lang);
        int end = text.indexOf('\n');
        String subject = (end < 0 ? text : text.substring(0, end)).strip();
        List<Detail> details = e.data().get("details") instanceof List<?> list
                ? list.stream().filter(Map.class::isInstance).map(Map.class::cast)
                        .map(d -> new Detail(String.valueOf(d.get("label_" + lang)), String.valueOf(d.get(lang))))
                        .toList()
                : List.of();
        return new Letter(e.text("template"), e.at(), subject, details, text, e.text("copyTo"), e.text("copyToSubject"));
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

    /** Who sent it, when it was not the resident themselves: a representative or the loket. */
    private static String submitted(CaseEvent e, Texts texts) {
        String kind = e.text("senderKind");
        if ("representative".equals(kind)) {
            return texts.get("event.SUBMITTED.representative", e.text("senderName"), texts.get("basis." + e.text("basis")));
        }
        if ("loket".equals(kind)) {
            return texts.get("event.SUBMITTED.loket", texts.get("channel." + e.text("channel")));
        }
        return texts.get("event.SUBMITTED");
    }

    /** The same case with only the letters this reader gets: the person's own, or the copies sent to them. */
    public ResidentCaseView withLetters(Predicate<Letter> reader) {
        return new ResidentCaseView(caseId, formId, partOf, status, statusText, submittedAt, processStarted, canWithdraw, canApply,
                letters.stream().filter(reader).toList(), history);
    }

    private static String describe(CaseEvent e, Texts texts) {
        return switch (e.type()) {
            case NOTIFICATION -> notification(e, texts);
            case STATUS_CHANGED -> texts.get("status." + e.text("status"));
            case SUBMITTED -> submitted(e, texts);
            case LETTER -> texts.getOrDefault("event.LETTER." + e.text("template"), texts.get("event.LETTER"));
            case DEADLINE_SET, INFORMATION_REQUESTED, INFORMATION_RECEIVED, DEADLINE_EXTENDED -> texts.get("event." + e.type().name(),
                    e.text("deadline").isEmpty() ? "" : new DayInWords(java.time.LocalDate.parse(e.text("deadline"))).in(texts.language()),
                    e.text("reason"));
            default -> texts.get("event." + e.type().name());
        };
    }
}
