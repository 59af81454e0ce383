package nl.toegang.local;

import static nl.toegang.local.ApiClient.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * One question over three laws, over real HTTP against the local runtime: a resident asks for help
 * in everyday words, the front door splits it over Wmo, Jeugdwet and schulden, every part becomes a
 * case of its own team, and the resident sees the whole on "Uw vraag".
 */
class HulpvraagEndToEndTest {

    static final String HULPVRAAG = """
        {"formId": "hulpvraag", "values": {
          "omschrijving": "Ik kan het huis niet meer schoonhouden. Mijn zoon slaapt slecht en ik heb schulden.",
          "levensgebieden": ["thuis-wonen-zorg", "opvoeden-opgroeien", "schulden"],
          "voorWie": "gezin", "telefoon": "0297123456", "spoed": "nee", "akkoord": true}}
        """;

    final LocalPlatform platform = RunningPlatform.get();
    final ApiClient jan = new ApiClient(platform, "jan");
    final ApiClient sanne = new ApiClient(platform, "sanne");
    final ApiClient noor = frontDoorWorker(platform);

    /** Like the persona noor (loket staff, voordeur-medewerkers), which the local provider gets with issue 7. */
    static ApiClient frontDoorWorker(LocalPlatform platform) {
        var claims = platform.services().identityProvider().claimsFor("sanne")
                .subject("noor-test").claim("name", "Noor Test").claim("groups", List.of("voordeur-medewerkers")).build();
        return new ApiClient(platform, claims);
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

    static void claimAndComplete(ApiClient worker, JsonNode task, String values) {
        String id = task.get("taskId").asText();
        assertThat(worker.post("/api/tasks/" + id + "/claim", "").status()).isEqualTo(200);
        var done = worker.post("/api/tasks/" + id + "/complete", "{\"values\": " + values + "}");
        assertThat(done.status()).as(done.text()).isEqualTo(200);
    }

    /** The front door splits the request over these parts. */
    static String split(ApiClient frontDoor, String requestId) {
        JsonNode task = openTask(frontDoor, requestId, "vraagVerdelen");
        assertThat(task.get("candidateGroup").asText()).isEqualTo("voordeur-medewerkers");
        JsonNode view = frontDoor.get("/api/tasks/" + task.get("taskId").asText()).json();
        List<String> suggested = new ArrayList<>();
        view.get("variables").get("delen").forEach(d -> suggested.add(d.asText()));
        assertThat(suggested).as("the suggestion from vraag-verdelen").containsExactlyInAnyOrder("wmo", "jeugdwet", "schuldhulp");
        claimAndComplete(frontDoor, task, """
            {"uitkomst": "verdelen", "delen": ["wmo", "jeugdwet", "schuldhulp"],
             "vraagWmo": "Hulp bij het schoonmaken van het huis.", "vraagJeugdwet": "Haar zoon van 9 slaapt slecht.",
             "vraagSchuldhulp": "Huurachterstand van drie maanden."}""");
        return task.get("taskId").asText();
    }

    static List<String> partsOf(ApiClient resident, String requestId) {
        return eventually("three parts of " + requestId, () -> {
            List<String> ids = new ArrayList<>();
            for (JsonNode c : resident.get("/api/cases").json()) {
                if (c.get("partOf").asText("").equals(requestId)) {
                    ids.add(c.get("caseId").asText());
                }
            }
            return ids;
        }, ids -> ids.size() == 3);
    }

    @Test
    void oneQuestionIsSplitOverWmoJeugdwetAndDebtsAndTheResidentSeesTheWhole() {
        var sent = jan.post("/api/cases", HULPVRAAG, UUID.randomUUID().toString());
        assertThat(sent.status()).as(sent.text()).isEqualTo(201);
        String requestId = sent.json().get("caseId").asText();
        assertThat(requestId).startsWith("VR-");

        String taskId = split(noor, requestId);
        assertThat(sanne.get("/api/tasks").json().findValuesAsText("taskId")).as("a Wmo consultant does not see the front door's work")
                .doesNotContain(taskId);

        List<String> parts = partsOf(jan, requestId);
        assertThat(parts).extracting(id -> id.substring(0, id.indexOf('-'))).containsExactlyInAnyOrder("WMO", "JW", "SH");
        String wmo = parts.stream().filter(id -> id.startsWith("WMO-")).findFirst().orElseThrow();
        JsonNode first = openTask(sanne, wmo, "gesprekPlannen");
        assertThat(first.get("candidateGroup").asText()).isEqualTo("wmo-consulenten");

        eventually("the request to be split", () -> jan.get("/api/cases/" + requestId).json(),
                c -> c.get("status").asText().equals("SPLIT"));
        String whole = jan.page("/mijn-aanvragen/" + requestId);
        assertThat(whole).contains("Uw vraag " + requestId).contains("Mijn zoon slaapt slecht")
                .contains("De delen van uw vraag").contains("Team Wmo").contains("Team Jeugd en Gezin").contains("Team Schuldhulp")
                .contains("Hulp of ondersteuning thuis (Wmo)").contains("Hulp bij schulden")
                .doesNotContain("Aanvraag intrekken");
        for (String part : parts) {
            assertThat(whole).contains("href=\"/mijn-aanvragen/" + part + "\"");
        }
        assertThat(jan.page("/mijn-aanvragen/" + wmo)).contains("Dit is een deel van uw vraag")
                .contains("Hulp bij het schoonmaken van het huis.").contains("Dit deel doet: Team Wmo.");
        assertThat(jan.page("/mijn-aanvragen")).contains("Deel van uw vraag " + requestId + ", bij Team Jeugd en Gezin");
        assertThat(jan.post("/api/cases/" + requestId + "/withdrawal", "").status()).as("withdrawn part by part").isEqualTo(409);
        assertThat(new ApiClient(platform, "anna").get("/api/cases/" + wmo).status()).isEqualTo(404);

        String dossier = sanne.page("/werk/zaken/" + wmo);
        assertThat(dossier).contains("Onderdeel van vraag " + requestId).contains("Team Jeugd en Gezin").contains("Team Schuldhulp")
                .as("the other parts' content stays with their teams").doesNotContain("Haar zoon van 9 slaapt slecht.");
        addPartFromTheWmoDossier(wmo, requestId);
    }

    /** Routing between doors: the Wmo consultant sees the question also touches income, and adds that part. */
    void addPartFromTheWmoDossier(String wmo, String requestId) {
        var refused = sanne.postForm("/werk/zaken/" + wmo + "/deelvragen", "deel=levensonderhoud&vraag=");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("Schrijf de vraag voor dit deel op.").contains("value=\"levensonderhoud\" selected");

        for (int i = 0; i < 2; i++) { // pressed twice: one part
            var added = sanne.postForm("/werk/zaken/" + wmo + "/deelvragen", "deel=levensonderhoud&vraag=Geen+inkomen+sinds+ontslag.");
            assertThat(added.status()).as(added.text()).isBetween(300, 399);
        }

        String whole = eventually("the fourth part", () -> jan.page("/mijn-aanvragen/" + requestId),
                page -> page.contains("Team Werk en Inkomen"));
        assertThat(whole).contains("Bijstand voor uw levensonderhoud");
        assertThat(whole.split("class=\"utrecht-table__row request-part\"", -1)).hasSize(5);
        assertThat(sanne.page("/werk/zaken/" + wmo)).contains("Sanne de Vries heeft een deel van de vraag naar een team gestuurd");
    }
}
