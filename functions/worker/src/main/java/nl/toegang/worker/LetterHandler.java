package nl.toegang.worker;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseEventRepository;
import nl.toegang.core.jobs.JobType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code toegang.letter}: writes the letter named in header {@code template} to the case, in
 * Dutch and English, filled from the process variables. The resident reads it on their page.
 */
@Singleton
public class LetterHandler implements JobHandler {

    private static final Logger LOG = LoggerFactory.getLogger(LetterHandler.class);

    private final LetterTemplates templates;
    private final CaseEventRepository events;

    public LetterHandler(LetterTemplates templates, CaseEventRepository events) {
        this.templates = templates;
        this.events = events;
    }

    @Override
    public JobType type() {
        return JobType.LETTER;
    }

    @Override
    public Map<String, Object> handle(Job job) {
        String template = job.requiredHeader("template");
        String caseId = job.caseId();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("template", template);
        Set<String> missing = new LinkedHashSet<>();
        for (String language : new String[] {"nl", "en"}) {
            Placeholders.Filled letter = write(job, template, language);
            data.put(language, letter.text());
            missing.addAll(letter.missing());
        }
        if (!missing.isEmpty()) {
            // The letter still goes out: a blank is better than a stuck case, but someone should look.
            LOG.warn("Letter {} for case {} (element {}) has no value for {}; left blank", template, caseId,
                    job.elementId(), missing);
        }
        events.appendOnce(CaseEvent.of(caseId, CaseEvent.Type.LETTER, CaseEvent.SYSTEM, null, true, data),
                job.dedupeKey());
        return Map.of();
    }

    private Placeholders.Filled write(Job job, String template, String language) {
        String text = templates.text(template, language);
        Map<String, Object> values = new HashMap<>(job.variables());
        if (Placeholders.uses(text, DecisionText.PLACEHOLDER)) {
            values.put(DecisionText.PLACEHOLDER, DecisionText.forLetter(job.variables(), language));
        }
        if (Placeholders.uses(text, DecisionText.ENGLISH_PLACEHOLDER)) {
            values.put(DecisionText.ENGLISH_PLACEHOLDER, DecisionText.forLetter(job.variables(), "en"));
        }
        return Placeholders.fill(text, values);
    }
}
