package nl.toegang.local;

import static nl.toegang.local.ApiClient.eventually;
import static nl.toegang.local.CaseSteps.toAwaitingApplication;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.toegang.core.clock.PublicHolidays;
import nl.toegang.core.clock.TermCounting;
import org.junit.jupiter.api.Test;

/**
 * The decision term of a Wmo case over real HTTP: the case worker asks for information, the resident
 * sees the question and answers it, the deadline moves by exactly the days the clock stood still,
 * the term is extended once with a letter, and the history says each change with its reason.
 */
class LegalClockEndToEndTest {

    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    static final String QUESTION = "Stuur ons de brief van uw huisarts over uw rug.";
    static final String REASON = "Wij wachten op het advies van de ergotherapeut.";

    final LocalPlatform platform = RunningPlatform.get();
    final ApiClient jan = new ApiClient(platform, "jan");
    final ApiClient sanne = new ApiClient(platform, "sanne");
    // The counting the platform uses: the usual equated days, none configured locally (TermCountingFactory).
    final int year = Year.now(NL).getValue();
    final TermCounting counting = new TermCounting(PublicHolidays.withUsualEquatedDays(year - 1, year + 5));

    @Test
    void aQuestionStopsTheClockTheAnswerStartsItAndAnExtensionComesWithALetter() {
        String caseId = CaseSteps.submitMelding(jan, EndToEndTest.MELDING);
        toAwaitingApplication(jan, sanne, caseId);
        var applied = jan.post("/api/cases/" + caseId + "/application", """
            {"values": {"akkoordVerslag": "ja", "leveringsvormVoorkeur": "natura", "ondertekening": true}}""");
        assertThat(applied.status()).as(applied.text()).isEqualTo(202);

        JsonNode started = eventually("the decision term of " + caseId, () -> sanne.get("/api/case-files/" + caseId + "/clock"),
                r -> r.status() == 200).json();
        LocalDate received = LocalDate.parse(started.get("received").asText());
        LocalDate lastDay = LocalDate.parse(started.get("deadline").asText());
        // Wmo 2015 art. 2.3.5 lid 2: two weeks from the day after the aanvraag, off a rest day (Atw).
        assertThat(lastDay).isEqualTo(counting.end(received, Period.ofWeeks(2)));
        assertThat(started.get("source").asText()).isEqualTo("art. 2.3.5 lid 2 Wmo 2015");

        var refused = sanne.post("/api/case-files/" + caseId + "/clock/information-requests", """
            {"question": " ", "answerWithin": "P2W"}""");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactly("question");

        var asked = sanne.post("/api/case-files/" + caseId + "/clock/information-requests", """
            {"question": "%s", "answerWithin": "P2W"}""".formatted(QUESTION));
        assertThat(asked.status()).as(asked.text()).isEqualTo(201);
        String requestId = asked.json().get("requestId").asText();
        LocalDate askedOn = LocalDate.now(NL);
        JsonNode still = asked.json().get("clock");
        assertThat(still.get("standsStill").asBoolean()).isTrue();
        // Until the answer, the last day is the one the term would have if no answer came in two weeks.
        assertThat(LocalDate.parse(still.get("deadline").asText()))
                .isEqualTo(counting.moveOffRestDay(received, TermCounting.endWithoutAtw(received, Period.ofWeeks(2)).plusDays(14)));

        JsonNode seen = jan.get("/api/cases/" + caseId + "/deadline").json();
        assertThat(seen.get("openQuestions").findValuesAsText("question")).containsExactly(QUESTION);
        assertThat(seen.get("openQuestions").get(0).get("answerByText").asText()).doesNotContain("-");
        assertThat(seen.get("standsStill").asBoolean()).isTrue();

        var empty = jan.post("/api/cases/" + caseId + "/information/" + requestId, """
            {"answer": ""}""");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.json().get("errors").findValuesAsText("field")).containsExactly("answer");
        var answered = jan.post("/api/cases/" + caseId + "/information/" + requestId, """
            {"answer": "De brief van de huisarts komt morgen met de post."}""");
        assertThat(answered.status()).as(answered.text()).isEqualTo(200);
        var twice = jan.post("/api/cases/" + caseId + "/information/" + requestId, """
            {"answer": "Nog een keer."}""");
        assertThat(twice.status()).isEqualTo(409);

