package nl.toegang.core.households;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseEventRepository;
import nl.toegang.core.staff.Teams;
import nl.toegang.core.tasks.TaskRepository;
import nl.toegang.core.web.Texts;
import nl.toegang.forms.Language;

/**
 * A case worker shares a member's information without consent because safety is at stake (A-17,
 * A-18). The reason is required; hiding it from the member needs its own reason, because not
 * telling someone is a second decision about them. Every override is a line in the household
 * history and waits on the start page of the team leads concerned until one of them has seen it.
 */
@Singleton
public class SafetyOverrides {

    public static final String MEMBER_FIELD = "member";
    public static final String SCOPE_FIELD = "scope";
    public static final String REASON_FIELD = "reason";
    public static final String HIDDEN_FIELD = "hiddenFromMember";
    public static final String HIDDEN_REASON_FIELD = "hiddenReason";
    public static final int MAX_REASON = 2000;

    private final ConsentRepository consents;
    private final HouseholdRepository households;
    private final HouseholdCases cases;
    private final TaskRepository tasks;
    private final CaseEventRepository events;

    public SafetyOverrides(ConsentRepository consents, HouseholdRepository households, HouseholdCases cases,
            TaskRepository tasks, CaseEventRepository events) {
        this.consents = consents;
        this.households = households;
        this.cases = cases;
        this.tasks = tasks;
        this.events = events;
    }

    public record Entry(String memberBsn, String scope, String reason, boolean hiddenFromMember, String hiddenReason) {
        public static final Entry EMPTY = new Entry("", "", "", false, "");
    }

    public record Outcome(SafetyOverride override, Map<String, String> errors) {
        public boolean recorded() {
            return errors.isEmpty();
        }
    }

    /** An override with the team that recorded it and whether a team lead has seen it. */
    public record Logged(SafetyOverride override, String team, String hiddenReason, Instant seenAt, String seenBy) {}

    public Outcome record(Principal worker, Household h, Entry entry, String idempotencyKey, Language language) {
        Texts t = Texts.of(language);
        Map<String, String> errors = new LinkedHashMap<>();
        String member = trim(entry.memberBsn());
        if (!h.hasMember(member)) {
            errors.put(MEMBER_FIELD, t.get("override.error.member"));
        }
        ConsentScope scope = java.util.Arrays.stream(ConsentScope.values()).filter(s -> s.name().equals(entry.scope()))
                .findFirst().orElse(null);
        if (scope == null) {
            errors.put(SCOPE_FIELD, t.get("override.error.scope"));
        }
        String reason = trim(entry.reason());
        if (reason.isEmpty()) {
            errors.put(REASON_FIELD, t.get("override.error.reason"));
        } else if (reason.length() > MAX_REASON) {
            errors.put(REASON_FIELD, t.get("override.error.tooLong", MAX_REASON));
        }
        String hiddenReason = trim(entry.hiddenReason());
        if (entry.hiddenFromMember() && hiddenReason.isEmpty()) {
            errors.put(HIDDEN_REASON_FIELD, t.get("override.error.hiddenReason"));
        } else if (hiddenReason.length() > MAX_REASON) {
            errors.put(HIDDEN_REASON_FIELD, t.get("override.error.tooLong", MAX_REASON));
        }
        if (!errors.isEmpty()) {
            return new Outcome(null, errors);
        }
        Instant now = Instant.now();
        String id = idFor(worker, h.householdId(), idempotencyKey);
        SafetyOverride o = new SafetyOverride(id, h.householdId(), member, scope, reason, entry.hiddenFromMember(),
                worker.subject(), worker.name(), now);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("overrideId", id);
        data.put("memberBsn", member);
        data.put("scope", scope.name());
        data.put("reason", reason);
        data.put("team", teamOf(worker));
        data.put("hiddenFromMember", entry.hiddenFromMember());
        if (entry.hiddenFromMember()) {
            data.put("hiddenReason", hiddenReason);
        }
        // The history line is the guard: a second click with the same key writes neither line nor override.
        if (events.appendOnce(CaseEvent.of(h.householdId(), CaseEvent.Type.SAFETY_OVERRIDE, worker.subject(),
                worker.name(), !entry.hiddenFromMember(), data), "override#" + id)) {
            consents.record(o);
        }
        return new Outcome(o, Map.of());
    }

