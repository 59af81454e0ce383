package nl.toegang.local;

import static nl.toegang.local.ApiClient.eventually;
import static nl.toegang.local.CaseSteps.awaitStatus;
import static nl.toegang.local.CaseSteps.claimAndComplete;
import static nl.toegang.local.CaseSteps.openTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A bijstand aanvraag over real HTTP: the resident applies, a consultant records the documents,
 * the engine clock passes the four weeks of Participatiewet art. 52 so the advance is due, then
 * the decision follows with a second worker's approval, and the resident reads every letter.
 *
 * <p>The embedded engine's clock is shared by every test in this JVM: moving it four weeks also
 * moves it for cases of other tests, whose timers are all further away than that.
 */
class BijstandEndToEndTest {

    final LocalPlatform platform = RunningPlatform.get();
    final ApiClient jan = new ApiClient(platform, "jan");
    // The personas ilse (inkomen-consulenten) and ruud (inkomen-teamleiders) come with the personas of issue 7.
    final ApiClient ilse = staff("ilse", "Ilse Consulent", List.of("inkomen-consulenten"));
    final ApiClient ruud = staff("ruud", "Ruud Teamleider", List.of("inkomen-teamleiders", "inkomen-consulenten"));

    ApiClient staff(String id, String name, List<String> groups) {
        var claims = platform.services().identityProvider().claimsFor("sanne")
                .subject(id).claim("name", name).claim("groups", groups).build();
        return ApiClient.withClaims(platform, claims);
    }

    static final String AANVRAAG = """
        {"formId": "bijstand-aanvraag", "values": {
          "voornaam": "Jan", "achternaam": "Bakker", "bsn": "111222333", "geboortedatum": "1980-03-12",
          "adres": "Dorpsstraat 1", "postcode": "1431 AA", "woonplaats": "Aalsmeer", "telefoon": "0297123456",
          "namens": "zelf", "huishouden": "alleenstaand", "inkomenSoort": ["geen"], "inkomenPerMaand": 0,
          "bezit": "Geen spaargeld, geen auto.", "woonsituatie": "huur", "woonkostenPerMaand": 650,
          "stukkenAanleveren": "balie", "akkoord": true}}
        """;

    JsonNode caseOf(String caseId) {
        return jan.get("/api/cases/" + caseId).json();
    }

    @Test
    void anAanvraagWithoutADecisionAfterFourWeeksGetsAnAdvanceAndThenAnApprovedDecision() {
        var submitted = jan.post("/api/cases", AANVRAAG, UUID.randomUUID().toString());
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
        String caseId = submitted.json().get("caseId").asText();
        assertThat(caseId).startsWith("PW");

        JsonNode stukken = openTask(ilse, caseId, "stukkenOntvangen");
        assertThat(stukken.get("candidateGroup").asText()).isEqualTo("inkomen-consulenten");
        awaitStatus(jan, caseId, "AWAITING_DOCUMENTS");
        assertThat(caseOf(caseId).get("letters").findValuesAsText("template")).containsExactly("bijstand-ontvangen");
        claimAndComplete(ilse, caseId, "stukkenOntvangen", """
            {"stukkenBinnen": ["identiteitsbewijs", "huurcontract"], "stukkenCompleet": "nee",
             "stukkenToelichting": "Bankafschriften volgen."}""");

        platform.services().zeebe().increaseTime(Duration.ofDays(28).plusMinutes(5));

        JsonNode voorschot = openTask(ilse, caseId, "voorschotVerlenen");
        assertThat(voorschot.get("candidateGroup").asText()).isEqualTo("inkomen-consulenten");
        claimAndComplete(ilse, caseId, "voorschotVerlenen", """
            {"voorschotVerleend": "ja", "voorschotBedrag": 970.83, "voorschotDatum": "%s"}""".formatted(LocalDate.now().plusDays(2)));
        JsonNode withAdvance = eventually("the advance letter", () -> caseOf(caseId),
                c -> c.get("letters").findValuesAsText("template").contains("voorschot"));
        assertThat(withAdvance.get("status").asText()).isEqualTo("AWAITING_DOCUMENTS");

        String yesterday = LocalDate.now().minusDays(1).toString();
        claimAndComplete(ilse, caseId, "stukkenOntvangen", """
            {"stukkenBinnen": ["identiteitsbewijs", "huurcontract", "bankafschriften", "inkomen"], "stukkenCompleet": "ja"}""");
        claimAndComplete(ilse, caseId, "gesprekVoeren", """
            {"gesprekDatum": "%s", "gesprekVerslag": "Jan zoekt werk als conciërge.", "kanWerken": "ja",
             "werkAfspraken": "Twee sollicitaties per maand."}""".formatted(yesterday));
        claimAndComplete(ilse, caseId, "beschikkingOpstellen", """
            {"besluit": "toekennen", "bedragPerMaand": 1078.7, "ingangsdatum": "%s",
             "motivering": "U heeft geen inkomen en geen spaargeld."}""".formatted(yesterday));

        JsonNode approval = openTask(ruud, caseId, "beschikkingGoedkeuren");
        var byIlse = ilse.post("/api/tasks/" + approval.get("taskId").asText() + "/claim", "");
        assertThat(byIlse.status()).isEqualTo(403);
        claimAndComplete(ruud, caseId, "beschikkingGoedkeuren", "{\"goedgekeurd\": \"ja\"}");

        JsonNode closed = eventually("the case to close", () -> caseOf(caseId),
                c -> c.get("status").asText().equals("CLOSED_GRANTED_INCOME"));
        assertThat(closed.get("letters").findValuesAsText("template"))
                .containsExactly("bijstand-ontvangen", "voorschot", "bijstand-beschikking");
        assertThat(closed.get("letters").get(2).get("text").asText()).contains("U krijgt bijstand").contains(caseId);
        String page = jan.page("/mijn-aanvragen/" + caseId);
        assertThat(page).contains("U krijgt geld of een regeling van de gemeente").contains("970,83").contains("1.078,70");
        assertThat(new ApiClient(platform, "anna").get("/api/cases/" + caseId).status()).isEqualTo(404);
    }
}
