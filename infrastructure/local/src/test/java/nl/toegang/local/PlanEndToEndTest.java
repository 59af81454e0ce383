package nl.toegang.local;

import static nl.toegang.local.ApiClient.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One household, one plan, over real HTTP: Mirjam and Ronald Hoekstra and their son Sven, a Wmo
 * case for Ronald and a schuldhulp case for Mirjam, one plan with goals for each. Mirjam sees her
 * goal and the household's, Ronald's only after he consents; her reaction reaches the coordinator;
 * an MDO's agreement becomes an action; the review date puts tasks in the werkbak.
 */
class PlanEndToEndTest {

    @BeforeAll
    static void theFamilyAsTheRegistryKnowsIt() {
        HouseholdFixture.forgetHoekstra(RunningPlatform.get());
    }

    static final String MIRJAM = "999992004";
    static final String RONALD = "999992016";
    static final String SVEN = "999992028";
    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    final LocalPlatform platform = RunningPlatform.get();
    final ApiClient sanne = new ApiClient(platform, "sanne");
    final ApiClient fatima = new ApiClient(platform, "fatima");
    final ApiClient sem = new ApiClient(platform, "sem");
    final ApiClient mirjam = new ApiClient(platform, "mirjam");
    final ApiClient ronald = new ApiClient(platform, "ronald");
    final ConsentRepository consents = platform.context().getBean(ConsentRepository.class);

    @Test
    void aHouseholdWithCasesUnderTwoLawsGetsOnePlanEachMemberSeesTheirPartAndTheReviewReachesTheWerkbak() {
        String id = household(platform).householdId();
        String wmoCase = CaseSteps.submitMelding(ronald, EndToEndTest.MELDING.replace("\"Jan\"", "\"Ronald\"")
                .replace("\"Bakker\"", "\"Hoekstra\"").replace("111222333", RONALD));
        String debtCase = CaseSteps.submitMelding(mirjam, SCHULDHULP);
        assertThat(List.of(wmoCase, debtCase)).allSatisfy(c -> assertThat(c).isNotBlank());

        int version = sanne.get("/api/households/" + id + "/plan").json().get("version").asInt();
        LocalDate yesterday = LocalDate.now(NL).minusDays(1);
        var put = sanne.put("/api/households/" + id + "/plan", """
            {"version": %d, "reviewDate": "%s", "goals": [
              {"text": "Mirjam heeft overzicht over de schulden", "concerns": ["%s"], "law": "schuldhulp", "actions": [
                {"what": "Alle post over geld in één map", "doer": {"kind": "MEMBER", "name": "Mirjam", "memberBsn": "%s"}, "due": "%s"}]},
              {"text": "Ronald kan weer zelf boven komen", "concerns": ["%s"], "law": "wmo", "actions": [
                {"what": "Traplift aanvragen", "doer": {"kind": "PROFESSIONAL", "name": "Sanne de Vries", "team": "wmo"}, "due": "%s"}]},
              {"text": "Het gezin eet elke dag samen", "concerns": [], "actions": [
                {"what": "Oma kookt op woensdag", "doer": {"kind": "NETWORK", "name": "Oma Hoekstra"}, "due": "%s"}]}]}
            """.formatted(version, yesterday, MIRJAM, MIRJAM, in(14), RONALD, in(30), in(7)));
        assertThat(put.status()).as(put.text()).isEqualTo(200);

        var stale = sanne.put("/api/households/" + id + "/plan", "{\"version\": %d, \"goals\": []}".formatted(version));
        assertThat(stale.status()).as("a second change on the same version").isEqualTo(409);

        assertThat(goalTexts(mirjam.get("/api/my-household/plan").json()))
                .containsExactlyInAnyOrder("Mirjam heeft overzicht over de schulden", "Het gezin eet elke dag samen");
        consents.record(new Consent(ConsentRepository.newId(), id, RONALD, ConsentScope.HOUSEHOLD_MEMBERS,
                "Mirjam mag mijn doelen zien", LocalDate.now(NL).plusMonths(6), "ronald", "Ronald Hoekstra", Instant.now(), null));
        assertThat(goalTexts(mirjam.get("/api/my-household/plan").json())).contains("Ronald kan weer zelf boven komen");

        var reaction = mirjam.post("/api/my-household/plan/reactions", "{\"text\": \"Oma kan ook op vrijdag koken.\"}");
        assertThat(reaction.status()).as(reaction.text()).isEqualTo(201);
        JsonNode plan = sanne.get("/api/households/" + id + "/plan").json();
        assertThat(plan.get("reactions").findValuesAsText("text")).contains("Oma kan ook op vrijdag koken.");
        assertThat(plan.get("reactions").findValuesAsText("byName")).contains("Mirjam Hoekstra");

        String mdo = """
            {"date": "%s", "version": 0, "agreements": ["Sem maakt met Mirjam een budgetplan"], "participants": [
              {"name": "Sanne de Vries", "role": "consulent Wmo", "organisation": "team Wmo"},
              {"name": "Sem Peters", "role": "schuldhulpverlener", "organisation": "team schuldhulp"},
              {"name": "Mirjam Hoekstra", "role": "moeder", "organisation": "", "memberBsn": "%s"}]}
            """.formatted(in(3), MIRJAM);
        var refused = sanne.post("/api/households/" + id + "/mdos", mdo);
        if (refused.status() == 409) {
            assertThat(refused.text()).contains("Mirjam Hoekstra").doesNotContain("Sven");
            consents.record(new Consent(ConsentRepository.newId(), id, MIRJAM, ConsentScope.PROFESSIONALS, "MDO",
                    LocalDate.now(NL).plusMonths(6), "mirjam", "Mirjam Hoekstra", Instant.now(), null));
            consents.record(new SafetyOverride(ConsentRepository.newId(), id, RONALD, ConsentScope.PROFESSIONALS,
                    "Zorgen om de veiligheid van Sven", false, "sanne", "Sanne de Vries", Instant.now()));
        }
        var called = sanne.post("/api/households/" + id + "/mdos", mdo);
        assertThat(called.status()).as(called.text()).isEqualTo(201);
        String mdoId = called.json().get("mdoId").asText();
        String agreementId = called.json().get("agreements").get(0).get("agreementId").asText();
        String goalId = sanne.get("/api/households/" + id + "/plan").json().get("goals").get(0).get("goalId").asText();
        var action = sanne.post("/api/households/" + id + "/mdos/" + mdoId + "/agreements/" + agreementId + "/action", """
            {"goalId": "%s", "due": "%s", "doer": {"kind": "PROFESSIONAL", "name": "Sem Peters", "team": "schuldhulp"}}
            """.formatted(goalId, in(21)));
        assertThat(action.status()).as(action.text()).isEqualTo(200);
        JsonNode goal = sanne.get("/api/households/" + id + "/plan").json().get("goals").get(0);
        assertThat(goal.get("actions").findValuesAsText("what")).contains("Sem maakt met Mirjam een budgetplan");

        JsonNode review = eventually("the review task of " + id, () -> taskOf(sanne, id, "planEvalueren"), t -> t != null);
        assertThat(review.get("candidateGroup").asText()).isEqualTo("wmo-consulenten");
        JsonNode escalation = eventually("the team lead's task of " + id, () -> taskOf(fatima, id, "evaluatieBewaken"), t -> t != null);
        assertThat(escalation.get("candidateGroup").asText()).isEqualTo("wmo-teamleiders");
        assertThat(sanne.page("/werk")).contains("/werk/huishoudens/" + id + "/plan");

        String taskId = review.get("taskId").asText();
        assertThat(sanne.post("/api/tasks/" + taskId + "/claim", "").status()).isEqualTo(200);
        var done = sanne.post("/api/tasks/" + taskId + "/complete", "{\"values\": {\"bevindingen\": \"Goed op weg.\"}}");
        assertThat(done.status()).as(done.text()).isEqualTo(200);
    }

