package nl.toegang.local;

import static nl.toegang.local.ApiClient.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/** Moves a Wmo case along through the JSON API, as residents and case workers do, to reach a page to test. */
final class CaseSteps {

    private CaseSteps() {}

    static String submitMelding(ApiClient resident, String melding) {
        var submitted = resident.post("/api/cases", melding, UUID.randomUUID().toString());
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
        return submitted.json().get("caseId").asText();
    }

    static JsonNode openTask(ApiClient worker, String caseId, String elementId) {
        return eventually("task " + elementId + " of " + caseId, () -> {
            for (JsonNode t : worker.get("/api/tasks").json()) {
                if (t.get("caseId").asText().equals(caseId) && t.get("elementId").asText().equals(elementId)) {
                    return t;
                }
            }
            return null;
        }, t -> true);
    }

    static void claimAndComplete(ApiClient worker, String caseId, String elementId, String values) {
        String id = openTask(worker, caseId, elementId).get("taskId").asText();
        assertThat(worker.post("/api/tasks/" + id + "/claim", "").status()).isEqualTo(200);
        var done = worker.post("/api/tasks/" + id + "/complete", "{\"values\": " + values + "}");
        assertThat(done.status()).as(done.text()).isEqualTo(200);
    }

    static void awaitStatus(ApiClient resident, String caseId, String status) {
        eventually(caseId + " to reach " + status, () -> resident.get("/api/cases/" + caseId).json(),
                c -> c.get("status").asText().equals(status));
    }

    /** The conversation planned and its verslag written: the resident is asked for the aanvraag. */
    static void toAwaitingApplication(ApiClient resident, ApiClient caseWorker, String caseId) {
        claimAndComplete(caseWorker, caseId, "gesprekPlannen", """
            {"gesprekDatum": "2026-12-01", "gesprekLocatie": "Bij Jan thuis", "clientondersteunerAanwezig": "ja"}""");
        claimAndComplete(caseWorker, caseId, "verslagVastleggen", """
            {"verslag": "Jan kan niet meer stofzuigen en dweilen. Zijn dochter woont ver weg.", "maatwerkNodig": "ja"}""");
        awaitStatus(resident, caseId, "AWAITING_APPLICATION");
    }

    /** Applied for, and the case worker drafted a beschikking: a colleague must approve it. */
    static void toAwaitingApproval(ApiClient resident, ApiClient drafter, String caseId) {
        toAwaitingApplication(resident, drafter, caseId);
        var applied = resident.post("/api/cases/" + caseId + "/application", """
            {"values": {"akkoordVerslag": "ja", "leveringsvormVoorkeur": "natura", "ondertekening": true}}""");
        assertThat(applied.status()).as(applied.text()).isEqualTo(202);
        claimAndComplete(drafter, caseId, "beschikkingOpstellen", """
            {"besluit": "toekennen", "product": "huishoudelijke-hulp", "leveringsvorm": "natura",
             "ingangsdatum": "2027-01-01", "einddatum": "2027-12-31", "omvang": "3 uur per week",
             "motivering": "Jan kan het huishouden niet zelf doen en heeft geen netwerk dat kan helpen."}""");
    }
}
