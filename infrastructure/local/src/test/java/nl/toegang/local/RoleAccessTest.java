package nl.toegang.local;

import static nl.toegang.local.ApiClient.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Each kind of person sees only what their role allows, over real HTTP against the local runtime:
 * the resident, a representative, the person helped, the loket, a referrer, a signaller, a case
 * worker of another team and an administrator (docs/adr/0020-acting-for-someone-else.md).
 */
class RoleAccessTest {

    static final LocalPlatform platform = RunningPlatform.get();
    static final ApiClient jan = new ApiClient(platform, "jan");
    static final ApiClient petra = new ApiClient(platform, "petra");
    static final ApiClient greet = new ApiClient(platform, "greet");
    static final ApiClient bewind = new ApiClient(platform, "bewind");
    static final ApiClient kees = new ApiClient(platform, "kees");
    static final ApiClient anna = new ApiClient(platform, "anna");
    static final ApiClient noor = new ApiClient(platform, "noor");
    static final ApiClient sanne = new ApiClient(platform, "sanne");
    static final ApiClient karim = new ApiClient(platform, "karim");
    static final ApiClient dokter = new ApiClient(platform, "dokter");
    static final ApiClient woonstede = new ApiClient(platform, "woonstede");
    static final ApiClient bram = new ApiClient(platform, "bram");

    static final String GREET_BSN = "999991024";
    static final String KEES_BSN = "999991103";

    static String values(String voornaam, String achternaam, String bsn, String namens) {
        return """
            {"voornaam": "%s", "achternaam": "%s", "bsn": "%s", "geboortedatum": "1942-05-01",
             "adres": "Kerkweg 4", "postcode": "1431 AB", "woonplaats": "Aalsmeer", "telefoon": "0297123456",
             "namens": "%s", "hulpvragen": ["huishouden"], "situatie": "Zij kan het huis niet meer schoonhouden.",
             "spoed": "nee", "clientondersteuning": "nee", "akkoord": true}""".formatted(voornaam, achternaam, bsn, namens);
    }

    static String melding(String voornaam, String achternaam, String bsn, String namens) {
        return "{\"formId\": \"wmo-melding\", \"values\": " + values(voornaam, achternaam, bsn, namens) + "}";
    }

    static List<String> caseIds(ApiClient who) {
        List<String> ids = new ArrayList<>();
        who.get("/api/cases").json().forEach(c -> ids.add(c.get("caseId").asText()));
        return ids;
    }

    @Test
    void aDaughterWithAMachtigingSendsForHerMotherWhoSeesItAsHerOwnAndStrangersDoNot() {
        String caseId = CaseSteps.submitMelding(petra, melding("Greet", "de Wit", GREET_BSN, "iemand-anders"));

        assertThat(greet.get("/api/cases/" + caseId).status()).isEqualTo(200);
        assertThat(caseIds(greet)).contains(caseId);
        assertThat(caseIds(petra)).contains(caseId);
        assertThat(greet.page("/mijn-aanvragen")).contains(caseId).contains("Uzelf");
        assertThat(petra.page("/mijn-aanvragen")).contains(caseId).contains("Greet de Wit");
        JsonNode seenByGreet = greet.get("/api/cases/" + caseId).json();
        assertThat(seenByGreet.get("history").findValuesAsText("text"))
                .contains("Melding verstuurd door Petra de Wit (mantelzorger met machtiging)");

        assertThat(jan.get("/api/cases/" + caseId).status()).isEqualTo(404);
        assertThat(caseIds(jan)).doesNotContain(caseId);
        assertThat(bewind.get("/api/cases/" + caseId).status()).isEqualTo(404);
    }

    @Test
    void aBewindvoerderSendsForOneOfThePeopleTheyActForAndGetsACopyOfEveryLetter() {
        String caseId = CaseSteps.submitMelding(bewind, melding("Kees", "Vermeulen", KEES_BSN, "zelf"));
        CaseSteps.toAwaitingApplication(kees, sanne, caseId);

        JsonNode original = kees.get("/api/cases/" + caseId).json();
        JsonNode copy = bewind.get("/api/cases/" + caseId).json();
        assertThat(original.get("letters").findValuesAsText("template")).containsExactly("verslag");
        assertThat(original.get("letters").get(0).get("copyTo").asText()).isEqualTo("Willem Bosman");
        assertThat(copy.get("letters").findValuesAsText("template")).containsExactly("verslag");
        assertThat(kees.page("/mijn-aanvragen/" + caseId)).contains("Kopie aan").contains("Willem Bosman");
        assertThat(bewind.page("/mijn-aanvragen/" + caseId)).contains("Kopie aan").contains("Willem Bosman");
        // Anna has the same bewindvoerder, but this case is not about her.
        assertThat(anna.get("/api/cases/" + caseId).status()).isEqualTo(404);
    }

