package nl.toegang.local;

import static nl.toegang.local.ApiClient.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What a resident sends is bounded and checked before a case exists, so no accepted case can
 * get stuck later in the process, over real HTTP against the local runtime.
 */
class BoundedCaseTest {

    final LocalPlatform platform = RunningPlatform.get();
    final ApiClient jan = new ApiClient(platform, "jan");
    final ApiClient sanne = new ApiClient(platform, "sanne");

    static ObjectNode melding() {
        try {
            return (ObjectNode) ApiClient.JSON.readTree(EndToEndTest.MELDING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    ApiClient.Reply submit(ObjectNode melding) {
        return jan.post("/api/cases", melding.toString(), UUID.randomUUID().toString());
    }

    static ObjectNode values(ObjectNode melding) {
        return (ObjectNode) melding.get("values");
    }

    static String errorOn(ApiClient.Reply reply, String field) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(422);
        for (JsonNode error : reply.json().get("errors")) {
            if (error.get("field").asText().equals(field)) {
                return error.get("detail").asText();
            }
        }
        throw new AssertionError("no error on " + field + ": " + reply.text());
    }

    @Test
    void aHugeEmailAddressOrPhoneNumberIsRefusedBeforeACaseExists() {
        ObjectNode melding = melding();
        values(melding).put("email", "a".repeat(408_000) + "@example.nl");
        values(melding).put("telefoon", "0".repeat(600_000));

        var refused = submit(melding);

        assertThat(errorOn(refused, "email")).isEqualTo("\"E-mailadres\" mag niet meer dan 254 tekens hebben.");
        assertThat(errorOn(refused, "telefoon")).isEqualTo("\"Telefoonnummer\" mag niet meer dan 20 tekens hebben.");
    }

    @Test
    void wrongAnswersAreRefusedWithAClearMessageOnTheField() {
        ObjectNode newLine = melding();
        values(newLine).put("voornaam", "Jan\nKenmerk: WMO-00000");
        ObjectNode nullCharacter = melding();
        values(nullCharacter).put("situatie", "Ik kan niet meer stofzuigen.\u0000");
        ObjectNode bornTomorrow = melding();
        values(bornTomorrow).put("geboortedatum", LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(1).toString());
        ObjectNode someoneElsesBsn = melding();
        values(someoneElsesBsn).put("bsn", "123456782");

        assertThat(errorOn(submit(newLine), "voornaam"))
                .isEqualTo("Schrijf \"Voornaam\" op één regel, zonder tabs of andere speciale tekens.");
        assertThat(errorOn(submit(nullCharacter), "situatie")).contains("staat een teken dat niet mag");
        assertThat(errorOn(submit(bornTomorrow), "geboortedatum"))
                .isEqualTo("De datum bij \"Geboortedatum\" kan niet in de toekomst liggen.");
        assertThat(errorOn(submit(someoneElsesBsn), "bsn")).startsWith("U vraagt hulp voor uzelf. Vul dan uw eigen BSN in.");
        var english = jan.postInEnglish("/api/cases", someoneElsesBsn.toString());
        assertThat(errorOn(english, "bsn")).startsWith("You are asking for help for yourself. Then enter your own BSN.");

        values(someoneElsesBsn).put("namens", "iemand-anders");
        assertThat(submit(someoneElsesBsn).status()).as("for someone else, their BSN").isEqualTo(201);
    }

    @Test
    void theLargestAcceptableMeldingStaysWorkableThroughItsTasks() {
        // Every text at its maximum, in characters of three UTF-8 bytes: the most a case can hold.
        String wide = "€";
        ObjectNode melding = melding();
        ObjectNode v = values(melding);
        v.put("voornaam", wide.repeat(100)).put("achternaam", wide.repeat(100)).put("adres", wide.repeat(200))
                .put("woonplaats", wide.repeat(100)).put("telefoon", "+31 (0)297 123 4567")
                .put("email", wide.repeat(240) + "@example.nl").put("namens", "iemand-anders")
                .put("namensNaam", wide.repeat(200)).put("namensRelatie", wide.repeat(200))
                .put("situatie", wide.repeat(4000)).put("netwerk", wide.repeat(2000));
        v.putArray("hulpvragen").add("huishouden").add("hulpmiddel").add("woning").add("vervoer").add("dagbesteding")
                .add("begeleiding").add("respijtzorg").add("contact").add("maaltijden");

        var accepted = submit(melding);
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(201);
        String caseId = accepted.json().get("caseId").asText();

        JsonNode plan = openTask(caseId, "gesprekPlannen");
        claimAndComplete(plan, "{\"gesprekDatum\": \"2026-12-01\", \"gesprekLocatie\": \"" + wide.repeat(200)
                + "\", \"clientondersteunerAanwezig\": \"nee\"}");
        JsonNode report = openTask(caseId, "verslagVastleggen");
        claimAndComplete(report, "{\"verslag\": \"" + wide.repeat(10_000) + "\", \"maatwerkNodig\": \"ja\"}");

        eventually("the case to wait for the aanvraag", () -> jan.get("/api/cases/" + caseId).json(),
                c -> c.get("status").asText().equals("AWAITING_APPLICATION"));
        var applied = jan.post("/api/cases/" + caseId + "/application", "{\"values\": {\"akkoordVerslag\": \"ja\", "
                + "\"reactieVerslag\": \"" + wide.repeat(4000) + "\", \"leveringsvormVoorkeur\": \"natura\", "
                + "\"toelichting\": \"" + wide.repeat(2000) + "\", \"ondertekening\": true}}");
        assertThat(applied.status()).as(applied.text()).isEqualTo(202);

        // The decision: an end date before the start date is refused on the end date.
        JsonNode draft = openTask(caseId, "beschikkingOpstellen");
        String id = draft.get("taskId").asText();
        assertThat(sanne.post("/api/tasks/" + id + "/claim", "").status()).isEqualTo(200);
        String decision = """
            {"values": {"besluit": "toekennen", "product": "huishoudelijke-hulp", "leveringsvorm": "natura",
             "ingangsdatum": "2027-01-01", "einddatum": "%s", "omvang": "3 uur per week", "motivering": "%s"}}""";
        var backwards = sanne.post("/api/tasks/" + id + "/complete", decision.formatted("2026-12-31", wide.repeat(10_000)));
        assertThat(errorOn(backwards, "einddatum"))
                .isEqualTo("De datum bij \"Einddatum\" kan niet vóór de datum bij \"Ingangsdatum\" liggen.");
        var done = sanne.post("/api/tasks/" + id + "/complete", decision.formatted("2027-12-31", wide.repeat(10_000)));
        assertThat(done.status()).as(done.text()).isEqualTo(200);
    }

    JsonNode openTask(String caseId, String elementId) {
        return eventually("task " + elementId + " of " + caseId, () -> {
            for (JsonNode t : sanne.get("/api/tasks").json()) {
                if (t.get("caseId").asText().equals(caseId) && t.get("elementId").asText().equals(elementId)) {
                    return t;
                }
            }
            return null;
        }, t -> true);
    }

    void claimAndComplete(JsonNode task, String values) {
        String id = task.get("taskId").asText();
        var claimed = sanne.post("/api/tasks/" + id + "/claim", "");
        assertThat(claimed.status()).as(claimed.text()).isEqualTo(200);
        var done = sanne.post("/api/tasks/" + id + "/complete", "{\"values\": " + values + "}");
        assertThat(done.status()).as(done.text()).isEqualTo(200);
    }
}
