package nl.toegang.core.households.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import nl.toegang.auth.ActsFor;
import nl.toegang.auth.Principal;
import nl.toegang.core.CoreTestEnvironment;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseEventRepository;
import nl.toegang.core.households.Consent;
import nl.toegang.core.households.ConsentRepository;
import nl.toegang.core.households.ConsentScope;
import nl.toegang.core.households.Coordinator;
import nl.toegang.core.households.Household;
import nl.toegang.core.households.HouseholdIds;
import nl.toegang.core.households.HouseholdRepository;
import nl.toegang.core.households.Member;
import nl.toegang.core.households.MemberRelation;
import nl.toegang.core.households.SafetyOverride;
import nl.toegang.core.households.plan.ActionDoer.DoerKind;
import nl.toegang.core.web.ProblemException;
import nl.toegang.forms.Language;
import org.junit.jupiter.api.Test;

/** The plan, the members' view of it, their reactions and the MDO, against DynamoDB Local. */
class PlanServiceTest {

    final HouseholdRepository households = CoreTestEnvironment.bean(HouseholdRepository.class);
    final ConsentRepository consents = CoreTestEnvironment.bean(ConsentRepository.class);
    final PlanService plans = CoreTestEnvironment.bean(PlanService.class);
    final MdoService mdos = CoreTestEnvironment.bean(MdoService.class);
    final CaseEventRepository events = CoreTestEnvironment.bean(CaseEventRepository.class);

    final String mirjamBsn = bsn();
    final String ronaldBsn = bsn();
    final String svenBsn = bsn();
    final Principal sanne = worker("sanne", "Sanne de Vries", "wmo-consulenten");
    final Principal daan = worker("daan", "Daan Bakker", "wmo-consulenten");
    final Principal mirjam = new Principal("mirjam", "Mirjam Hoekstra", Set.of(Principal.RESIDENT), Set.of(),
            Optional.of(mirjamBsn), List.of(new ActsFor(svenBsn, "Sven Hoekstra", "wettelijk-vertegenwoordiger", null)),
            Optional.empty(), Optional.empty(), Optional.empty());
    final Household household = households.create(new Household(HouseholdIds.next(), List.of(
            new Member(mirjamBsn, "Mirjam Hoekstra", LocalDate.of(1984, 3, 2), MemberRelation.MAIN_PERSON),
            new Member(ronaldBsn, "Ronald Hoekstra", LocalDate.of(1982, 7, 9), MemberRelation.PARTNER),
            new Member(svenBsn, "Sven Hoekstra", LocalDate.now().minusYears(14), MemberRelation.CHILD)),
            new Coordinator("sanne", "Sanne de Vries", "wmo", Instant.now()), Instant.now(), 0)).orElseThrow();
    final String id = household.householdId();

    @Test
    void aMemberSeesHerGoalAndTheHouseholdsButAnotherMembersOnlyAfterHeConsents() {
        plans.change(sanne, id, new PlanService.PlanChange(List.of(
                goal("Mirjam heeft overzicht over de schulden", Set.of(mirjamBsn), "schuldhulp"),
                goal("Ronald kan weer zelf de trap op", Set.of(ronaldBsn), "wmo"),
                goal("Het gezin eet elke dag samen", Set.of(), null)), LocalDate.now().plusMonths(3), 0), Language.NL);

        assertThat(texts(plans.forResident(mirjam).orElseThrow().visibleGoals()))
                .containsExactly("Mirjam heeft overzicht over de schulden", "Het gezin eet elke dag samen");

        consents.record(new Consent(ConsentRepository.newId(), id, ronaldBsn, ConsentScope.HOUSEHOLD_MEMBERS,
                "Mirjam mag mijn doelen zien", LocalDate.now().plusYears(1), "ronald", "Ronald Hoekstra", Instant.now(), null));
        assertThat(texts(plans.forResident(mirjam).orElseThrow().visibleGoals()))
                .contains("Ronald kan weer zelf de trap op").hasSize(3);
    }