    @Test
    void aCarerWithAMachtigingDoesNotReceiveTheLettersThePersonHelpedDoes() {
        String caseId = CaseSteps.submitMelding(petra, melding("Greet", "de Wit", GREET_BSN, "iemand-anders"));
        CaseSteps.toAwaitingApplication(greet, sanne, caseId);

        assertThat(greet.get("/api/cases/" + caseId).json().get("letters").findValuesAsText("template"))
                .containsExactly("verslag");
        assertThat(petra.get("/api/cases/" + caseId).json().get("letters")).isEmpty();
    }

    @Test
    void nobodyBecomesARepresentativeByTypingSomeoneElsesBsnForThemselves() {
        var refused = jan.post("/api/cases", melding("Greet", "de Wit", GREET_BSN, "zelf"), UUID.randomUUID().toString());

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactly("bsn");
    }

    @Test
    void theLoketRegistersAPhoneCallForAResidentWhoFindsItAfterSigningIn() {
        var registered = noor.post("/api/registrations", "{\"formId\": \"wmo-melding\", \"channel\": \"telefoon\", \"values\": "
                + values("Jan", "Bakker", "111222333", "zelf") + "}", UUID.randomUUID().toString());
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        String caseId = registered.json().get("caseId").asText();
        assertThat(registered.json().get("clientName").asText()).isEqualTo("Jan Bakker");

        assertThat(caseIds(jan)).contains(caseId);
        JsonNode seenByJan = jan.get("/api/cases/" + caseId).json();
        assertThat(seenByJan.get("history").findValuesAsText("text")).contains("Melding opgenomen door het loket (aan de telefoon)");
        // The loket worker registers, and is not on the case afterwards: it goes to the Wmo team.
        assertThat(noor.get("/api/cases/" + caseId).status()).isEqualTo(403);
        assertThat(noor.get("/api/case-files/" + caseId).status()).isEqualTo(404);
        CaseSteps.openTask(sanne, caseId, "gesprekPlannen");
        assertThat(sanne.get("/api/case-files/" + caseId).json().get("history").get(0).get("data").get("channel").asText())
                .isEqualTo("telefoon");
        assertThat(sanne.page("/werk/zaken/" + caseId)).contains("Melding opgenomen door Noor Yilmaz van het loket, aan de telefoon");
    }

    @Test
    void onlyTheLoketRegistersAndTheChannelIsRequired() {
        String body = "{\"formId\": \"wmo-melding\", \"values\": " + values("Jan", "Bakker", "111222333", "zelf") + "}";

        var noChannel = noor.post("/api/registrations", body, UUID.randomUUID().toString());
        assertThat(noChannel.status()).isEqualTo(422);
        assertThat(noChannel.json().get("errors").findValuesAsText("field")).containsExactly("kanaal");
        assertThat(sanne.post("/api/registrations", body, UUID.randomUUID().toString()).status()).isEqualTo(403);
        assertThat(jan.post("/api/registrations", body, UUID.randomUUID().toString()).status()).isEqualTo(403);
    }

    @Test
    void referrersAndSignallersSendOnlyTheFormsMeantForThemAndSeeNoCases() {
        String wmo = melding("Greet", "de Wit", GREET_BSN, "iemand-anders");

        var byGp = dokter.post("/api/cases", wmo, UUID.randomUUID().toString());
        var byCorporation = woonstede.post("/api/cases", wmo, UUID.randomUUID().toString());

        assertThat(byGp.status()).isEqualTo(403);
        assertThat(byGp.json().get("detail").asText()).isEqualTo("U mag dit formulier niet versturen.");
        assertThat(byCorporation.status()).isEqualTo(403);
        assertThat(dokter.get("/api/cases").status()).isEqualTo(403);
        assertThat(woonstede.get("/api/cases").status()).isEqualTo(403);
        assertThat(dokter.get("/api/tasks").status()).isEqualTo(403);
    }

    @Test
    void aCaseWorkerOfAnotherTeamAndAnAdministratorDoNotSeeTheCase() {
        String caseId = CaseSteps.submitMelding(petra, melding("Greet", "de Wit", GREET_BSN, "iemand-anders"));
        CaseSteps.openTask(sanne, caseId, "gesprekPlannen");

        assertThat(sanne.get("/api/case-files/" + caseId).status()).isEqualTo(200);
        assertThat(karim.get("/api/case-files/" + caseId).status()).isEqualTo(404);
        assertThat(karim.get("/api/tasks").json().findValuesAsText("caseId")).doesNotContain(caseId);
        assertThat(bram.get("/api/case-files/" + caseId).status()).isEqualTo(403);
        assertThat(bram.get("/api/cases/" + caseId).status()).isEqualTo(403);
        eventually("the case to be with the Wmo team", () -> greet.get("/api/cases/" + caseId).json(),
                c -> c.get("status").asText().equals("INVESTIGATION"));
    }
}