    /** The Hoekstra household with Sanne (Wmo) as coordinator; the one another test made, if any. */
    static Household household(LocalPlatform platform) {
        HouseholdRepository households = platform.context().getBean(HouseholdRepository.class);
        Coordinator coordinator = new Coordinator("sanne", "Sanne de Vries", "wmo", Instant.now());
        var existing = households.findByMember(MIRJAM);
        if (existing.isPresent()) {
            return households.update(existing.get().withCoordinator(coordinator)).orElseThrow();
        }
        return households.create(new Household(HouseholdIds.next(), List.of(
                new Member(MIRJAM, "Mirjam Hoekstra", LocalDate.of(1984, 3, 2), MemberRelation.MAIN_PERSON),
                new Member(RONALD, "Ronald Hoekstra", LocalDate.of(1982, 7, 9), MemberRelation.PARTNER),
                new Member(SVEN, "Sven Hoekstra", LocalDate.now(NL).minusYears(14), MemberRelation.CHILD)),
                coordinator, Instant.now(), 0)).orElseThrow();
    }

    private static JsonNode taskOf(ApiClient worker, String householdId, String elementId) {
        for (JsonNode t : worker.get("/api/tasks").json()) {
            if (t.get("caseId").asText().equals(householdId) && t.get("elementId").asText().equals(elementId)) {
                return t;
            }
        }
        return null;
    }

    private static List<String> goalTexts(JsonNode plan) {
        List<String> texts = new ArrayList<>();
        plan.get("goals").forEach(g -> texts.add(g.get("text").asText()));
        return texts;
    }

    private static String in(int days) {
        return LocalDate.now(NL).plusDays(days).toString();
    }

    static final String SCHULDHULP = """
        {"formId": "schuldhulp-verzoek", "values": {
          "voornaam": "Mirjam", "achternaam": "Hoekstra", "bsn": "999992004", "geboortedatum": "1984-03-02",
          "adres": "Dorpsstraat 1", "postcode": "1431 AA", "woonplaats": "Aalsmeer", "telefoon": "0297123456",
          "schuldBedrag": "5000-20000", "schuldeisers": ["verhuurder"], "dreiging": [],
          "inkomenSoort": ["werk"], "inkomenPerMaand": 1900, "akkoord": true}}
        """;
}
