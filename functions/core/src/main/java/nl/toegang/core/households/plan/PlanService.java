package nl.toegang.core.households.plan;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseEventRepository;
import nl.toegang.core.households.Household;
import nl.toegang.core.households.HouseholdAccess;
import nl.toegang.core.households.HouseholdAccess.ResidentHousehold;
import nl.toegang.core.households.HouseholdPrivacy;
import nl.toegang.core.web.ProblemException;
import nl.toegang.core.web.Texts;
import nl.toegang.forms.Language;

/**
 * Writing the household's plan, reading it as a member, and reacting to it. Every change and every
 * reaction is a line in the household's history.
 */
@Singleton
public class PlanService {

    static final int MAX_GOALS = 10;
    static final int MAX_ACTIONS = 10;
    static final int MAX_TEXT = 2000;
    static final Set<String> LAWS = Set.of("wmo", "jeugdwet", "participatiewet", "schuldhulp", "signaal", "hulpvraag");

    private final HouseholdAccess access;
    private final HouseholdPrivacy privacy;
    private final PlanRepository plans;
    private final CaseEventRepository events;
    private final PlanReview review;

    public PlanService(HouseholdAccess access, HouseholdPrivacy privacy, PlanRepository plans,
            CaseEventRepository events, PlanReview review) {
        this.access = access;
        this.privacy = privacy;
        this.plans = plans;
        this.events = events;
        this.review = review;
    }

    /** The plan as a worker sees it: everything, with the reactions. */
    public record WorkerPlan(Household household, Plan plan, List<PlanReaction> reactions) {}

    /** The plan as a member sees it: only the goals they may see. */
    public record ResidentPlan(ResidentHousehold household, Plan plan, List<PlanGoal> visibleGoals,
            List<PlanReaction> reactions) {}

    /**
     * What a worker sends: the whole plan as they want it.
     *
     * @param version the version they read; a change based on an older one is refused (409)
     */
    public record PlanChange(List<PlanGoal> goals, LocalDate reviewDate, long version) {}

    /** @param reviewScheduled false when the evaluation date changed but the engine could not be told */
    public record Changed(Plan plan, boolean reviewScheduled) {}

    public WorkerPlan forWorker(Principal worker, String householdId) {
        Household h = access.forWorker(worker, householdId);
        return new WorkerPlan(h, plans.find(householdId), plans.reactions(householdId));
    }

    /** The stored plan, without access check or view line (for services that checked access already). */
    public Plan forWorkerQuiet(String householdId) {
        return plans.find(householdId);
    }

    public Changed change(Principal worker, String householdId, PlanChange change, Language language) {
        Household h = access.forWorker(worker, householdId);
        List<PlanGoal> goals = withIds(change.goals() == null ? List.of() : change.goals());
        Map<String, String> errors = PlanChecks.problems(h, goals, Texts.of(language));
        if (!errors.isEmpty()) {
            throw ProblemException.invalidInput(errors, "input.invalid");
        }
        Plan before = plans.find(householdId);
        if (before.version() != change.version()) {
            throw ProblemException.conflict("plan.changedByOther", before.changedByName() == null ? "" : before.changedByName());
        }
        Plan stored = plans.save(new Plan(householdId, goals, change.reviewDate(), Instant.now(), worker.name(), change.version()))
                .orElseThrow(() -> ProblemException.conflict("plan.changedByOther", ""));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("goals", stored.goals().size());
        data.put("actions", stored.goals().stream().mapToInt(g -> g.actions().size()).sum());
        if (stored.reviewDate() != null) {
            data.put("reviewDate", stored.reviewDate().toString());
        }
        events.append(CaseEvent.of(householdId, CaseEvent.Type.PLAN_CHANGED, worker.subject(), worker.name(), true, data));
        boolean scheduled = true;
        if (stored.reviewDate() != null && !stored.reviewDate().equals(before.reviewDate())) {
            scheduled = review.schedule(h, stored, teamFor(h, worker));
        }
        return new Changed(stored, scheduled);
    }

