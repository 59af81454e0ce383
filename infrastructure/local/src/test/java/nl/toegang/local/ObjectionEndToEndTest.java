package nl.toegang.local;

import static nl.toegang.local.ApiClient.eventually;
import static nl.toegang.local.CaseSteps.claimAndComplete;
import static nl.toegang.local.CaseSteps.openTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.toegang.core.clock.TermCounting;
import org.junit.jupiter.api.Test;

/**
 * Objecting to a decision over real HTTP: in time (the page says until when), twice at once (one
 * objection), and late (the form asks why; the handler sees it). The objection handler (persona
 * {@code bas}) works on the objection with the decided case's file beside it; the resident reads the outcome letter.
 */
class ObjectionEndToEndTest {

    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    static final DateTimeFormatter IN_WORDS = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.forLanguageTag("nl"));

    final LocalPlatform platform = RunningPlatform.get();
    final ApiClient jan = new ApiClient(platform, "jan");
    final ApiClient sem = new ApiClient(platform, "sem");
    final ApiClient bas = new ApiClient(platform, "bas");

    String decidedCase() {
        return ObjectionCases.decidedJustNow(jan, sem);
    }

    String caseDecidedWeeksAgo(int weeks) {
        return ObjectionCases.decidedWeeksAgo(platform, weeks);
    }

    @Test
    void anObjectionInTimeIsOneObjectionEvenSentTwiceAndEndsWithALetterNamingTheCourt() throws Exception {
        String decided = decidedCase();
        TermCounting counting = platform.context().getBean(TermCounting.class);
        String lastDay = counting.end(LocalDate.now(NL), Period.ofWeeks(6)).format(IN_WORDS);

        String page = jan.page("/mijn-aanvragen/" + decided);
        assertThat(page).contains("Bezwaar maken").contains("Dat kan tot en met " + lastDay)
                .contains("href=\"/mijn-aanvragen/" + decided + "/bezwaar\"");
        String form = jan.page("/mijn-aanvragen/" + decided + "/bezwaar");
        assertThat(form).contains("Waar bent u het niet mee eens?").contains("tot en met " + lastDay)
                .doesNotContain("Waarom bent u later dan 6 weken?");

        String body = """
            {"values": {"tegen": "Dat ik geen schuldhulp krijg.", "waarom": "De kerk helpt alleen met eten.", "horen": "nee"}}""";
        var first = CompletableFuture.supplyAsync(() -> jan.post("/api/cases/" + decided + "/objection", body));
        var second = CompletableFuture.supplyAsync(() -> jan.post("/api/cases/" + decided + "/objection", body));
        List<ApiClient.Reply> replies = List.of(first.get(), second.get());
        assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.text()).isIn(200, 201));
        String objection = replies.get(0).json().get("caseId").asText();
        assertThat(replies.get(1).json().get("caseId").asText()).isEqualTo(objection);
        assertThat(objection).startsWith("BZW-");
        long mine = countCases(objection);
        assertThat(mine).isEqualTo(1);

        JsonNode ack = eventually("the acknowledgement", () -> jan.get("/api/cases/" + objection).json(),
                c -> letter(c, "bezwaar-ontvangen") != null);
        assertThat(letter(ack, "bezwaar-ontvangen").get("text").asText()).contains("Jan Bakker").contains(decided)
                .contains("Uw bezwaar is op tijd.").doesNotContain("${");
        assertThat(jan.page("/mijn-aanvragen/" + decided)).contains("Uw bezwaar").contains(objection)
                .doesNotContain("Dat kan tot en met");

        // The handler opens the task: the objection, and the file of the decision it is about.
        JsonNode task = openTask(bas, objection, "bezwaarBeoordelen");
        assertThat(task.get("candidateGroup").asText()).isEqualTo("bezwaar-behandelaars");
        String taskPage = bas.page("/werk/taken/" + task.get("taskId").asText());
        assertThat(taskPage).contains("Het besluit waartegen bezwaar is gemaakt: zaak " + decided)
                .contains("U krijgt al hulp van de kerk.").contains("De kerk helpt alleen met eten.")
                .contains("Het bezwaar kwam op tijd binnen");
        assertThat(bas.get("/api/case-files/" + decided).status()).as("the decided case's file").isEqualTo(200);

        claimAndComplete(bas, objection, "bezwaarBeoordelen", """
            {"ontvankelijk": "ja", "adviescommissie": "nee", "hoorzitting": "nee",
             "nietHorenReden": "De inwoner wil niet gehoord worden."}""");
        claimAndComplete(bas, objection, "beslissingOpBezwaar", """
            {"uitkomst": "ongegrond", "bezwaarMotivering": "De kerk helpt ook met uw schulden."}""");

        JsonNode done = eventually(objection + " to close", () -> jan.get("/api/cases/" + objection).json(),
                c -> c.get("status").asText().equals("CLOSED_OBJECTION_DISMISSED"));
        assertThat(done.get("statusText").asText()).contains("ongegrond").doesNotContain("CLOSED");
        String outcome = letter(done, "bezwaar-ongegrond").get("text").asText();
        assertThat(outcome).contains("De kerk helpt ook met uw schulden.").contains("rechtbank").contains("6 weken")
                .doesNotContain("${");
        JsonNode decidedCase = eventually("the outcome in the decided case's history", () -> jan.get("/api/cases/" + decided).json(),
                c -> c.get("history").toString().contains("Beslissing op het bezwaar"));
        assertThat(decidedCase.get("status").asText()).as("the decided case keeps its status").isEqualTo("CLOSED_REJECTED");
        assertThat(decidedCase.get("history").toString()).contains("Bezwaar gemaakt tegen het besluit (" + objection + ")")
                .contains("ongegrond, het besluit blijft");
        assertThat(jan.page("/mijn-aanvragen/" + decided)).contains(objection)
                .contains("Afgerond: uw bezwaar is ongegrond.");
    }

    @Test
    void aLateObjectionIsAskedWhyAndTheHandlerSeesItLateWithTheReason() {
        String decided = caseDecidedWeeksAgo(7);
        String page = jan.page("/mijn-aanvragen/" + decided);
        assertThat(page).contains("U kon bezwaar maken tot en met").contains("Wij vragen u dan waarom u te laat bent.");
        String form = jan.page("/mijn-aanvragen/" + decided + "/bezwaar");
        assertThat(form).contains("U bent dus te laat.").contains("Waarom bent u later dan 6 weken?");

        String answers = "tegen=" + enc("Ik krijg geen hulp.") + "&waarom=" + enc("Ik heb wel hulp nodig.") + "&horen=ja";
        ApiClient.Reply withoutReason = jan.postForm("/mijn-aanvragen/" + decided + "/bezwaar", answers);
        assertThat(withoutReason.status()).isEqualTo(422);
        assertThat(withoutReason.text()).contains("Vertel ons waarom u later bent dan 6 weken.")
                .contains("Ik heb wel hulp nodig.");
        ApiClient.Reply sent = jan.postForm("/mijn-aanvragen/" + decided + "/bezwaar",
                answers + "&redenTeLaat=" + enc("Ik lag drie weken in het ziekenhuis."));
        assertThat(sent.status()).isEqualTo(303);
        Matcher id = Pattern.compile("BZW-[0-9A-Z]{5}-[0-9A-Z]{5}").matcher(jan.page("/mijn-aanvragen/" + decided));
        assertThat(id.find()).as("the decided case names the objection").isTrue();
        String objection = id.group();

        JsonNode ack = eventually("the acknowledgement", () -> jan.get("/api/cases/" + objection).json(),
                c -> letter(c, "bezwaar-ontvangen") != null);
        assertThat(letter(ack, "bezwaar-ontvangen").get("text").asText()).contains("na de termijn van 6 weken");
        JsonNode task = openTask(bas, objection, "bezwaarBeoordelen");
        String taskPage = bas.page("/werk/taken/" + task.get("taskId").asText());
        assertThat(taskPage).contains("Het bezwaar kwam te laat binnen").contains("Ik lag drie weken in het ziekenhuis.");

        claimAndComplete(bas, objection, "bezwaarBeoordelen", """
            {"ontvankelijk": "nee", "adviescommissie": "nee", "hoorzitting": "nee",
             "nietHorenReden": "Kennelijk niet-ontvankelijk: te laat."}""");
        claimAndComplete(bas, objection, "beslissingOpBezwaar", """
            {"uitkomst": "niet-ontvankelijk", "bezwaarMotivering": "U was 1 week te laat. Dat had u kunnen voorkomen."}""");
        JsonNode done = eventually(objection + " to close", () -> jan.get("/api/cases/" + objection).json(),
                c -> c.get("status").asText().equals("CLOSED_OBJECTION_INADMISSIBLE"));
        assertThat(letter(done, "bezwaar-niet-ontvankelijk").get("text").asText()).contains("niet-ontvankelijk")
                .contains("rechtbank");
    }

    @Test
    void aWellFoundedObjectionGivesTheTeamOfTheDecisionTheNewDecision() {
        String decided = decidedCase();
        var made = jan.post("/api/cases/" + decided + "/objection", """
            {"values": {"tegen": "Geen schuldhulp.", "waarom": "Ik heb het nodig.", "horen": "nee"}}""");
        assertThat(made.status()).as(made.text()).isEqualTo(201);
        String objection = made.json().get("caseId").asText();
        claimAndComplete(bas, objection, "bezwaarBeoordelen", """
            {"ontvankelijk": "ja", "adviescommissie": "nee", "hoorzitting": "nee", "nietHorenReden": "Wij geven u gelijk."}""");
        claimAndComplete(bas, objection, "beslissingOpBezwaar", """
            {"uitkomst": "gegrond", "bezwaarMotivering": "De kerk helpt niet met schulden."}""");
        // The debt team that made the decision makes the new one, with the decided case's file beside the task.
        JsonNode task = openTask(sem, objection, "nieuwBesluitSchuldhulp");
        assertThat(sem.page("/werk/taken/" + task.get("taskId").asText())).contains("zaak " + decided);
        claimAndComplete(sem, objection, "nieuwBesluitSchuldhulp", """
            {"nieuwBesluit": "U krijgt schuldhulp. Wij maken een plan met u."}""");
        JsonNode done = eventually(objection + " to close", () -> jan.get("/api/cases/" + objection).json(),
                c -> c.get("status").asText().equals("CLOSED_OBJECTION_UPHELD"));
        assertThat(letter(done, "bezwaar-gegrond").get("text").asText()).contains("U krijgt schuldhulp. Wij maken een plan met u.")
                .contains("Het oude besluit geldt niet meer.");
        eventually("the revocation in the decided case's history", () -> jan.get("/api/cases/" + decided).json(),
                c -> c.get("history").toString().contains("gegrond, het besluit is herroepen"));
    }

    @Test
    void noObjectionWithoutADecision() {
        var submitted = jan.post("/api/cases", """
            {"formId": "schuldhulp-verzoek", "values": {
              "voornaam": "Jan", "achternaam": "Bakker", "bsn": "111222333", "geboortedatum": "1948-03-12",
              "adres": "Dorpsstraat 1", "postcode": "1431 AA", "woonplaats": "Aalsmeer", "telefoon": "0297123456",
              "schuldBedrag": "5000-20000", "schuldeisers": ["verhuurder"],
              "dreiging": ["huisuitzetting"], "dreigingToelichting": "De deurwaarder komt.",
              "inkomenSoort": ["pensioen"], "inkomenPerMaand": 1400, "akkoord": true}}""", UUID.randomUUID().toString());
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
        String caseId = submitted.json().get("caseId").asText();
        var refused = jan.post("/api/cases/" + caseId + "/objection", """
            {"values": {"tegen": "x", "waarom": "y", "horen": "nee"}}""");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text()).contains("nog geen besluit");
        assertThat(jan.page("/mijn-aanvragen/" + caseId)).doesNotContain("Bezwaar maken");
    }

    long countCases(String caseId) {
        long n = 0;
        for (JsonNode c : jan.get("/api/cases").json()) {
            if (c.get("caseId").asText().equals(caseId)) {
                n++;
            }
        }
        return n;
    }

    static JsonNode letter(JsonNode c, String template) {
        for (JsonNode l : c.get("letters")) {
            if (l.get("template").asText().equals(template)) {
                return l;
            }
        }
        return null;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
