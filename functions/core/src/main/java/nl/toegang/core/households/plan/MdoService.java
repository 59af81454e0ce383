package nl.toegang.core.households.plan;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseEventRepository;
import nl.toegang.core.households.Household;
import nl.toegang.core.households.HouseholdAccess;
import nl.toegang.core.households.HouseholdPrivacy;
import nl.toegang.core.households.Member;
import nl.toegang.core.web.Dates;
import nl.toegang.core.web.ProblemException;
import nl.toegang.core.web.Texts;
import nl.toegang.forms.Language;

/**
 * Calling an MDO on a household, recording what was agreed, and turning an agreement into a
 * plan action. Professionals of other teams discuss the members only when every adult member
 * consented to that, or a case worker recorded that safety is at stake.
 */
@Singleton
public class MdoService {

    private final HouseholdAccess access;
    private final HouseholdPrivacy privacy;
    private final MdoRepository mdos;
    private final PlanService plans;
    private final CaseEventRepository events;

    public MdoService(HouseholdAccess access, HouseholdPrivacy privacy, MdoRepository mdos, PlanService plans,
            CaseEventRepository events) {
        this.access = access;
        this.privacy = privacy;
        this.mdos = mdos;
        this.plans = plans;
        this.events = events;
    }

    /** @param version the MDO's version when it was read, for a change to it */
    public record MdoRequest(LocalDate date, List<MdoParticipant> participants, List<String> agreements,
            String outcome, long version) {}

    public record Meetings(Household household, List<Mdo> mdos, List<Member> withoutConsent) {}

    public Meetings list(Principal worker, String householdId) {
        Household h = access.forWorker(worker, householdId);
        return new Meetings(h, mdos.list(householdId), withoutConsent(h));
    }

    /** One MDO, for recording its outcome afterwards; the view is a line in the household's history. */
    public Mdo forWorker(Principal worker, String householdId, String mdoId) {
        access.forWorker(worker, householdId);
        return find(householdId, mdoId);
    }

    /** The adult members for whom there is neither consent to share with professionals nor a safety override. */
    public List<Member> withoutConsent(Household h) {
        LocalDate today = LocalDate.now(Dates.AMSTERDAM);
        return h.members().stream().filter(m -> !m.minorOn(today))
                .filter(m -> !privacy.mayShareWithProfessionals(h, m.bsn())).toList();
    }

    public Mdo call(Principal worker, String householdId, MdoRequest request, Language language) {
        Household h = access.forWorker(worker, householdId);
        List<Member> missing = withoutConsent(h);
        if (!missing.isEmpty()) {
            throw ProblemException.conflict("mdo.consentMissing",
                    String.join(", ", missing.stream().map(Member::name).toList()));
        }
        check(h, request, Texts.of(language));
        Mdo mdo = new Mdo(PlanRepository.newId(), householdId, request.date(), request.participants(),
                agreements(request.agreements(), List.of()), blankToNull(request.outcome()), worker.subject(),
                worker.name(), Instant.now(), 0);
        Mdo stored = mdos.save(mdo).orElseThrow(() -> ProblemException.conflict("mdo.changedByOther"));
        events.append(CaseEvent.of(householdId, CaseEvent.Type.MDO_CALLED, worker.subject(), worker.name(), true,
                Map.of("mdoId", stored.mdoId(), "date", stored.date().toString(),
                        "participants", stored.participants().size())));
        return stored;
    }

    /** Records the outcome and the agreements; agreements that already became actions stay as they are. */
    public Mdo record(Principal worker, String householdId, String mdoId, MdoRequest request, Language language) {
        Household h = access.forWorker(worker, householdId);
        Mdo before = find(householdId, mdoId);
        check(h, request, Texts.of(language));
        if (before.version() != request.version()) {
            throw ProblemException.conflict("mdo.changedByOther");
        }
        Mdo changed = new Mdo(mdoId, householdId, request.date(), request.participants(),
                agreements(request.agreements(), before.agreements()), blankToNull(request.outcome()),
                before.calledBy(), before.calledByName(), before.calledAt(), before.version());
        Mdo stored = mdos.save(changed).orElseThrow(() -> ProblemException.conflict("mdo.changedByOther"));
        events.append(CaseEvent.of(householdId, CaseEvent.Type.MDO_RECORDED, worker.subject(), worker.name(), true,
                Map.of("mdoId", mdoId, "agreements", stored.agreements().size())));
        return stored;
    }

