package nl.toegang.caseworker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.SubmissionService;
import nl.toegang.core.definitions.BundledWorkflows;
import nl.toegang.core.definitions.DeploymentService;
import nl.toegang.forms.Language;
import nl.toegang.localservices.LocalServices;
import nl.toegang.worker.JobDispatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The case worker's dossier and notes over real HTTP, on a real Wmo case moved along by the real
 * worker and engine: every piece of the case in order and in words, the approver's view of what
 * they approve, and notes that are stored once however often "Notitie opslaan" is pressed.
 */
class DossierPagesTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static LocalServices services;
    static ApplicationContext context;
    static URI server;
    /** One case taken to the approval of its draft beschikking (sanne drafted it), shared by the tests. */
    static String awaitingApproval;

    @BeforeAll
    static void start() throws Exception {
        services = LocalServices.shared();
        Map<String, Object> properties = new LinkedHashMap<>(services.applicationProperties());
        properties.put("micronaut.server.port", -1);
        properties.put("micronaut.server.host", "127.0.0.1");
        context = ApplicationContext.run(properties);
        context.getBean(DeploymentService.class).deploy(BundledWorkflows.load(), "test");
        context.getBean(JobDispatcher.class).start();
        server = context.getBean(EmbeddedServer.class).start().getURI();
        awaitingApproval = toAwaitingApproval(newCase());
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void theDossierShowsMeldingVerslagAanvraagAndDraftInOrderAndInWords() {
        HttpResponse<String> page = get("/werk/zaken/" + awaitingApproval, "daan");

        assertThat(page.statusCode()).isEqualTo(200);
        String text = text(page.body());
        assertThat(text).containsSubsequence(
                "Inhoud van dossier " + awaitingApproval, "Melding", "Gesprek en verslag", "Aanvraag",
                "Concept-beschikkingen", "Beschikking", "Brieven", "Notities", "Taken", "Geschiedenis",
                // the melding
                "Verstuurd door Jan Bakker op ", "Dorpsstraat 1", "Ik kan niet meer met de bus.",
                // the conversation planned and its verslag
                "Gesprek plannen", "Ingevuld door Sanne de Vries op ", "1 december 2026", "In de bibliotheek",
                "Verslag vastleggen", "Jan kan niet meer met de bus naar de winkel.",
                // the aanvraag, recorded by sanne for him
                "Verstuurd door Sanne de Vries op ", "Zorg in natura: de gemeente regelt een zorgaanbieder",
                // the draft, with option labels instead of their codes
                "Concept 1", "Huishoudelijke hulp", "1 januari 2027", "31 december 2027", "3 uur per week",
                "Jan kan niet meer met de bus en heeft geen netwerk dat kan helpen.", "Wacht op goedkeuring door een collega.",
                "Er is nog geen goedgekeurde beschikking.",
                // the history in sentences
                "Jan Bakker heeft de melding verstuurd.", "Sanne de Vries heeft de taak \"Gesprek plannen\" afgerond.",
                "Sanne de Vries heeft de aanvraag verstuurd.", "Sanne de Vries heeft de taak \"Beschikking opstellen\" afgerond.");
        assertThat(text).doesNotContain("huishoudelijke-hulp", "gesprekPlannen", "beschikkingOpstellen", "TASK_COMPLETED",
                        "AWAITING_APPLICATION", "INVESTIGATION", "SUBMITTED", "wmo-consulenten")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        // Dates say the month in words, as in "2 december 2026 om 14:05".
        assertThat(text).containsPattern("Verstuurd door Jan Bakker op \\d{1,2} [a-z]+ \\d{4} om \\d{2}:\\d{2}\\.");
        // The table of contents links to each section's heading.
        for (String anchor : List.of("melding", "verslag", "aanvraag", "concepten", "beschikking", "brieven", "notities",
                "taken", "geschiedenis")) {
            assertThat(page.body()).contains("href=\"#dossier-" + anchor + "\"").contains("id=\"dossier-" + anchor + "\"");
        }
    }

    @Test
    void theApproverSeesTheDraftAndTheVerslagAboveTheApprovalForm() throws Exception {
        String approval = taskOf("daan", awaitingApproval, "beschikkingGoedkeuren").get("taskId").asText();

        String beforeClaim = text(get("/werk/taken/" + approval, "daan").body());
        assertThat(beforeClaim).containsSubsequence("Wat u goedkeurt", "Concept-beschikking", "Huishoudelijke hulp",
                "Jan kan niet meer met de bus en heeft geen netwerk dat kan helpen.", "Verslag van het gesprek",
                "In de bibliotheek", "Jan kan niet meer met de bus naar de winkel.");

        assertThat(post("/werk/taken/" + approval + "/oppakken", "daan", Map.of()).statusCode()).isEqualTo(303);
        String form = get("/werk/taken/" + approval, "daan").body();
        int review = form.indexOf("id=\"review-title\"");
        int approvalForm = form.indexOf("action=\"/werk/taken/" + approval + "\"");
        assertThat(review).as("the review block").isPositive();
        assertThat(approvalForm).as("the approval form").isGreaterThan(review);
        assertThat(text(form.substring(review, approvalForm))).contains("3 uur per week",
                "Jan kan niet meer met de bus en heeft geen netwerk dat kan helpen.", "1 december 2026",
                "Jan kan niet meer met de bus naar de winkel.");
        // The answers are shown, not offered to be changed.
        assertThat(form.substring(review, approvalForm)).doesNotContain("<input", "<textarea", "<select");
        post("/werk/taken/" + approval + "/teruggeven", "daan", Map.of());
    }

    @Test
    void aDraftSentBackAndTheApprovedOneBothShowAndTheApprovedOneIsTheBeschikkingWithItsLetter() throws Exception {
        String caseId = toAwaitingApproval(newCase());
        claimAndComplete("daan", caseId, "beschikkingGoedkeuren", """
            {"goedgekeurd": "nee", "opmerking": "Schrijf erbij hoe lang de hulp duurt."}""");
        claimAndComplete("sanne", caseId, "beschikkingOpstellen", CaseworkerFunctionTest.DRAFT.replace(
                "geen netwerk dat kan helpen.", "geen netwerk dat kan helpen. De hulp duurt een jaar."));
        claimAndComplete("daan", caseId, "beschikkingGoedkeuren", """
            {"goedgekeurd": "ja"}""");
        for (int i = 0; i < 150 && !getJson("/api/case-files/" + caseId, "daan").get("history").findValuesAsText("type")
                .contains("LETTER"); i++) {
            Thread.sleep(200);
        }

        String text = text(get("/werk/zaken/" + caseId, "daan").body());
        assertThat(text).containsSubsequence(
                "Concept-beschikkingen",
                "Concept 1", "Ingevuld door Sanne de Vries op ", "Jan kan niet meer met de bus en heeft geen netwerk dat kan helpen.",
                "Niet goedgekeurd door Daan Jansen op ", "Terug naar de opsteller.", "Schrijf erbij hoe lang de hulp duurt.",
                "Concept 2", "De hulp duurt een jaar.", "Goedgekeurd door Daan Jansen op ",
                "Beschikking", "Opgesteld door Sanne de Vries. Goedgekeurd door Daan Jansen op ", "Huishoudelijke hulp",
                "De hulp duurt een jaar.", "De brief met de beschikking is verstuurd.",
                "Brieven", "Brief met de beschikking", "Verstuurd op ", "Besluit over uw aanvraag (Wmo 2015)",
                "Geschiedenis", "Brief verstuurd aan de inwoner: Brief met de beschikking.");
        assertThat(text).as("every letter by its own name").contains("Brief verstuurd aan de inwoner: Verslag van het gesprek.")
                .doesNotContain("Brief verstuurd aan de inwoner: Brief verstuurd");
    }

    @Test
    void aNoteSentTwiceAtTheSameMomentIsStoredOnceAndShownWithItsAuthorDateAndHistoryLine() throws Exception {
        String caseId = newCase();
        taskOf("sanne", caseId, "gesprekPlannen");
        String note = "Belde met de dochter " + UUID.randomUUID() + ".\nZij komt naar het gesprek.";
        String key = UUID.randomUUID().toString();

        int clicks = 4;
        CyclicBarrier together = new CyclicBarrier(clicks);
        ExecutorService pool = Executors.newFixedThreadPool(clicks);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < clicks; i++) {
            answers.add(pool.submit(() -> {
                together.await();
                return post("/werk/zaken/" + caseId + "/notities", "sanne",
                        Map.of("notitie", note, CaseFilePages.NOTE_KEY_FIELD, key));
            }));
        }
        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
            assertThat(response.headers().firstValue("Location").orElseThrow())
                    .isEqualTo("/werk/zaken/" + caseId + "?notitie=opgeslagen#dossier-notities");
        }
        pool.shutdown();

        HttpResponse<String> page = get("/werk/zaken/" + caseId + "?notitie=opgeslagen", "daan");
        String text = text(page.body());
        assertThat(text).contains("Uw notitie is opgeslagen.");
        assertThat(occurrences(text, "Belde met de dochter")).as("one note").isEqualTo(1);
        assertThat(occurrences(text, "Sanne de Vries heeft een notitie toegevoegd.")).as("one history line").isEqualTo(1);
        assertThat(text).containsPattern("Sanne de Vries, \\d{1,2} [a-z]+ \\d{4} om \\d{2}:\\d{2}\\s+Belde met de dochter");
        assertThat(page.body()).contains("Zij komt naar het gesprek.").containsPattern("\\.<br>\\s*Zij komt");

        // A new note (a new page, a new key) is a second note.
        post("/werk/zaken/" + caseId + "/notities", "daan", Map.of("notitie", "Tweede notitie.", CaseFilePages.NOTE_KEY_FIELD,
                UUID.randomUUID().toString()));
        JsonNode file = getJson("/api/case-files/" + caseId, "sanne");
        assertThat(file.get("notes").findValuesAsText("author")).containsExactly("Sanne de Vries", "Daan Jansen");
    }

    @Test
    void anEmptyOrTooLongNoteIsRefusedInTheReadersLanguageNamingTheFieldAndKeepsWhatWasTyped() throws Exception {
        String caseId = newCase();
        taskOf("sanne", caseId, "gesprekPlannen");
        String key = UUID.randomUUID().toString();

        HttpResponse<String> empty = post("/werk/zaken/" + caseId + "/notities", "sanne",
                Map.of("notitie", "   ", CaseFilePages.NOTE_KEY_FIELD, key));
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(text(empty.body())).contains("Er is een probleem", "Vul \"Notitie\" in.");
        assertThat(empty.body()).contains("href=\"#field-notitie\"").contains("aria-invalid=\"true\"");

        String tooLong = "Lang verhaal. ".repeat(150);
        HttpResponse<String> refused = post("/werk/zaken/" + caseId + "/notities", "sanne",
                Map.of("notitie", tooLong, CaseFilePages.NOTE_KEY_FIELD, key));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(text(refused.body())).contains("\"Notitie\" mag niet meer dan 2.000 tekens hebben. U heeft nu 2.099 tekens.");
        assertThat(text(refused.body())).contains(tooLong.strip());
        assertThat(refused.body()).contains("name=\"" + CaseFilePages.NOTE_KEY_FIELD + "\" value=\"" + key + "\"");

        HttpResponse<String> english = post("/werk/zaken/" + caseId + "/notities?lang=en", "sanne",
                Map.of("notitie", tooLong, CaseFilePages.NOTE_KEY_FIELD, key));
        assertThat(text(english.body())).contains("\"Note\" must be 2,000 characters or fewer. It now has 2,099 characters.")
                .doesNotContain("Notitie\" mag");

        var api = HTTP.send(request("/api/case-files/" + caseId + "/notes", "sanne")
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(api.body()).get("errors").get(0).get("field").asText()).isEqualTo("notitie");
        assertThat(JSON.readTree(api.body()).get("errors").get(0).get("detail").asText()).isEqualTo("Vul \"Notitie\" in.");

        // Nothing refused was stored, so the same key still stores the note once it is right.
        assertThat(post("/werk/zaken/" + caseId + "/notities", "sanne",
                Map.of("notitie", "Kort en goed.", CaseFilePages.NOTE_KEY_FIELD, key)).statusCode()).isEqualTo(303);
        assertThat(getJson("/api/case-files/" + caseId, "sanne").get("notes").findValuesAsText("text"))
                .containsExactly("Kort en goed.");
    }

    @Test
    void onlyCaseWorkersOfTheTeamCanAddANote() {
        String caseId = newCase();
        assertThat(post("/werk/zaken/" + caseId + "/notities", "bram", Map.of("notitie", "Mag niet.")).statusCode())
                .isEqualTo(403);
        assertThat(post("/werk/zaken/" + caseId + "/notities", "jan", Map.of("notitie", "Mag niet.")).statusCode())
                .isEqualTo(403);
    }

    // --- the case, moved along as case workers do it, through the API -----------------------------

    static String newCase() {
        Principal jan = new Principal("jan", "Jan Bakker", Set.of("resident"), Set.of(), java.util.Optional.of("111222333"), List.of(), Optional.empty(), Optional.empty(), Optional.empty());
        Map<String, Object> values = Map.ofEntries(Map.entry("voornaam", "Jan"), Map.entry("achternaam", "Bakker"),
                Map.entry("bsn", "111222333"), Map.entry("geboortedatum", "1948-03-12"), Map.entry("adres", "Dorpsstraat 1"),
                Map.entry("postcode", "1431 AA"), Map.entry("woonplaats", "Aalsmeer"), Map.entry("telefoon", "0297123456"),
                Map.entry("namens", "zelf"), Map.entry("hulpvragen", List.of("vervoer")),
                Map.entry("situatie", "Ik kan niet meer met de bus."), Map.entry("spoed", "nee"),
                Map.entry("clientondersteuning", "nee"), Map.entry("akkoord", true));
        return context.getBean(SubmissionService.class)
                .submitJson(jan, "wmo-melding", values, UUID.randomUUID().toString(), Language.NL).caseRecord().caseId();
    }

    static String toAwaitingApproval(String caseId) throws Exception {
        claimAndComplete("sanne", caseId, "gesprekPlannen", """
            {"gesprekDatum": "2026-12-01", "gesprekLocatie": "In de bibliotheek", "clientondersteunerAanwezig": "nee"}""");
        claimAndComplete("sanne", caseId, "verslagVastleggen", """
            {"verslag": "Jan kan niet meer met de bus naar de winkel.", "maatwerkNodig": "ja"}""");
        for (int i = 0; i < 150 && !getJson("/api/case-files/" + caseId, "sanne")
                .get("status").asText().equals("AWAITING_APPLICATION"); i++) {
            Thread.sleep(200);
        }
        var applied = HTTP.send(request("/api/case-files/" + caseId + "/application", "sanne")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                    {"values": {"akkoordVerslag": "ja", "leveringsvormVoorkeur": "natura", "ondertekening": true}}"""))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(202);
        claimAndComplete("sanne", caseId, "beschikkingOpstellen", CaseworkerFunctionTest.DRAFT);
        taskOf("daan", caseId, "beschikkingGoedkeuren");
        return caseId;
    }

    static void claimAndComplete(String persona, String caseId, String elementId, String values) throws Exception {
        String id = taskOf(persona, caseId, elementId).get("taskId").asText();
        assertThat(postJson("/api/tasks/" + id + "/claim", persona, "").statusCode()).isEqualTo(200);
        var done = postJson("/api/tasks/" + id + "/complete", persona, "{\"values\": " + values + "}");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
    }

    static JsonNode taskOf(String persona, String caseId, String elementId) throws Exception {
        for (int i = 0; i < 150; i++) {
            for (JsonNode t : getJson("/api/tasks", persona)) {
                if (t.get("caseId").asText().equals(caseId) && t.get("elementId").asText().equals(elementId)) {
                    return t;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no task " + elementId + " for " + caseId);
    }

    // --- HTTP --------------------------------------------------------------------------------------

    static HttpRequest.Builder request(String path, String persona) {
        return HttpRequest.newBuilder(server.resolve(path))
                .header("Authorization", "Bearer " + services.identityProvider().tokenFor(persona));
    }

    static HttpResponse<String> get(String path, String persona) {
        return send(request(path, persona).header("Accept", "text/html").GET().build());
    }

    static JsonNode getJson(String path, String persona) throws IOException {
        return JSON.readTree(send(request(path, persona).header("Accept", "application/json").GET().build()).body());
    }

    static HttpResponse<String> postJson(String path, String persona, String json) {
        return send(request(path, persona).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    static HttpResponse<String> post(String path, String persona, Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return send(request(path, persona).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What a reader sees of a page: its text without tags, entities read. */
    static String text(String html) {
        String text = html.replaceAll("(?s)<head>.*?</head>", " ").replaceAll("<[^>]+>", " ");
        Matcher numeric = Pattern.compile("&#(\\d+);").matcher(text);
        StringBuilder out = new StringBuilder();
        while (numeric.find()) {
            numeric.appendReplacement(out, Matcher.quoteReplacement(Character.toString(Integer.parseInt(numeric.group(1)))));
        }
        numeric.appendTail(out);
        return out.toString().replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&middot;", "·")
                .replace("&amp;", "&").replaceAll("\\s+", " ");
    }

    static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
