package nl.toegang.local;

import static nl.toegang.local.ApiClient.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The resident's case page over real HTTP, as their browser asks for it: the verslag they can read
 * before they are asked to agree with it, withdrawal only after they confirm it, and letters that
 * speak in labels and dates in words, never in the codes and ISO dates the forms store.
 */
class ResidentCasePageTest {

    static final LocalPlatform platform = RunningPlatform.get();
    static final ApiClient jan = new ApiClient(platform, "jan");
    static final ApiClient sanne = new ApiClient(platform, "sanne");
    static final ApiClient daan = new ApiClient(platform, "daan");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Internal codes a resident must never read: statuses, option values, ISO dates. */
    static final List<String> CODES = List.of("AWAITING_APPLICATION", "INVESTIGATION", "CLOSED_GRANTED", "SUPPORT_RUNNING", "TRIAGE",
            "WITHDRAWN", "huishoudelijke-hulp", "thuiszorg-", "2026-12-01", "2027-01-01", "2027-12-31", "T00:00");

    @Test
    void theVerslagIsReadableOnTheCasePageAndAboveTheAanvraagQuestion() {
        String caseId = CaseSteps.submitMelding(jan, EndToEndTest.MELDING);
        CaseSteps.toAwaitingApplication(jan, sanne, caseId);

        String casePage = page("/mijn-aanvragen/" + caseId);
        assertThat(casePage).contains("Verslag van uw gesprek met de gemeente", "Datum van het gesprek", "1 december 2026",
                "Plaats van het gesprek", "Bij Jan thuis", "Jan kan niet meer stofzuigen en dweilen.",
                "Wij adviseren u om de hulp aan te vragen", "Kenmerk", caseId, "Gemeente Voorbeeld",
                "href=\"#brief-1\"");
        assertNoCodes(casePage);

        String aanvraag = page("/mijn-aanvragen/" + caseId + "/aanvraag");
        assertThat(aanvraag).contains("Het verslag van uw gesprek", "Jan kan niet meer stofzuigen en dweilen.", "1 december 2026");
        assertThat(aanvraag.indexOf("Jan kan niet meer stofzuigen")).isLessThan(aanvraag.indexOf("Bent u het eens met het verslag?"));

        String english = page("/mijn-aanvragen/" + caseId + "/aanvraag?lang=en");
        assertThat(english).contains("The report of your conversation", "Report of your conversation with the municipality",
                "Date of the conversation", "1 December 2026", "We advise you to apply", "Do you agree with the report?");
        assertThat(english.indexOf("Jan kan niet meer stofzuigen")).isLessThan(english.indexOf("Do you agree with the report?"));
        assertNoCodes(english);
    }