    /**
     * Makes an agreement a plan action under the chosen goal. A second click on the same agreement
     * adds nothing: it answers with the action it already became.
     */
    public Mdo toAction(Principal worker, String householdId, String mdoId, String agreementId, String goalId,
            ActionDoer doer, LocalDate due, Language language) {
        Household h = access.forWorker(worker, householdId);
        Mdo mdo = find(householdId, mdoId);
        MdoAgreement agreement = mdo.agreement(agreementId)
                .orElseThrow(() -> ProblemException.notFound("mdo.unknownAgreement"));
        if (agreement.actionId() != null) {
            return mdo;
        }
        Texts t = Texts.of(language);
        Map<String, String> errors = new LinkedHashMap<>();
        if (goalId == null || plans.forWorkerQuiet(householdId).goal(goalId).isEmpty()) {
            errors.put("goalId", t.get("plan.check.unknownGoal"));
        }
        if (due == null) {
            errors.put("due", t.get("plan.check.due"));
        }
        ActionDoer who = doer == null || doer.kind() == null
                ? new ActionDoer(ActionDoer.DoerKind.PROFESSIONAL, worker.name(), null, PlanService.teamFor(h, worker))
                : doer;
        if (who.kind() != ActionDoer.DoerKind.MEMBER && (who.name() == null || who.name().isBlank())) {
            errors.put("doer.name", t.get("plan.check.doerName"));
        }
        if (who.kind() == ActionDoer.DoerKind.MEMBER && (who.memberBsn() == null || !h.hasMember(who.memberBsn()))) {
            errors.put("doer.memberBsn", t.get("plan.check.notAMember"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidInput(errors, "input.invalid");
        }
        String actionId = PlanRepository.newId();
        // The MDO is claimed first, so two clicks at once cannot both add the action.
        List<MdoAgreement> marked = mdo.agreements().stream()
                .map(a -> a.agreementId().equals(agreementId) ? new MdoAgreement(a.agreementId(), a.text(), goalId, actionId) : a)
                .toList();
        Mdo stored = mdos.save(new Mdo(mdoId, householdId, mdo.date(), mdo.participants(), marked, mdo.outcome(),
                mdo.calledBy(), mdo.calledByName(), mdo.calledAt(), mdo.version()))
                .orElseGet(() -> find(householdId, mdoId));
        if (!actionId.equals(stored.agreement(agreementId).map(MdoAgreement::actionId).orElse(null))) {
            return stored;
        }
        plans.addAction(worker, h, goalId, new PlanAction(actionId, agreement.text(), who, due, mdoId));
        events.append(CaseEvent.of(householdId, CaseEvent.Type.MDO_AGREEMENT_TO_ACTION, worker.subject(), worker.name(),
                true, Map.of("mdoId", mdoId, "agreement", agreement.text(), "goalId", goalId, "actionId", actionId)));
        return stored;
    }

    private Mdo find(String householdId, String mdoId) {
        return mdos.find(householdId, mdoId).orElseThrow(() -> ProblemException.notFound("mdo.unknown"));
    }

    private static void check(Household h, MdoRequest request, Texts t) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (request.date() == null) {
            errors.put("date", t.get("mdo.check.date"));
        }
        List<MdoParticipant> people = request.participants() == null ? List.of() : request.participants();
        if (people.isEmpty()) {
            errors.put("participants", t.get("mdo.check.participants"));
        }
        for (int i = 0; i < people.size(); i++) {
            MdoParticipant p = people.get(i);
            if (p == null || p.name() == null || p.name().isBlank()) {
                errors.put("participants[" + i + "].name", t.get("plan.check.required"));
            } else if (p.memberBsn() != null && !h.hasMember(p.memberBsn())) {
                errors.put("participants[" + i + "].memberBsn", t.get("plan.check.notAMember"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidInput(errors, "input.invalid");
        }
    }

    /** New agreement texts; an existing agreement with the same text keeps its id and its action. */
    private static List<MdoAgreement> agreements(List<String> texts, List<MdoAgreement> before) {
        List<MdoAgreement> result = new ArrayList<>();
        for (String text : texts == null ? List.<String>of() : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            result.add(before.stream().filter(a -> a.text().equals(text.strip())).findFirst()
                    .orElse(new MdoAgreement(PlanRepository.newId(), text.strip(), null, null)));
        }
        before.stream().filter(a -> a.actionId() != null && !result.contains(a)).forEach(result::add);
        return result;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
