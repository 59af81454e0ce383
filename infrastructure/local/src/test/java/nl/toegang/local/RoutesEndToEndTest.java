package nl.toegang.local;

import static nl.toegang.local.ApiClient.eventually;
import static nl.toegang.local.CaseSteps.claimAndComplete;
import static nl.toegang.local.CaseSteps.openTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The Jeugdwet referral, schuldhulp with a threatened eviction and a housing corporation's signal,
 * over real HTTP. Case workers read a case through {@code /api/case-files/{id}} (the worker API);
 * {@code /api/cases/{id}} is the resident API and refuses staff with 403.
 */
class RoutesEndToEndTest {

    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    static final String CHILD_BSN = "999992028";

    final LocalPlatform platform = RunningPlatform.get();

    String submit(ApiClient sender, String body) {
        return submitted(sender, body).get("caseId").asText();
    }

    JsonNode submitted(ApiClient sender, String body) {
        var submitted = sender.post("/api/cases", body, UUID.randomUUID().toString());
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
        return submitted.json();
    }

    /** A parent who, as DigiD Machtigen would vouch, acts for the child Sam. */
    ApiClient parentOfSam() {
        var claims = platform.services().identityProvider().claimsFor("petra")
                .subject("mirjam").claim("name", "Mirjam Bakker").claim("bsn", "999992004")
                .claim("acts_for", List.of(Map.of("bsn", CHILD_BSN, "name", "Sam Bakker",
                        "basis", "ouderlijk-gezag", "reference", "Gezagsregister")))
                .build();
        return ApiClient.withClaims(platform, claims);
    }

    /** Sam, 12, logs in with his own DigiD: the case is about him. */
    ApiClient sam() {
        var claims = platform.services().identityProvider().claimsFor("jan")
                .subject("sam").claim("name", "Sam Bakker").claim("bsn", CHILD_BSN).build();
        return ApiClient.withClaims(platform, claims);
    }

    @Test
    void aGpReferralIsCheckedAndTheFamilyLearnsWhichContractedProviderHelps() {
        ApiClient dokter = new ApiClient(platform, "dokter");
        ApiClient karim = new ApiClient(platform, "karim");
        ApiClient parent = parentOfSam();
        JsonNode receipt = submitted(dokter, """
            {"formId": "jeugd-verwijzing", "values": {
              "voornaam": "Sam", "achternaam": "Bakker", "geboortedatum": "2014-05-01", "bsn": "%s",
              "adres": "Dorpsstraat 1", "postcode": "1431 AA", "woonplaats": "Aalsmeer", "telefoon": "0297123456",
              "jeugdhulpSoort": "jeugd-ggz", "verwijsreden": "Sam heeft angstklachten en gaat niet naar school.",
              "spoed": "nee", "gezinGeinformeerd": true}}""".formatted(CHILD_BSN));
        String caseId = receipt.get("caseId").asText();
        assertThat(caseId).startsWith("JW");
        // The GP gets a receipt, never the case.
        assertThat(dokter.get("/api/cases/" + caseId).status()).isIn(403, 404);

        JsonNode task = openTask(karim, caseId, "verwijzingControleren");
        assertThat(task.get("candidateGroup").asText()).isEqualTo("jeugd-consulenten");
        JsonNode variables = karim.get("/api/tasks/" + task.get("taskId").asText()).json().get("variables");
        assertThat(variables.get("verwijzerNaam").asText()).isEqualTo("Eva Meijer");
        assertThat(variables.get("verwijzerOrganisatie").asText()).isEqualTo("Huisartsenpraktijk De Linde");
        assertThat(variables.get("verwijzerAgbCode").asText()).isEqualTo("01012345");
        assertThat(variables.get("verwijzerSoort").asText()).isEqualTo("huisarts");

        // The worker picks one of the contracted providers the process offers, as the form's select does.
        JsonNode offered = variables.get("aanbieders");
        assertThat(offered.isArray() && offered.size() > 1).as(offered.toString()).isTrue();
        JsonNode chosen = offered.get(offered.size() - 1);
        String providerValue = chosen.get("value").asText();
        String providerName = chosen.get("label").asText();
        claimAndComplete(karim, caseId, "verwijzingControleren", """
            {"verwijzingAkkoord": "ja", "aanbieder": "%s", "ingangsdatum": "%s"}"""
                .formatted(providerValue, LocalDate.now(NL).plusDays(7)));

        JsonNode seen = eventually(caseId + " to be granted for the family",
                () -> parent.get("/api/cases/" + caseId).json(),
                c -> "CLOSED_GRANTED".equals(c.path("status").asText()));
        assertThat(seen.get("statusText").asText()).isNotBlank().doesNotContain("CLOSED_GRANTED");
        // The parent reads the provider's name in the message, never its internal code.
        assertThat(seen.get("history").findValuesAsText("text")).anySatisfy(text ->
                assertThat(text).contains(providerName).doesNotContain(providerValue));
        // Letters are the child's; a representative reads only copies sent to them (ADR 0020), and a
        // referral has no representative on the case.
        assertThat(seen.get("letters")).isEmpty();

        JsonNode own = sam().get("/api/cases/" + caseId).json();
        assertThat(own.get("status").asText()).isEqualTo("CLOSED_GRANTED");
        JsonNode letter = null;
        for (JsonNode l : own.get("letters")) {
            if (l.get("template").asText().equals("toewijzing-jeugd")) {
                letter = l;
            }
        }
        assertThat(letter).as(own.toString()).isNotNull();
        assertThat(letter.get("text").asText()).contains(providerName).doesNotContain(providerValue).contains("Sam Bakker");

        // A checked referral needs no investigation: no conversation is planned.
        JsonNode file = karim.get("/api/case-files/" + caseId).json();
        assertThat(file.get("status").asText()).isEqualTo("CLOSED_GRANTED");
        assertThat(file.get("tasks").findValuesAsText("elementId")).containsExactly("verwijzingControleren");
        assertThat(file.get("submittedBy").asText()).isEqualTo("Eva Meijer");
    }