        JsonNode after = sanne.get("/api/case-files/" + caseId + "/clock").json();
        long suspended = after.get("daysSuspended").asLong();
        // The clock stops the day after the request and runs again on the day of the answer (Awb 4:15).
        assertThat(suspended).isEqualTo(Math.max(0, LocalDate.now(NL).toEpochDay() - askedOn.toEpochDay() - 1));
        assertThat(LocalDate.parse(after.get("deadline").asText())).isEqualTo(
                counting.moveOffRestDay(received, TermCounting.endWithoutAtw(received, Period.ofWeeks(2)).plusDays(suspended)));
        assertThat(after.get("standsStill").asBoolean()).isFalse();
        assertThat(after.get("requests").get(0).get("answer").asText()).contains("huisarts komt morgen");

        // The case worker reads the same on the case file, in words, and is told what is missing in a form.
        String file = sanne.page("/werk/zaken/" + caseId);
        assertThat(file).contains("Beslistermijn", QUESTION, "huisarts komt morgen", "Termijn verlengen",
                "art. 2.3.5 lid 2 Wmo 2015");
        var refusedPage = sanne.postForm("/werk/zaken/" + caseId + "/termijn/verlengen", "reason=&until=");
        assertThat(refusedPage.status()).isEqualTo(422);
        assertThat(refusedPage.text()).contains("Schrijf waarom u meer tijd nodig hebt.", "Kies de nieuwe laatste dag.");

        LocalDate current = LocalDate.parse(after.get("deadline").asText());
        var tooEarly = sanne.post("/api/case-files/" + caseId + "/clock/extension", """
            {"until": "%s", "reason": "%s"}""".formatted(current, REASON));
        assertThat(tooEarly.status()).isEqualTo(422);
        assertThat(tooEarly.json().get("errors").findValuesAsText("field")).containsExactly("until");
        LocalDate until = current.plusWeeks(3);
        var extended = sanne.post("/api/case-files/" + caseId + "/clock/extension", """
            {"until": "%s", "reason": "%s"}""".formatted(until, REASON));
        assertThat(extended.status()).as(extended.text()).isEqualTo(200);
        assertThat(LocalDate.parse(extended.json().get("deadline").asText())).isEqualTo(counting.moveOffRestDay(received, until));
        var again = sanne.post("/api/case-files/" + caseId + "/clock/extension", """
            {"until": "%s", "reason": "Nog meer tijd."}""".formatted(until.plusWeeks(1)));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asText()).contains("4:14").doesNotContain(until.toString());

        assertThat(extended.json().get("history").findValuesAsText("type")).containsExactly("DEADLINE_SET",
                "INFORMATION_REQUESTED", "INFORMATION_RECEIVED", "DEADLINE_EXTENDED");
        assertThat(extended.json().get("history").findValuesAsText("reason")).contains(REASON);

        assertThat(sanne.page("/werk/zaken/" + caseId)).contains(REASON).doesNotContain("id=\"termijn-verlengen\"");

        // The resident reads each change in words, and the extension's letter with its reason.
        JsonNode own = eventually("the extension letter for " + caseId, () -> jan.get("/api/cases/" + caseId).json(),
                c -> c.get("letters").findValuesAsText("template").contains("verdaging"));
        List<String> lines = new ArrayList<>(own.get("history").findValuesAsText("text"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("om informatie gevraagd"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("uw antwoord ontvangen"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(REASON));
        JsonNode letter = null;
        for (JsonNode l : own.get("letters")) {
            if (l.get("template").asText().equals("verdaging")) {
                letter = l;
            }
        }
        assertThat(letter.get("text").asText()).contains(REASON).doesNotContain(until.toString())
                .contains(String.valueOf(until.getDayOfMonth()));
    }
}
