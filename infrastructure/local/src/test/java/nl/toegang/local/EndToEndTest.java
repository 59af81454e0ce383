package nl.toegang.local;

import static nl.toegang.local.ApiClient.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * One Wmo case from melding to provider, over real HTTP against the local runtime: the resident
 * submits, case workers complete every task, the resident's page shows the outcome.
 */
class EndToEndTest {

    final LocalPlatform platform = RunningPlatform.get();
    final ApiClient jan = new ApiClient(platform, "jan");
    final ApiClient sanne = new ApiClient(platform, "sanne");
    final ApiClient daan = new ApiClient(platform, "daan");

    static final String MELDING = """
        {"formId": "wmo-melding", "values": {
          "voornaam": "Jan", "achternaam": "Bakker", "bsn": "111222333", "geboortedatum": "1948-03-12",
          "adres": "Dorpsstraat 1", "postcode": "1431 AA", "woonplaats": "Aalsmeer", "telefoon": "0297123456",
          "namens": "zelf", "hulpvragen": ["huishouden"], "situatie": "Ik kan het huis niet meer schoonhouden.",
          "spoed": "nee", "clientondersteuning": "ja", "akkoord": true}}
        """;

    JsonNode caseOf(String caseId) {
        return jan.get("/api/cases/" + caseId).json();
    }

    JsonNode openTask(ApiClient worker, String caseId, String elementId) {
        return eventually("task " + elementId + " of " + caseId,
                () -> {
                    for (JsonNode t : worker.get("/api/tasks").json()) {
                        if (t.get("caseId").asText().equals(caseId) && t.get("elementId").asText().equals(elementId)) {
                            return t;
                        }
                    }
                    return null;
                }, t -> true);
    }