    @Test
    void withdrawingAsksFirstAndOnlyTheConfirmationWithdraws() {
        String caseId = CaseSteps.submitMelding(jan, EndToEndTest.MELDING);
        CaseSteps.openTask(sanne, caseId, "gesprekPlannen");

        String casePage = page("/mijn-aanvragen/" + caseId);
        assertThat(casePage).contains("href=\"/mijn-aanvragen/" + caseId + "/intrekken\"");
        String question = page("/mijn-aanvragen/" + caseId + "/intrekken");
        assertThat(question).contains("Weet u zeker dat u uw aanvraag wilt intrekken?", "stopt de gemeente met uw aanvraag",
                "niet meer terugdraaien", "opnieuw hulp vragen", "Ja, intrekken", "Nee, terug",
                "href=\"/mijn-aanvragen/" + caseId + "\"");
        assertThat(page("/mijn-aanvragen/" + caseId + "/intrekken?lang=en"))
                .contains("Are you sure you want to withdraw your request?", "Yes, withdraw", "No, go back");

        // A post without the confirmation (an old page, a form from elsewhere) only asks the question.
        HttpResponse<String> unconfirmed = postForm("/mijn-aanvragen/" + caseId + "/intrekken", "");
        assertThat(unconfirmed.statusCode()).isEqualTo(200);
        assertThat(unconfirmed.body()).contains("Weet u zeker dat u uw aanvraag wilt intrekken?");
        assertThat(jan.get("/api/cases/" + caseId).json().get("canWithdraw").asBoolean()).isTrue();
        assertThat(CaseSteps.openTask(sanne, caseId, "gesprekPlannen")).isNotNull();

        // A double click on "Ja, intrekken": both answers lead to the withdrawn case, neither to an error.
        var first = CompletableFuture.supplyAsync(() -> postForm("/mijn-aanvragen/" + caseId + "/intrekken", "bevestigd=ja"));
        var second = CompletableFuture.supplyAsync(() -> postForm("/mijn-aanvragen/" + caseId + "/intrekken", "bevestigd=ja"));
        for (HttpResponse<String> answer : List.of(first.join(), second.join())) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
            assertThat(answer.headers().firstValue("Location")).hasValue("/mijn-aanvragen/" + caseId);
        }
        String withdrawn = page("/mijn-aanvragen/" + caseId);
        assertThat(withdrawn).contains("Ingetrokken. U heeft gezegd dat u geen hulp meer wilt.")
                .doesNotContain("/intrekken\"");
        eventually("the case to be withdrawn", () -> jan.get("/api/cases/" + caseId).json(),
                c -> c.get("status").asText().equals("WITHDRAWN"));
        // Clicked again after the process ended: still the withdrawn case, no error page.
        HttpResponse<String> late = postForm("/mijn-aanvragen/" + caseId + "/intrekken", "bevestigd=ja");
        assertThat(late.statusCode()).isEqualTo(303);
        // Nothing left to withdraw: the question is not asked again, the case is shown.
        HttpResponse<String> askedAgain = send(request("/mijn-aanvragen/" + caseId + "/intrekken").GET().build());
        assertThat(askedAgain.statusCode()).isEqualTo(303);
        assertThat(askedAgain.headers().firstValue("Location")).hasValue("/mijn-aanvragen/" + caseId);
        JsonNode history = jan.get("/api/cases/" + caseId).json().get("history");
        assertThat(history.findValuesAsText("type").stream().filter("WITHDRAWAL_REQUESTED"::equals)).hasSize(1);
    }

    @Test
    void lettersShowLabelsAndDatesInWordsNotTheCodesTheFormsStore() {
        String caseId = CaseSteps.submitMelding(jan, EndToEndTest.MELDING);
        String provider = toGranted(caseId);

        String casePage = page("/mijn-aanvragen/" + caseId);
        assertThat(casePage).contains("Besluit over uw aanvraag (Wmo 2015)", "Soort hulp: Huishoudelijke hulp",
                "Vanaf: 1 januari 2027", "Tot en met: 31 december 2027", "Manier van leveren: Zorg in natura",
                "Ingangsdatum", "Einddatum", "Afzender", "Gemeente Voorbeeld", "Kenmerk", caseId,
                "Wie gaat u helpen?", "Wij hebben een zorgaanbieder voor u gekozen: " + provider + ".", "Aanbieder",
                "Jan kan het huishouden niet zelf doen");
        assertNoCodes(casePage);

        String english = page("/mijn-aanvragen/" + caseId + "?lang=en");
        assertThat(english).contains("Decision on your application", "Type of support: Household help",
                "From: 1 January 2027", "Until: 31 December 2027", "Form of delivery: Care in kind", "Start date",
                "Reference", "Who is going to help you?", "We have chosen a care provider for you: " + provider + ".");
        assertNoCodes(english);
    }

    /** Applied, drafted by Sanne, approved by Daan and given a provider: the case is granted. */
    private static String toGranted(String caseId) {
        CaseSteps.toAwaitingApproval(jan, sanne, caseId);
        CaseSteps.claimAndComplete(daan, caseId, "beschikkingGoedkeuren", "{\"goedgekeurd\": \"ja\"}");
        String assignment = CaseSteps.openTask(daan, caseId, "aanbiederToewijzen").get("taskId").asText();
        JsonNode providers = daan.get("/api/tasks/" + assignment).json().get("variables").get("aanbieders");
        CaseSteps.claimAndComplete(daan, caseId, "aanbiederToewijzen",
                "{\"aanbieder\": \"" + providers.get(0).get("value").asText() + "\"}");
        CaseSteps.awaitStatus(jan, caseId, "SUPPORT_RUNNING");
        return providers.get(0).get("label").asText();
    }

    private static void assertNoCodes(String page) {
        String main = page.substring(page.indexOf("<main"), page.indexOf("</main>"));
        // Option values may sit in the form's own inputs; what a person reads is the text between tags.
        String text = main.replaceAll("<[^>]*>", " ");
        assertThat(text).doesNotContain(CODES.toArray(String[]::new));
    }

    private static String page(String path) {
        HttpResponse<String> response = send(request(path).header("Accept", "text/html").GET().build());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    private static HttpResponse<String> postForm(String path, String body) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(platform.url() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + platform.services().identityProvider().tokenFor("jan"));
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
