package nl.toegang.worker;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Map;
import nl.toegang.core.clock.CaseClocks;
import nl.toegang.core.clock.ClockView;
import nl.toegang.core.clock.TermCounting;
import nl.toegang.core.jobs.JobType;

/**
 * {@code toegang.termijn-starten}: starts the decision term of a step in the case's clock and gives
 * the process its last day as {@code beschikkingDeadline}. The term and its source come from the
 * route's DMN; the counting (day after the event, Algemene termijnenwet) is the clock's.
 */
@Singleton
public class StartTermHandler implements JobHandler {

    private final CaseClocks clocks;

    public StartTermHandler(CaseClocks clocks) {
        this.clocks = clocks;
    }

    @Override
    public JobType type() {
        return JobType.TERM_START;
    }

    @Override
    public Map<String, Object> handle(Job job) {
        String caseId = job.caseId();
        String step = job.requiredHeader("stap");
        Period term = parse(job, "termijn", Period::parse);
        Instant start = parse(job, "termijnStart", Instant::parse);
        String source = required(job, "termijnBron");
        Object law = job.variables().get("wet");
        clocks.start(caseId, law == null ? "" : law.toString(), step, TermCounting.dayOf(start), term, source);
        // A job delivered again after the resident was asked something returns the deadline as it stands now.
        ClockView now = clocks.current(caseId).orElseThrow();
        return CaseClocks.processVariables(now, "gestart");
    }

    private static String required(Job job, String name) {
        Object value = job.variables().get(name);
        if (value == null || value.toString().isBlank()) {
            throw new JobFailedException("Variable '" + name + "' is missing at element '" + job.elementId() + "' (job type "
                    + job.type() + "). Map it as an input of the task: the term, its source from the DMN, and the moment it"
                    + " counts from.");
        }
        return value.toString().strip();
    }

    private static <T> T parse(Job job, String name, java.util.function.Function<String, T> parser) {
        String value = required(job, name);
        try {
            return parser.apply(value);
        } catch (DateTimeParseException e) {
            throw new JobFailedException("Variable '" + name + "' at element '" + job.elementId() + "' is '" + value
                    + "', which is no ISO-8601 " + (name.equals("termijn") ? "period (P2W, P8W)" : "moment") + ".");
        }
    }
}
