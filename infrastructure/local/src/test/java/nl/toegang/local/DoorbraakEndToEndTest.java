package nl.toegang.local;

import static nl.toegang.local.ApiClient.eventually;
import static nl.toegang.local.HouseholdFixture.MIRJAM;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseEventRepository;
import nl.toegang.core.households.Household;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A doorbraak over real HTTP: Sanne asks to set the eigen bijdrage aside for the Hoekstra
 * household with a maatwerkbudget, Joost (doorbraakfunctionaris) grants it with a smaller budget
 * in his werkbak, Sanne sees the decision, and the council's overview counts it without a name.
 */
class DoorbraakEndToEndTest {

    @BeforeAll
    static void theFamilyAsTheRegistryKnowsIt() {
        HouseholdFixture.forgetHoekstra(RunningPlatform.get());
    }

    static final LocalPlatform platform = RunningPlatform.get();
    static final ApiClient mirjam = new ApiClient(platform, "mirjam");
    static final ApiClient sanne = new ApiClient(platform, "sanne");
    static final ApiClient joost = new ApiClient(platform, "joost");
    static final ApiClient fatima = new ApiClient(platform, "fatima");
    static final ApiClient karim = new ApiClient(platform, "karim");

    final Household household = HouseholdFixture.hoekstra(platform);

    static String request(String caseId, String marker) {
        return """
            {"caseId": "%s", "rule": "Eigen bijdrage Wmo %s",
             "lawIntends": "Iedereen betaalt naar draagkracht. Mirjam Hoekstra (BSN 999992004) heeft geen draagkracht.",
             "residentNeeds": "Mirjam kan de trap niet meer op en heeft schulden.",
             "professionalJudgement": "Een traplift nu voorkomt een verhuizing. Sanne de Vries vindt dit goed.",
             "proposal": "De gemeente betaalt de huur van een traplift.",
             "budget": "1.250,50", "budgetPurpose": "Huur van een traplift voor een jaar"}""".formatted(caseId, marker);
    }

    @Test
    void aDoorbraakAskedBySanneIsGrantedByJoostWithABudgetAndCountedForTheCouncilWithoutNames() {
        String caseId = CaseSteps.submitMelding(mirjam, RoleAccessTest.melding("Mirjam", "Hoekstra", MIRJAM, "zelf"));
        String marker = "r" + UUID.randomUUID().toString().substring(0, 8);
        String key = UUID.randomUUID().toString();
        String path = "/api/households/" + household.householdId() + "/doorbraken";

        ApiClient.Reply asked = eventually("the case to join the household", () -> sanne.post(path, request(caseId, marker), key),
                r -> r.status() == 201);
        ApiClient.Reply again = sanne.post(path, request(caseId, marker), key);
        String doorbraakId = asked.json().get("doorbraakId").asText();
        assertThat(again.json().get("doorbraakId").asText()).as("a double click asks once").isEqualTo(doorbraakId);
        assertThat(asked.json().get("budgetCents").asLong()).isEqualTo(125050);
        ApiClient.Reply refused = sanne.postInEnglish(path, """
            {"caseId": "%s", "rule": "Eigen bijdrage", "budget": "twaalf euro"}""".formatted(caseId));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").findValuesAsText("field"))
                .containsExactly("lawIntends", "residentNeeds", "professionalJudgement", "proposal", "budget");
        assertThat(karim.post(path, request(caseId, marker), UUID.randomUUID().toString()).status())
                .as("a team without work in the household").isEqualTo(404);

        JsonNode task = CaseSteps.openTask(joost, caseId, "doorbraakBeslissen");
        assertThat(task.get("candidateGroup").asText()).isEqualTo("doorbraak-functionarissen");
        CaseSteps.claimAndComplete(joost, caseId, "doorbraakBeslissen", """
            {"besluit": "toekennen", "toegekendBedrag": 900.25, "toegekendDoel": "Huur van een traplift voor negen maanden",
             "motivering": "Dit past bij de bedoeling van de wet. Ronald Hoekstra helpt de rest van het jaar."}""");

        JsonNode decided = eventually("the decision to be recorded", () -> {
            for (JsonNode d : sanne.get(path).json()) {
                if (d.get("doorbraakId").asText().equals(doorbraakId)) {
                    return d;
                }
            }
            return null;
        }, d -> d.get("outcome").asText().equals("GRANTED"));
        assertThat(decided.get("grantedCents").asLong()).isEqualTo(90025);
        assertThat(decided.get("decidedByName").asText()).isEqualTo("Joost Kramer");
        assertThat(sanne.page("/werk/huishoudens/" + household.householdId() + "/doorbraak"))
                .contains("Toegekend door Joost Kramer").contains("Huur van een traplift voor negen maanden");
        var history = platform.context().getBean(CaseEventRepository.class).list(household.householdId());
        assertThat(history.stream().filter(e -> e.type() == CaseEvent.Type.DOORBRAAK_REQUESTED
                && doorbraakId.equals(e.text("doorbraakId")))).hasSize(1);
        assertThat(history.stream().filter(e -> e.type() == CaseEvent.Type.DOORBRAAK_DECIDED
                && doorbraakId.equals(e.text("doorbraakId")))).hasSize(1);

        ApiClient.Reply council = joost.get("/api/doorbraken");
        assertThat(council.status()).as(council.text()).isEqualTo(200);
        assertThat(council.json().get("granted").asInt()).isPositive();
        assertThat(council.json().get("grantedCents").asLong()).isGreaterThanOrEqualTo(90025);
        JsonNode ours = null;
        for (JsonNode j : council.json().get("justifications")) {
            if (j.get("rule").asText().endsWith(marker)) {
                ours = j;
            }
        }
        assertThat(ours).as("our doorbraak among the justifications").isNotNull();
        assertThat(ours.toString()).contains("traplift").contains("[naam]")
                .doesNotContain("Mirjam", "Hoekstra", "Ronald", "Sanne", "Joost", MIRJAM, caseId, household.householdId());
        String page = joost.page("/werk/doorbraken");
        assertThat(page).contains("Doorbraken: overzicht voor de gemeenteraad").contains("Eigen bijdrage Wmo " + marker)
                .doesNotContain("Mirjam").doesNotContain(MIRJAM);
        assertThat(fatima.get("/api/doorbraken").status()).as("a team lead").isEqualTo(200);
        assertThat(sanne.get("/api/doorbraken").status()).as("a case worker").isEqualTo(403);
    }
}