    /** The overrides of one household, oldest first, with who saw them. */
    public List<Logged> of(Household h) {
        List<CaseEvent> history = events.list(h.householdId());
        return consents.overrides(h.householdId()).stream().map(o -> logged(o, history)).toList();
    }

    /** What the member may know: the overrides about the members they speak for that were not hidden. */
    public List<Logged> visibleTo(HouseholdAccess.ResidentHousehold viewer) {
        return of(viewer.household()).stream()
                .filter(l -> viewer.speaksFor(l.override().memberBsn()) && !l.override().hiddenFromMember())
                .toList();
    }

    /** Overrides a team lead must see: in households their team coordinates or has a task in. */
    public List<Logged> forLead(Principal lead) {
        if (!Teams.leadsATeam(lead)) {
            return List.of();
        }
        Set<String> householdIds = new java.util.TreeSet<>(consents.householdsWithOverrides());
        List<Logged> result = new ArrayList<>();
        for (String id : householdIds) {
            households.find(id).filter(h -> leadsFor(lead, h)).ifPresent(h -> result.addAll(of(h)));
        }
        result.sort(java.util.Comparator.comparing((Logged l) -> l.override().at()).reversed());
        return result;
    }

    /** Whether this team lead is one who must see the household's overrides. */
    public boolean leadsFor(Principal lead, Household h) {
        Coordinator c = h.coordinator();
        if (c != null && lead.inGroup(c.team() + Teams.LEAD_SUFFIX)) {
            return true;
        }
        return cases.of(h).stream().flatMap(k -> tasks.forCase(k.caseId()).stream())
                .anyMatch(task -> Teams.leads(lead, task.candidateGroup()));
    }

    /** A team lead records "gezien"; seen once is seen: a second click adds no line. */
    public Optional<Logged> acknowledge(Principal lead, Household h, String overrideId) {
        if (!leadsFor(lead, h)) {
            return Optional.empty();
        }
        Optional<SafetyOverride> o = consents.overrides(h.householdId()).stream()
                .filter(x -> x.overrideId().equals(overrideId)).findFirst();
        o.ifPresent(x -> events.appendOnce(CaseEvent.of(h.householdId(), CaseEvent.Type.SAFETY_OVERRIDE_SEEN,
                lead.subject(), lead.name(), false, Map.of("overrideId", overrideId)), "override-seen#" + overrideId));
        return o.map(x -> logged(x, events.list(h.householdId())));
    }

    private static Logged logged(SafetyOverride o, List<CaseEvent> history) {
        CaseEvent recorded = history.stream().filter(e -> e.type() == CaseEvent.Type.SAFETY_OVERRIDE
                && o.overrideId().equals(e.text("overrideId"))).findFirst().orElse(null);
        CaseEvent seen = history.stream().filter(e -> e.type() == CaseEvent.Type.SAFETY_OVERRIDE_SEEN
                && o.overrideId().equals(e.text("overrideId"))).findFirst().orElse(null);
        return new Logged(o, recorded == null ? "" : recorded.text("team"),
                recorded == null ? "" : recorded.text("hiddenReason"),
                seen == null ? null : seen.at(), seen == null ? null : seen.actorName());
    }

    /** The worker's team: the part before the role of their first team group. */
    static String teamOf(Principal worker) {
        return worker.groups().stream().filter(g -> g.contains("-")).sorted().findFirst()
                .map(g -> g.substring(0, g.lastIndexOf('-'))).orElse("");
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    private static String idFor(Principal who, String householdId, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            return UUID.randomUUID().toString();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((who.subject() + "\n" + householdId + "\n" + idempotencyKey).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