    @Test
    void aThreatenedEvictionGetsAConversationWithinThreeWorkingDaysAndAnAdmissionLetter() {
        ApiClient jan = new ApiClient(platform, "jan");
        ApiClient sem = new ApiClient(platform, "sem");
        String caseId = submit(jan, """
            {"formId": "schuldhulp-verzoek", "values": {
              "voornaam": "Jan", "achternaam": "Bakker", "bsn": "111222333", "geboortedatum": "1948-03-12",
              "adres": "Dorpsstraat 1", "postcode": "1431 AA", "woonplaats": "Aalsmeer", "telefoon": "0297123456",
              "schuldBedrag": "5000-20000", "schuldeisers": ["verhuurder", "energie"],
              "dreiging": ["huisuitzetting"], "dreigingToelichting": "De deurwaarder komt over twee weken.",
              "inkomenSoort": ["pensioen"], "inkomenPerMaand": 1400, "akkoord": true}}""");
        assertThat(caseId).startsWith("SHV");

        JsonNode task = openTask(sem, caseId, "spoedGesprekPlannen");
        Instant submittedAt = Instant.parse(jan.get("/api/cases/" + caseId).json().get("submittedAt").asText());
        Instant due = OffsetDateTime.parse(task.get("dueDate").asText()).toInstant();
        // Wgs art. 4 lid 2: with a threatened eviction the first conversation is within 3 working days.
        assertThat(due).isEqualTo(plusWorkingDays(submittedAt, 3));
        assertThat(due.atZone(NL).getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        JsonNode urgent = eventually("the case to show URGENT", () -> jan.get("/api/cases/" + caseId).json(),
                c -> c.get("status").asText().equals("URGENT"));
        assertThat(urgent.get("statusText").asText()).isNotBlank().doesNotContain("URGENT");

        String today = LocalDate.now(NL).toString();
        claimAndComplete(sem, caseId, "spoedGesprekPlannen", """
            {"maatregelen": ["verhuurder"], "maatregelenToelichting": "Verhuurder wacht met de ontruiming.",
             "gesprekDatum": "%s", "gesprekLocatie": "Telefonisch"}""".formatted(today));
        claimAndComplete(sem, caseId, "gesprekVastleggen", """
            {"gesprekDatum": "%s", "hulpvraag": "Ik wil de huur weer kunnen betalen.",
             "gesprekVerslag": "Huurschuld 2.100 euro, energie 400 euro."}""".formatted(today));
        String motivering = "U betaalt elke maand 50 euro aan de verhuurder. Wij regelen de andere schulden.";
        claimAndComplete(sem, caseId, "besluitOpstellen", """
            {"besluit": "toelaten", "motivering": "%s"}""".formatted(motivering));

        // The letter is written before the case closes: wait for the closed status itself.
        JsonNode closed = eventually(caseId + " to close as granted", () -> jan.get("/api/cases/" + caseId).json(),
                c -> c.get("status").asText().equals("CLOSED_GRANTED"));
        assertThat(closed.get("statusText").asText()).isNotBlank().doesNotContain("CLOSED_GRANTED");
        assertThat(closed.get("canWithdraw").asBoolean()).isFalse();
        JsonNode letter = null;
        for (JsonNode l : closed.get("letters")) {
            if (l.get("template").asText().equals("schuldhulp-besluit")) {
                letter = l;
            }
        }
        assertThat(letter).as(closed.toString()).isNotNull();
        assertThat(letter.get("text").asText()).contains("Jan Bakker").contains(motivering).contains(caseId)
                .contains("bezwaar").doesNotContain("${");
    }

    @Test
    void aHousingCorporationsSignalIsFollowedUpAndTheSignallerOnlyGetsAReceipt() {
        ApiClient woonstede = new ApiClient(platform, "woonstede");
        ApiClient mila = new ApiClient(platform, "mila");
        JsonNode receipt = submitted(woonstede, """
            {"formId": "signaal", "values": {
              "bron": "woningcorporatie", "voornaam": "Henk", "achternaam": "de Wit", "adres": "Dorpsstraat 3",
              "woonplaats": "Aalsmeer", "zorg": "De huur is al drie maanden niet betaald. Hij doet de deur niet open.",
              "achterstandBedrag": 2100, "achterstandMaanden": 3, "spoed": "nee", "persoonWeetHet": "nee"}}""");
        String caseId = receipt.get("caseId").asText();
        assertThat(caseId).startsWith("SIG");
        // A receipt: the reference and a message, no status and no letters.
        assertThat(receipt.get("message").asText()).isNotBlank();
        assertThat(fieldNames(receipt)).containsExactlyInAnyOrder("caseId", "message");
        assertThat(woonstede.get("/api/cases/" + caseId).status()).isIn(403, 404);

        JsonNode task = openTask(mila, caseId, "contactOpnemen");
        assertThat(task.get("name").asText()).isEqualTo("Contact opnemen");
        assertThat(task.get("candidateGroup").asText()).isEqualTo("signalen-consulenten");
        Instant due = OffsetDateTime.parse(task.get("dueDate").asText()).toInstant();
        assertThat(due).isAfter(Instant.now()).isBefore(Instant.now().plusSeconds(6 * 24 * 3600));
        assertThat(due.atZone(NL).getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        claimAndComplete(mila, caseId, "contactOpnemen", """
            {"contactpogingen": "Dinsdag gebeld, woensdag huisbezoek.", "uitkomst": "hulp-aangenomen",
             "uitkomstToelichting": "Meneer wil schuldhulp; melding gemaakt."}""");

        // Mila reads the case in her case file, also after her task is done.
        JsonNode closed = eventually(caseId + " to be followed up", () -> mila.get("/api/case-files/" + caseId).json(),
                c -> "CLOSED_FOLLOWED_UP".equals(c.path("status").asText()));
        assertThat(closed.get("history").findValuesAsText("type")).doesNotContain("LETTER").contains("CLOSED");
        assertThat(closed.get("tasks").findValuesAsText("status")).doesNotContain("OPEN", "CLAIMED");
        for (JsonNode t : mila.get("/api/tasks").json()) {
            assertThat(t.get("caseId").asText()).isNotEqualTo(caseId);
        }
        // The resident API is for residents: staff get 403 there, not the case.
        assertThat(mila.get("/api/cases/" + caseId).status()).isEqualTo(403);
        assertThat(woonstede.get("/api/case-files/" + caseId).status()).isIn(403, 404);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Monday to Friday in Dutch time, the same time of day; holidays are not skipped yet (issue 9). */
    private static Instant plusWorkingDays(Instant from, int days) {
        ZonedDateTime at = from.atZone(NL);
        int counted = 0;
        while (counted < days) {
            at = at.plusDays(1);
            if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return at.toInstant();
    }
}
