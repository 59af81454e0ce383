package nl.toegang.worker;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseEventRepository;
import nl.toegang.core.cases.CaseRepository;
import nl.toegang.core.cases.CaseSender;
import nl.toegang.core.jobs.JobType;
import nl.toegang.core.letters.LetterParties;
import nl.toegang.core.letters.LetterRemedy;
import nl.toegang.core.penalty.DefaultNotices;
import nl.toegang.forms.FormComponent;
import nl.toegang.forms.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code toegang.letter}: writes the letter named in header {@code template} to the case, in
 * Dutch and English, filled from the process variables. The resident reads it on their page.
 * Answers from forms appear in words: an option's label, not its code; a date written out.
 *
 * <p>Optional header {@code details} names process variables (comma-separated) that the letter's
 * heading shows beside its date and reference, e.g. the product and the period. Each is shown with
 * the label of the form field it was answered in, so only answers from forms can be details.
 *
 * <p>A case sent by a bewindvoerder, curator, mentor or wettelijk vertegenwoordiger also sends
 * them a copy: the letter names them under "Kopie aan", and their page shows it.
 */
@Singleton
public class LetterHandler implements JobHandler {

    private static final Logger LOG = LoggerFactory.getLogger(LetterHandler.class);

    private final LetterTemplates templates;
    private final CaseEventRepository events;
    private final CaseAnswerWords answerWords;

    private final CaseRepository cases;
    private final LetterParties parties;
    private final DefaultNotices defaultNotices;

    public LetterHandler(LetterTemplates templates, CaseEventRepository events, CaseAnswerWords answerWords,
            CaseRepository cases, LetterParties parties, DefaultNotices defaultNotices) {
        this.parties = parties;
        this.defaultNotices = defaultNotices;
        this.cases = cases;
        this.templates = templates;
        this.events = events;
        this.answerWords = answerWords;
    }

    /** The languages letter templates are written in (workflows/letters/&lt;template&gt;.&lt;code&gt;.md); other readers get the Dutch one. */
    static final List<Language> LETTER_LANGUAGES = List.of(Language.NL, Language.EN);

    @Override
    public JobType type() {
        return JobType.LETTER;
    }

    @Override
    public Map<String, Object> handle(Job job) {
        String template = job.requiredHeader("template");
        String caseId = job.caseId();
        CaseAnswerWords.Fields fields = answerWords.fieldsOf(caseId);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("template", template);
        Set<String> missing = new LinkedHashSet<>();
        for (Language language : LETTER_LANGUAGES) {
            Placeholders.Filled letter = write(job, template, language, fields);
            data.put(code(language), letter.text());
            missing.addAll(letter.missing());
        }
        data.put("details", details(job, fields));
        // What the PDF of the letter prints (docs/adr/0026-letters-as-pdf.md): as it was when the letter went out.
        remedy(job).ifPresent(remedy -> data.put(LetterRemedy.HEADER, remedy.code()));
        cases.find(caseId).ifPresent(c -> data.put(LetterParties.ADDRESSEE, parties.addressee(c)));
        data.put(LetterParties.SENDER, parties.sender(caseId));
        // The letter is the person helped's; a legal representative who sent the case gets a copy
        // (docs/adr/0020-acting-for-someone-else.md), and the letter says so.
        cases.find(caseId).map(c -> c.sender()).filter(CaseSender::receivesCopies).ifPresent(representative -> {
            data.put("copyTo", representative.name());
            data.put("copyToSubject", representative.subject());
        });
        if (!missing.isEmpty()) {
            // The letter still goes out: a blank is better than a stuck case, but someone should look.
            LOG.warn("Letter {} for case {} (element {}) has no value for {}; left blank", template, caseId,
                    job.elementId(), missing);
        }
        CaseEvent letter = CaseEvent.of(caseId, CaseEvent.Type.LETTER, CaseEvent.SYSTEM, null, true, data);
        events.appendOnce(letter, job.dedupeKey());
        // A decision stops the penalty for not deciding in time (Awb 4:17): the route settles it.
        defaultNotices.letterSent(letter);
        return Map.of();
    }

    private Placeholders.Filled write(Job job, String template, Language language, CaseAnswerWords.Fields fields) {
        String lang = code(language);
        String text = templates.text(template, lang);
        Map<String, Object> values = new HashMap<>(fields.inWords(job.variables(), language));
        if (Placeholders.uses(text, DecisionText.PLACEHOLDER)) {
            values.put(DecisionText.PLACEHOLDER, DecisionText.forLetter(job.variables(), lang));
        }
        if (Placeholders.uses(text, DecisionText.ENGLISH_PLACEHOLDER)) {
            values.put(DecisionText.ENGLISH_PLACEHOLDER, DecisionText.forLetter(job.variables(), "en"));
        }
        DutchOnlyAnswers.mark(values, fields, language);
        return Placeholders.fill(text, values);
    }

    /** Header {@code rechtsmiddel}: the letter is a decision, and its PDF says how and by when to object. */
    private static java.util.Optional<LetterRemedy> remedy(Job job) {
        String header = job.headers().get(LetterRemedy.HEADER);
        if (header == null || header.isBlank()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(LetterRemedy.of(header.strip()).orElseThrow(() -> new JobFailedException(
                "Header '" + LetterRemedy.HEADER + "' on element '" + job.elementId() + "' is '" + header
                        + "'; use one of " + LetterRemedy.codes() + ", or leave it out when the letter is no decision")));
    }

    /** One entry per named variable that has an answer: the field's label and the answer, in both languages. */
    private static List<Map<String, String>> details(Job job, CaseAnswerWords.Fields fields) {
        List<Map<String, String>> details = new ArrayList<>();
        String names = job.headers().get("details");
        if (names == null || names.isBlank()) {
            return details;
        }
        for (String name : names.split(",")) {
            String key = name.trim();
            Object value = job.variables().get(key);
            FormComponent field = fields.field(key).orElse(null);
            if (field == null || value == null || value.toString().isBlank()) {
                continue;
            }
            Map<String, String> detail = new LinkedHashMap<>();
            detail.put("key", key);
            for (Language language : LETTER_LANGUAGES) {
                detail.put("label_" + code(language), field.label(language));
                detail.put(code(language), shown(fields.words(key, value, job.variables(), language)));
            }
            details.add(detail);
        }
        return details;
    }

    private static String shown(Object words) {
        if (words instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return String.valueOf(words);
    }

    private static String code(Language language) {
        return language.code();
    }
}