    /**
     * Adds one action to a goal, on the newest plan (an MDO agreement becomes an action in one click,
     * without the worker reading the plan first; a change in between is retried, not lost).
     */
    public Plan addAction(Principal worker, Household h, String goalId, PlanAction action) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Plan plan = plans.find(h.householdId());
            PlanGoal goal = plan.goal(goalId).orElseThrow(() -> ProblemException.invalidInput(
                    Map.of("goalId", Texts.of(Language.NL).get("plan.check.unknownGoal")), "input.invalid"));
            List<PlanGoal> goals = plan.goals().stream().map(g -> g != goal ? g : new PlanGoal(g.goalId(), g.text(),
                    g.concerns(), g.law(), append(g.actions(), action))).toList();
            Optional<Plan> stored = plans.save(new Plan(h.householdId(), goals, plan.reviewDate(), Instant.now(),
                    worker.name(), plan.version()));
            if (stored.isPresent()) {
                return stored.get();
            }
        }
        throw ProblemException.conflict("plan.changedByOther", "");
    }

    /** The members' view; empty when the resident is in no household. */
    public Optional<ResidentPlan> forResident(Principal resident) {
        return access.forResident(resident).map(rh -> {
            Plan plan = plans.find(rh.household().householdId());
            List<PlanGoal> visible = plan.goals().stream().filter(g -> privacy.mayShow(rh, g.concerns())).toList();
            List<PlanReaction> reactions = plans.reactions(rh.household().householdId());
            return new ResidentPlan(rh, plan, visible, reactions);
        });
    }

    public PlanReaction react(Principal resident, String text, Language language) {
        ResidentHousehold rh = access.forResident(resident)
                .orElseThrow(() -> ProblemException.notFound("household.none"));
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_TEXT) {
            throw ProblemException.invalidInput(Map.of("text", Texts.of(language).get(
                    trimmed.isEmpty() ? "plan.check.reactionEmpty" : "plan.check.tooLong", MAX_TEXT)), "input.invalid");
        }
        PlanReaction r = new PlanReaction(PlanRepository.newId(), rh.household().householdId(), trimmed,
                resident.subject(), resident.name(), Instant.now());
        plans.record(r);
        events.append(CaseEvent.of(r.householdId(), CaseEvent.Type.PLAN_REACTION, resident.subject(), resident.name(),
                true, Map.of("text", trimmed, "reactionId", r.reactionId())));
        return r;
    }

    /** The coordinator's team; without a coordinator, the team of the worker who set the date. */
    static String teamFor(Household h, Principal worker) {
        if (h.coordinator() != null && h.coordinator().team() != null) {
            return h.coordinator().team();
        }
        return worker.groups().stream().filter(g -> g.contains("-")).sorted()
                .map(g -> g.substring(0, g.lastIndexOf('-'))).findFirst().orElse("wmo");
    }

    private static List<PlanGoal> withIds(List<PlanGoal> goals) {
        return goals.stream().filter(Objects::nonNull).map(g -> new PlanGoal(
                blank(g.goalId()) ? PlanRepository.newId() : g.goalId(), strip(g.text()),
                g.concerns() == null ? Set.of() : g.concerns(), blank(g.law()) ? null : g.law(),
                (g.actions() == null ? List.<PlanAction>of() : g.actions()).stream().filter(Objects::nonNull)
                        .map(a -> new PlanAction(blank(a.actionId()) ? PlanRepository.newId() : a.actionId(),
                                strip(a.what()), a.doer(), a.due(), a.fromMdo()))
                        .toList()))
                .toList();
    }

    private static List<PlanAction> append(List<PlanAction> actions, PlanAction added) {
        List<PlanAction> all = new ArrayList<>(actions);
        all.add(added);
        return all;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