    void claimAndComplete(ApiClient worker, JsonNode task, String values) {
        String id = task.get("taskId").asText();
        assertThat(worker.post("/api/tasks/" + id + "/claim", "").status()).isEqualTo(200);
        var done = worker.post("/api/tasks/" + id + "/complete", "{\"values\": " + values + "}");
        assertThat(done.status()).as(done.text()).isEqualTo(200);
        assertThat(done.json().get("status").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void aMeldingEndsWithADecisionAndAProviderTheResidentCanSee() {
        var submitted = jan.post("/api/cases", MELDING, UUID.randomUUID().toString());
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
        String caseId = submitted.json().get("caseId").asText();

        JsonNode plan = openTask(sanne, caseId, "gesprekPlannen");
        assertThat(plan.get("candidateGroup").asText()).isEqualTo("wmo-consulenten");
        assertThat(plan.get("dueDate").asText()).isNotBlank();
        assertThat(caseOf(caseId).get("status").asText()).isEqualTo("INVESTIGATION");
        claimAndComplete(sanne, plan, """
            {"gesprekDatum": "2026-12-01", "gesprekLocatie": "Bij Jan thuis", "clientondersteunerAanwezig": "ja"}""");

        claimAndComplete(sanne, openTask(sanne, caseId, "verslagVastleggen"), """
            {"verslag": "Jan kan niet meer stofzuigen en dweilen. Zijn dochter woont ver weg.", "maatwerkNodig": "ja"}""");

        eventually("the case to wait for the aanvraag", () -> caseOf(caseId),
                c -> c.get("status").asText().equals("AWAITING_APPLICATION"));
        var applied = jan.post("/api/cases/" + caseId + "/application", """
            {"values": {"akkoordVerslag": "ja", "leveringsvormVoorkeur": "natura", "ondertekening": true}}""");
        assertThat(applied.status()).as(applied.text()).isEqualTo(202);

        claimAndComplete(sanne, openTask(sanne, caseId, "beschikkingOpstellen"), """
            {"besluit": "toekennen", "product": "huishoudelijke-hulp", "leveringsvorm": "natura",
             "ingangsdatum": "2027-01-01", "einddatum": "2027-12-31", "omvang": "3 uur per week",
             "motivering": "Jan kan het huishouden niet zelf doen en heeft geen netwerk dat kan helpen."}""");

        JsonNode approval = openTask(daan, caseId, "beschikkingGoedkeuren");
        var bySanne = sanne.post("/api/tasks/" + approval.get("taskId").asText() + "/claim", "");
        assertThat(bySanne.status()).isEqualTo(403);
        assertThat(bySanne.json().get("detail").asText()).contains("Vier ogen");
        claimAndComplete(daan, approval, "{\"goedgekeurd\": \"ja\"}");

        JsonNode assignment = openTask(daan, caseId, "aanbiederToewijzen");
        JsonNode taskView = daan.get("/api/tasks/" + assignment.get("taskId").asText()).json();
        JsonNode providers = taskView.get("variables").get("aanbieders");
        assertThat(providers.size()).isGreaterThanOrEqualTo(2);
        String provider = providers.get(0).get("value").asText();
        claimAndComplete(daan, assignment, "{\"aanbieder\": \"" + provider + "\"}");

        // Granted support with an end date keeps the case open while it runs (ondersteuning.bpmn).
        JsonNode running = eventually("the support to run", () -> caseOf(caseId),
                c -> c.get("status").asText().equals("SUPPORT_RUNNING"));
        assertThat(running.get("canWithdraw").asBoolean()).isFalse();
        assertThat(running.get("letters").findValuesAsText("template")).contains("beschikking");
        assertThat(running.get("letters").findValuesAsText("template")).containsExactly("verslag", "beschikking", "toewijzing");
        assertThat(running.get("letters").get(1).get("text").asText()).contains(caseId);
        String page = jan.page("/mijn-aanvragen/" + caseId);
        assertThat(page).contains("Uw hulp loopt").contains(providers.get(0).get("label").asText());

        JsonNode file = daan.get("/api/case-files/" + caseId).json();
        assertThat(file.get("tasks").findValuesAsText("completedBy")).contains("sanne", "daan");
        assertThat(file.get("history").findValuesAsText("type")).contains("VIEWED", "TASK_COMPLETED", "LETTER");
        assertThat(new ApiClient(platform, "anna").get("/api/cases/" + caseId).status()).isEqualTo(404);
    }

    @Test
    void theServerPublishesTheOpenApiDocumentsTheBuildGenerated() {
        for (String api : java.util.List.of("resident", "caseworker", "admin")) {
            String document = jan.get("/openapi/toegang-" + api + "-api-0.1.yml").text();
            assertThat(document).startsWith("openapi: 3").contains("bearerFormat: JWT").doesNotContain("name: principal");
        }
        assertThat(jan.get("/openapi/toegang-resident-api-0.1.yml").text()).contains("/api/cases/{caseId}/withdrawal");
        assertThat(jan.get("/openapi/geheim.txt").status()).isEqualTo(404);
    }

    @Test
    void aResidentCanWithdrawAndTheTeamsTasksDisappear() {
        String caseId = jan.post("/api/cases", MELDING, UUID.randomUUID().toString()).json().get("caseId").asText();
        JsonNode plan = openTask(sanne, caseId, "gesprekPlannen");

        var withdrawn = jan.post("/api/cases/" + caseId + "/withdrawal", "");
        assertThat(withdrawn.status()).isEqualTo(202);

        eventually("the case to be withdrawn", () -> caseOf(caseId), c -> c.get("status").asText().equals("WITHDRAWN"));
        assertThat(sanne.get("/api/tasks").json().findValuesAsText("taskId")).doesNotContain(plan.get("taskId").asText());
        assertThat(sanne.post("/api/tasks/" + plan.get("taskId").asText() + "/claim", "").status()).isEqualTo(409);
    }

    @Test
    void onlyMeldingenAboutHelpNearbyAreAnsweredWithAdvice() {
        String caseId = jan.post("/api/cases", MELDING.replace("[\"huishouden\"]", "[\"contact\", \"maaltijden\"]"),
                UUID.randomUUID().toString()).json().get("caseId").asText();

        JsonNode closed = eventually("the advice", () -> caseOf(caseId), c -> c.get("status").asText().equals("CLOSED_ADVICE"));
        assertThat(closed.get("letters").findValuesAsText("template")).containsExactly("advies");
    }
}
