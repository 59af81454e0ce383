package nl.toegang.local;

import static nl.toegang.local.ApiClient.eventually;
import static nl.toegang.local.CaseSteps.claimAndComplete;
import static nl.toegang.local.CaseSteps.openTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.CamundaClient;
import io.camunda.zeebe.protocol.record.Record;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A granted Wmo case over real HTTP: after the provider is chosen the resident reads "Uw hulp
 * loopt" and can no longer withdraw; when the engine clock reaches the configured weeks before the
 * end date (herindicatie-termijnen.dmn), the Wmo team has the herindicatie task and the resident
 * reads that the support is looked at again.
 */
class SupportRunsEndToEndTest {

    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    final LocalPlatform platform = RunningPlatform.get();
    final ApiClient jan = new ApiClient(platform, "jan");
    final ApiClient sanne = new ApiClient(platform, "sanne");
    final ApiClient daan = new ApiClient(platform, "daan");

    @Test
    void aGrantedCaseRunsUntilTheReassessmentTheWeeksBeforeItsEndDate() throws Exception {
        int weeks = reassessmentWeeks();
        // Other tests move the shared engine clock too: plan the support from the engine's today.
        LocalDate engineToday = LocalDate.ofInstant(engineNow(), NL);
        LocalDate einddatum = engineToday.plusWeeks(weeks).plusDays(2);
        Instant moment = engineToday.plusDays(2).atTime(LocalTime.of(8, 0)).atZone(NL).toInstant();

        String caseId = CaseSteps.submitMelding(jan, EndToEndTest.MELDING);
        CaseSteps.toAwaitingApplication(jan, sanne, caseId);
        var applied = jan.post("/api/cases/" + caseId + "/application", """
            {"values": {"akkoordVerslag": "ja", "leveringsvormVoorkeur": "natura", "ondertekening": true}}""");
        assertThat(applied.status()).as(applied.text()).isEqualTo(202);
        claimAndComplete(sanne, caseId, "beschikkingOpstellen", """
            {"besluit": "toekennen", "product": "huishoudelijke-hulp", "leveringsvorm": "natura",
             "ingangsdatum": "%s", "einddatum": "%s", "omvang": "3 uur per week",
             "motivering": "Jan kan het huishouden niet zelf doen."}""".formatted(engineToday, einddatum));
        claimAndComplete(daan, caseId, "beschikkingGoedkeuren", "{\"goedgekeurd\": \"ja\"}");
        JsonNode assignment = openTask(daan, caseId, "aanbiederToewijzen");
        String provider = daan.get("/api/tasks/" + assignment.get("taskId").asText()).json()
                .get("variables").get("aanbieders").get(0).get("value").asText();
        claimAndComplete(daan, caseId, "aanbiederToewijzen", "{\"aanbieder\": \"" + provider + "\"}");

        JsonNode running = eventually("the support to run", () -> jan.get("/api/cases/" + caseId).json(),
                c -> c.get("status").asText().equals("SUPPORT_RUNNING"));
        assertThat(running.get("statusText").asText()).startsWith("Uw hulp loopt");
        assertThat(running.get("canWithdraw").asBoolean()).isFalse();
        assertThat(jan.page("/mijn-aanvragen/" + caseId)).contains("Uw hulp loopt").doesNotContain("SUPPORT_RUNNING");
        assertThat(jan.post("/api/cases/" + caseId + "/withdrawal", "").status()).isEqualTo(409);
        assertThat(tasksOf(sanne, caseId)).as("no herindicatie before its moment").doesNotContain("herindicatieBeoordelen");

        platform.services().zeebe().increaseTime(Duration.between(engineNow(), moment).plusMinutes(1));

        JsonNode task = openTask(sanne, caseId, "herindicatieBeoordelen");
        assertThat(task.get("candidateGroup").asText()).isEqualTo("wmo-consulenten");
        assertThat(OffsetDateTime.parse(task.get("dueDate").asText()).toInstant())
                .isEqualTo(einddatum.atTime(LocalTime.of(23, 59, 59)).atZone(NL).toInstant());
        JsonNode view = sanne.get("/api/tasks/" + task.get("taskId").asText()).json();
        assertThat(view.get("variables").get("einddatum").asText()).isEqualTo(einddatum.toString());
        JsonNode reassessed = eventually("the resident to see the re-assessment", () -> jan.get("/api/cases/" + caseId).json(),
                c -> c.get("status").asText().equals("REASSESSMENT"));
        assertThat(reassessed.get("statusText").asText()).contains("opnieuw naar uw hulp");
        assertThat(new ApiClient(platform, "karim").get("/api/tasks").json().findValuesAsText("caseId")).doesNotContain(caseId);

        // Extending is a new decision: Sanne proposes, she may not approve it herself, Daan does.
        LocalDate nieuweEinddatum = einddatum.plusYears(1);
        claimAndComplete(sanne, caseId, "herindicatieBeoordelen", """
            {"herindicatieUitkomst": "verlengen", "nieuweIngangsdatum": "%s", "nieuweEinddatum": "%s",
             "nieuweOmvang": "2 uur per week", "herindicatieMotivering": "Het huishouden lukt nog niet zelf."}"""
                .formatted(einddatum.plusDays(1), nieuweEinddatum));
        JsonNode approval = openTask(daan, caseId, "herindicatieGoedkeuren");
        assertThat(sanne.post("/api/tasks/" + approval.get("taskId").asText() + "/claim", "").status()).isEqualTo(403);
        claimAndComplete(daan, caseId, "herindicatieGoedkeuren", "{\"goedgekeurd\": \"ja\"}");

        JsonNode extended = eventually("the new decision letter", () -> jan.get("/api/cases/" + caseId).json(),
                c -> c.get("letters").findValuesAsText("template").contains("herindicatie-besluit")
                        && c.get("status").asText().equals("SUPPORT_RUNNING"));
        JsonNode letter = null;
        for (JsonNode l : extended.get("letters")) {
            if (l.get("template").asText().equals("herindicatie-besluit")) {
                letter = l;
            }
        }
        assertThat(letter.get("text").asText()).startsWith("# Nieuw besluit over uw hulp").contains("Uw hulp gaat door")
                .contains("Huishoudelijke hulp").contains("2 uur per week").contains("bezwaar").contains(caseId)
                .doesNotContain("${", "huishoudelijke-hulp", nieuweEinddatum.toString());
        assertThat(letter.get("details").findValuesAsText("label")).contains("Nieuwe ingangsdatum", "Nieuwe einddatum", "Hoeveel hulp?");
        assertThat(letter.get("details").findValuesAsText("value")).contains("2 uur per week")
                .noneMatch(v -> v.matches("\\d{4}-\\d{2}-\\d{2}"));
    }

    private static java.util.List<String> tasksOf(ApiClient worker, String caseId) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (JsonNode t : worker.get("/api/tasks").json()) {
            if (t.get("caseId").asText().equals(caseId)) {
                ids.add(t.get("elementId").asText());
            }
        }
        return ids;
    }

    /** The engine's clock, as the timestamp of the last thing it did. */
    private Instant engineNow() {
        long latest = 0;
        for (Record<?> r : platform.services().zeebe().engine().getRecordStreamSource().getRecords()) {
            latest = Math.max(latest, r.getTimestamp());
        }
        return Instant.ofEpochMilli(latest);
    }

    private int reassessmentWeeks() throws Exception {
        try (CamundaClient client = CamundaClient.newClientBuilder()
                .grpcAddress(URI.create(platform.services().zeebe().grpcAddress())).preferRestOverGrpc(false).build()) {
            String output = client.newEvaluateDecisionCommand().decisionId("herindicatie-termijnen")
                    .variables(Map.of("wet", "wmo")).send().join().getDecisionOutput();
            int weeks = new com.fasterxml.jackson.databind.ObjectMapper().readTree(output).get("herindicatieWekenVooraf").asInt();
            assertThat(weeks).isPositive();
            return weeks;
        }
    }
}