    @Test
    void aReactionIsRecordedWithWhoAndWhenAndWorkersReadIt() {
        plans.react(mirjam, "  Ik wil graag dat de buurvrouw ook meedoet.  ", Language.NL);

        var seen = plans.forWorker(sanne, id).reactions();
        assertThat(seen).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo("Ik wil graag dat de buurvrouw ook meedoet.");
            assertThat(r.byName()).isEqualTo("Mirjam Hoekstra");
            assertThat(r.at()).isBefore(Instant.now().plusSeconds(1));
        });
        assertThat(events.list(id)).extracting(CaseEvent::type).contains(CaseEvent.Type.PLAN_REACTION);
        assertThatThrownBy(() -> plans.react(mirjam, " ", Language.NL))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.fieldErrors()).containsKey("text"));
    }

    @Test
    void theSecondOfTwoWorkersEditingAtOnceIsToldAndTheFirstChangeStays() {
        plans.change(sanne, id, new PlanService.PlanChange(List.of(goal("Eerste doel", Set.of(), null)), null, 0), Language.NL);

        assertThatThrownBy(() -> plans.change(daan, id,
                new PlanService.PlanChange(List.of(goal("Ander doel", Set.of(), null)), null, 0), Language.NL))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThat(texts(plans.forWorker(daan, id).plan().goals())).containsExactly("Eerste doel");
    }

    @Test
    void badInputNamesTheFieldAndStoresNothing() {
        PlanGoal noDate = new PlanGoal(null, "Werk vinden", Set.of(), "participatiewet", List.of(
                new PlanAction(null, "Sollicitatiebrief schrijven", new ActionDoer(DoerKind.MEMBER, "", "000000000", null), null, null)));

        assertThatThrownBy(() -> plans.change(sanne, id, new PlanService.PlanChange(List.of(noDate), null, 0), Language.NL))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("goals[0].actions[0].due", "goals[0].actions[0].doer.memberBsn"));
        assertThat(plans.forWorker(sanne, id).plan().version()).isZero();
    }

    @Test
    void anMdoNeedsTheAdultsConsentOrASafetyOverrideAndItsAgreementsBecomeActions() {
        var saved = plans.change(sanne, id, new PlanService.PlanChange(List.of(
                goal("Rust in de financiën", Set.of(mirjamBsn), "schuldhulp")), null, 0), Language.NL).plan();
        var request = new MdoService.MdoRequest(LocalDate.now().plusDays(7), List.of(
                new MdoParticipant("Sanne de Vries", "consulent Wmo", "gemeente, team Wmo", null),
                new MdoParticipant("Sem Jansen", "schuldhulpverlener", "gemeente, team schuldhulp", null),
                new MdoParticipant("Mirjam Hoekstra", "moeder", "", mirjamBsn)),
                List.of("Sem maakt een budgetplan met Mirjam"), null, 0);

        assertThatThrownBy(() -> mdos.call(sanne, id, request, Language.NL))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.getMessage()).contains("Mirjam Hoekstra", "Ronald Hoekstra").doesNotContain("Sven");
                });

        consents.record(new Consent(ConsentRepository.newId(), id, mirjamBsn, ConsentScope.PROFESSIONALS,
                "MDO over de schulden", LocalDate.now().plusMonths(6), "mirjam", "Mirjam Hoekstra", Instant.now(), null));
        consents.record(new SafetyOverride(ConsentRepository.newId(), id, ronaldBsn, ConsentScope.PROFESSIONALS,
                "Zorgen om de veiligheid van Sven", false, "sanne", "Sanne de Vries", Instant.now()));
        Mdo mdo = mdos.call(sanne, id, request, Language.NL);
        String agreementId = mdo.agreements().getFirst().agreementId();
        String goalId = saved.goals().getFirst().goalId();
        ActionDoer sem = new ActionDoer(DoerKind.PROFESSIONAL, "Sem Jansen", null, "schuldhulp");

        mdos.toAction(sanne, id, mdo.mdoId(), agreementId, goalId, sem, LocalDate.now().plusDays(21), Language.NL);
        mdos.toAction(daan, id, mdo.mdoId(), agreementId, goalId, sem, LocalDate.now().plusDays(21), Language.NL);

        List<PlanAction> actions = plans.forWorker(sanne, id).plan().goal(goalId).orElseThrow().actions().stream()
                .filter(a -> a.fromMdo() != null).toList();
        assertThat(actions).as("one action, however often the button is pressed").singleElement().satisfies(a -> {
            assertThat(a.what()).isEqualTo("Sem maakt een budgetplan met Mirjam");
            assertThat(a.fromMdo()).isEqualTo(mdo.mdoId());
        });
        assertThat(mdos.list(sanne, id).mdos().getFirst().agreements().getFirst().actionId()).isEqualTo(actions.getFirst().actionId());
        assertThat(events.list(id)).extracting(CaseEvent::type)
                .contains(CaseEvent.Type.MDO_CALLED, CaseEvent.Type.MDO_AGREEMENT_TO_ACTION);
    }

    private static PlanGoal goal(String text, Set<String> concerns, String law) {
        return new PlanGoal(null, text, concerns, law, List.of(new PlanAction(null, "Eerste gesprek",
                new ActionDoer(DoerKind.PROFESSIONAL, "Sanne de Vries", null, "wmo"), LocalDate.now().plusDays(14), null)));
    }

    private static List<String> texts(List<PlanGoal> goals) {
        return goals.stream().map(PlanGoal::text).toList();
    }

    private static Principal worker(String subject, String name, String group) {
        return new Principal(subject, name, Set.of(Principal.CASEWORKER), Set.of(group), Optional.empty(), List.of(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static String bsn() {
        return "9" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
