package nl.toegang.core.drafts;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseAccess;
import nl.toegang.core.web.ProblemException;

/**
 * A resident's unfinished forms. A draft is only ever seen by its owner: for anyone else it does not
 * exist (404), and from its expiry on it does not exist for its owner either.
 */
@Singleton
public class DraftService {

    /** Saves of one draft at the same moment retry this often; each retry means someone else's save landed. */
    private static final int ATTEMPTS = 20;

    private final DraftRepository drafts;
    private final DraftSettings settings;
    private final Clock clock;

    @jakarta.inject.Inject
    public DraftService(DraftRepository drafts, DraftSettings settings) {
        this(drafts, settings, Clock.systemUTC());
    }

    DraftService(DraftRepository drafts, DraftSettings settings, Clock clock) {
        this.drafts = drafts;
        this.settings = settings;
        this.clock = clock;
    }

    /** A new draft id; the draft is stored when its first step is saved. */
    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** True for ids this service hands out, so nothing else reaches the table as a key. */
    public static boolean looksValid(String draftId) {
        try {
            return draftId != null && UUID.fromString(draftId).toString().equals(draftId);
        } catch (IllegalArgumentException notUuid) {
            return false;
        }
    }

    /** The resident's own draft, if it exists and has not expired. */
    public Optional<Draft> own(Principal resident, String draftId) {
        resident.require(CaseAccess.RESIDENT_ROLE);
        if (!looksValid(draftId)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return drafts.find(draftId).filter(d -> d.ownedBy(resident.subject()) && !d.expiredAt(now));
    }

    /** True when a draft with this id is stored, whoever owns it and whether or not it expired. */
    public boolean exists(String draftId) {
        return looksValid(draftId) && drafts.find(draftId).isPresent();
    }

    public DraftSettings settings() {
        return settings;
    }

    /** As {@link #own}, or 404 for a draft that is someone else's, expired or unknown. */
    public Draft require(Principal resident, String draftId, String formId) {
        return own(resident, draftId).filter(d -> d.formId().equals(formId))
                .orElseThrow(() -> ProblemException.notFound("draft.unknown"));
    }

    /** The resident's drafts that can still be continued, last saved first. */
    public List<Draft> mine(Principal resident) {
        resident.require(CaseAccess.RESIDENT_ROLE);
        Instant now = clock.instant();
        return drafts.listByOwner(resident.subject()).stream().filter(d -> !d.expiredAt(now)).toList();
    }

    /**
     * Saves one step's checked answers into the draft, creating it at its first save. The step's keys
     * are replaced as a whole (an optional answer taken away is gone), other steps' answers are kept,
     * also when another tab saves another step at the same moment: each save lands on the version it
     * read, or reads again and merges again.
     *
     * @param stepKeys the keys the step asks for
     * @param values   the step's answers that passed every check
     * @throws ProblemException 404 when the id is someone else's draft or an expired one
     */
    public Draft saveStep(Principal resident, String draftId, String formId, int step, Collection<String> stepKeys,
            Map<String, Object> values) {
        resident.require(CaseAccess.RESIDENT_ROLE);
        if (!looksValid(draftId)) {
            throw ProblemException.notFound("draft.unknown");
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            Instant expiresAt = now.plus(settings.retention());
            Optional<Draft> current = drafts.find(draftId);
            if (current.isEmpty()) {
                Draft fresh = new Draft(draftId, resident.subject(), formId, values, new TreeSet<>(List.of(step)), 1, now, now,
                        expiresAt);
                if (drafts.create(fresh)) {
                    return fresh;
                }
                continue;
            }
            Draft draft = current.get();
            if (!draft.ownedBy(resident.subject()) || !draft.formId().equals(formId) || draft.expiredAt(now)) {
                throw ProblemException.notFound("draft.unknown");
            }
            Map<String, Object> merged = new LinkedHashMap<>(draft.values());
            stepKeys.forEach(merged::remove);
            merged.putAll(values);
            TreeSet<Integer> steps = new TreeSet<>(draft.savedSteps());
            steps.add(step);
            Draft saved = new Draft(draftId, draft.ownerId(), formId, merged, steps, draft.version() + 1, draft.createdAt(), now,
                    expiresAt);
            if (drafts.replace(saved, draft.version())) {
                return saved;
            }
        }
        throw ProblemException.conflict("draft.busy");
    }

    /** Deletes the resident's own draft; 404 when it is not theirs. */
    public void delete(Principal resident, String draftId) {
        Draft draft = own(resident, draftId).orElseThrow(() -> ProblemException.notFound("draft.unknown"));
        drafts.delete(draft.draftId(), resident.subject());
    }

    /** After the form was sent: the case holds the answers now. */
    public void sent(Principal resident, String draftId) {
        drafts.delete(draftId, resident.subject());
    }
}
