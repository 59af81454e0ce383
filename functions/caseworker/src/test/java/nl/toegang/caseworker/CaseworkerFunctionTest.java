package nl.toegang.caseworker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.SubmissionService;
import nl.toegang.core.definitions.BundledWorkflows;
import nl.toegang.core.definitions.DeploymentService;
import nl.toegang.forms.Language;
import nl.toegang.localservices.LambdaClient;
import nl.toegang.localservices.LocalServices;
import nl.toegang.worker.JobDispatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The case worker function invoked as AWS invokes it, on a real Wmo case: the real models, the
 * real worker moving the process, DynamoDB Local and the embedded engine.
 */
class CaseworkerFunctionTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static LocalServices services;
    static ApplicationContext context;
    static LambdaClient lambda;

    @BeforeAll
    static void start() {
        services = LocalServices.shared();
        Map<String, Object> properties = new java.util.LinkedHashMap<>(services.applicationProperties());
        // The HTTP server is started only by the test that needs real parallel requests.
        properties.put("micronaut.server.port", -1);
        properties.put("micronaut.server.host", "127.0.0.1");
        context = ApplicationContext.run(properties);
        context.getBean(DeploymentService.class).deploy(BundledWorkflows.load(), "test");
        context.getBean(JobDispatcher.class).start();
        lambda = new LambdaClient("caseworker", new APIGatewayV2HTTPEventFunction(context));
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    static String token(String persona) {
        return services.identityProvider().tokenFor(persona);
    }

    /** A resident's melding, stored and started the way the resident function does it. */
    static String newCase() {
        Principal jan = new Principal("jan", "Jan Bakker", java.util.Set.of("resident"), java.util.Set.of(),
                Optional.of("111222333"), List.of(), Optional.empty(), Optional.empty(), Optional.empty());
        Map<String, Object> values = Map.ofEntries(Map.entry("voornaam", "Jan"), Map.entry("achternaam", "Bakker"),
                Map.entry("bsn", "111222333"), Map.entry("geboortedatum", "1948-03-12"), Map.entry("adres", "Dorpsstraat 1"),
                Map.entry("postcode", "1431 AA"), Map.entry("woonplaats", "Aalsmeer"), Map.entry("telefoon", "0297123456"),
                Map.entry("namens", "zelf"), Map.entry("hulpvragen", List.of("vervoer")),
                Map.entry("situatie", "Ik kan niet meer met de bus."), Map.entry("spoed", "nee"),
                Map.entry("clientondersteuning", "nee"), Map.entry("akkoord", true));
        return context.getBean(SubmissionService.class)
                .submitJson(jan, "wmo-melding", values, UUID.randomUUID().toString(), Language.NL).caseRecord().caseId();
    }

    static JsonNode taskOf(String persona, String caseId) throws Exception {
        for (int i = 0; i < 100; i++) {
            for (JsonNode t : JSON.readTree(lambda.get("/api/tasks", token(persona)).body())) {
                if (t.get("caseId").asText().equals(caseId)) {
                    return t;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no task for " + caseId);
    }

    static JsonNode taskOf(String persona, String caseId, String elementId) throws Exception {
        for (int i = 0; i < 150; i++) {
            for (JsonNode t : JSON.readTree(lambda.get("/api/tasks", token(persona)).body())) {
                if (t.get("caseId").asText().equals(caseId) && t.get("elementId").asText().equals(elementId)) {
                    return t;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no task " + elementId + " for " + caseId);
    }

    static void claimAndComplete(String persona, JsonNode task, String values) {
        String id = task.get("taskId").asText();
        assertThat(lambda.postJson("/api/tasks/" + id + "/claim", token(persona), "").status()).isEqualTo(200);
        var done = lambda.postJson("/api/tasks/" + id + "/complete", token(persona), "{\"values\": " + values + "}");
        assertThat(done.status()).as(done.body()).isEqualTo(200);
    }

    static final String DRAFT = """
        {"besluit": "toekennen", "product": "huishoudelijke-hulp", "leveringsvorm": "natura",
         "ingangsdatum": "2027-01-01", "einddatum": "2027-12-31", "omvang": "3 uur per week",
         "motivering": "Jan kan niet meer met de bus en heeft geen netwerk dat kan helpen."}""";

    /** A real Wmo case up to its draft decision, claimed by sanne. */
    static JsonNode draftClaimedBySanne() throws Exception {
        String caseId = newCase();
        claimAndComplete("sanne", taskOf("sanne", caseId, "gesprekPlannen"), """
            {"gesprekDatum": "2026-12-01", "gesprekLocatie": "Thuis", "clientondersteunerAanwezig": "nee"}""");
        claimAndComplete("sanne", taskOf("sanne", caseId, "verslagVastleggen"), """
            {"verslag": "Jan kan niet meer met de bus naar de winkel.", "maatwerkNodig": "ja"}""");
        for (int i = 0; i < 150 && !JSON.readTree(lambda.get("/api/case-files/" + caseId, token("sanne")).body())
                .get("status").asText().equals("AWAITING_APPLICATION"); i++) {
            Thread.sleep(200);
        }
        var applied = lambda.postJson("/api/case-files/" + caseId + "/application", token("sanne"), """
            {"values": {"akkoordVerslag": "ja", "leveringsvormVoorkeur": "natura", "ondertekening": true}}""");
        assertThat(applied.status()).as(applied.body()).isEqualTo(202);
        JsonNode draft = taskOf("sanne", caseId, "beschikkingOpstellen");
        assertThat(lambda.postJson("/api/tasks/" + draft.get("taskId").asText() + "/claim", token("sanne"), "").status())
                .isEqualTo(200);
        return draft;
    }

    /** A request over real HTTP to the function's server, so two can run at the same moment. */
    static HttpResponse<String> post(URI base, String path, String persona, String json) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve(path))
                    .header("Authorization", "Bearer " + token(persona))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theDrafterWhoSendsCompleteAndReleaseAtOnceIsStillRefusedTheApprovalInHerLanguage() throws Exception {
        JsonNode draft = draftClaimedBySanne();
        String caseId = draft.get("caseId").asText();
        String draftId = draft.get("taskId").asText();
        URI server = context.getBean(EmbeddedServer.class).start().getURI();

        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<HttpResponse<String>> complete = pool.submit(() -> {
            start.await();
            return post(server, "/api/tasks/" + draftId + "/complete", "sanne", "{\"values\": " + DRAFT + "}");
        });
        Future<HttpResponse<String>> release = pool.submit(() -> {
            start.await();
            return post(server, "/api/tasks/" + draftId + "/release", "sanne", "");
        });
        int completed = complete.get(60, TimeUnit.SECONDS).statusCode();
        int released = release.get(60, TimeUnit.SECONDS).statusCode();
        pool.shutdown();
        assertThat(List.of(completed, released)).as("exactly one wins, the other is refused").containsExactlyInAnyOrder(200, 409);
        if (released == 200) {
            claimAndComplete("sanne", draft, DRAFT);
        }

        String approvalId = taskOf("daan", caseId, "beschikkingGoedkeuren").get("taskId").asText();
        assertThat(JSON.readTree(lambda.get("/api/tasks", token("sanne")).body()).findValuesAsText("taskId"))
                .as("no ghost draft in the inbox").doesNotContain(draftId);

        var page = lambda.postForm("/werk/taken/" + approvalId + "/oppakken", token("sanne"), "");
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("Vier ogen: u heeft 'Beschikking opstellen' gedaan voor deze zaak.")
                .contains("Daarom moet een collega deze taak doen.").doesNotContain("Four eyes");

        var api = lambda.call("POST", "/api/tasks/" + approvalId + "/claim",
                Map.of("authorization", "Bearer " + token("sanne"), "accept-language", "en"), "");
        assertThat(api.status()).isEqualTo(403);
        assertThat(JSON.readTree(api.body()).get("detail").asText())
                .isEqualTo("Four eyes: you completed 'Beschikking opstellen' for this case, so a colleague must do this task.");

        var taskPage = lambda.get("/werk/taken/" + draftId, token("sanne"));
        assertThat(taskPage.body()).contains("Afgerond door Sanne de Vries op ").doesNotContain("COMPLETED");
    }

    @Test
    void aCaseWorkerClaimsAndCompletesATaskAndTheNextOneAppears() throws Exception {
        String caseId = newCase();
        JsonNode task = taskOf("sanne", caseId);
        String id = task.get("taskId").asText();
        assertThat(task.get("elementId").asText()).isEqualTo("gesprekPlannen");
        assertThat(task.get("name").asText()).isNotBlank();

        var page = lambda.get("/werk/taken/" + id, token("sanne"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Oppakken").contains("Dorpsstraat 1");

        assertThat(lambda.postJson("/api/tasks/" + id + "/claim", token("sanne"), "").status()).isEqualTo(200);
        var byDaan = lambda.postJson("/api/tasks/" + id + "/claim", token("daan"), "");
        assertThat(byDaan.status()).isEqualTo(409);
        assertThat(JSON.readTree(byDaan.body()).get("detail").asText()).contains("Sanne de Vries");

        var incomplete = lambda.postJson("/api/tasks/" + id + "/complete", token("sanne"), "{\"values\": {\"gesprekDatum\": \"32-13-2026\"}}");
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(JSON.readTree(incomplete.body()).get("errors").findValuesAsText("field"))
                .contains("gesprekDatum", "gesprekLocatie", "clientondersteunerAanwezig");

        var done = lambda.postJson("/api/tasks/" + id + "/complete", token("sanne"), """
            {"values": {"gesprekDatum": "2026-12-01", "gesprekLocatie": "Thuis", "clientondersteunerAanwezig": "nee"}}""");
        assertThat(done.status()).as(done.body()).isEqualTo(200);

        JsonNode next = taskOf("sanne", caseId);
        assertThat(next.get("elementId").asText()).isEqualTo("verslagVastleggen");
        JsonNode file = JSON.readTree(lambda.get("/api/case-files/" + caseId, token("daan")).body());
        assertThat(file.get("melding").get("situatie").asText()).isEqualTo("Ik kan niet meer met de bus.");
        assertThat(file.get("history").findValuesAsText("type")).contains("SUBMITTED", "TASK_COMPLETED", "VIEWED");
    }

    @Test
    void theTaskPageFormKeepsInputAndShowsErrorsWithoutJavaScript() throws Exception {
        String caseId = newCase();
        String id = taskOf("daan", caseId).get("taskId").asText();
        lambda.postForm("/werk/taken/" + id + "/oppakken", token("daan"), "");

        var page = lambda.postForm("/werk/taken/" + id, token("daan"), "gesprekLocatie=Bij+de+bibliotheek");

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("value=\"Bij de bibliotheek\"").contains("aria-invalid=\"true\"");
    }

    @Test
    void switchingLanguageOnTheTaskFormKeepsTheInputAndCompletesNothing() throws Exception {
        String caseId = newCase();
        String id = taskOf("daan", caseId).get("taskId").asText();
        lambda.postForm("/werk/taken/" + id + "/oppakken", token("daan"), "");

        var page = lambda.postForm("/werk/taken/" + id + "?lang=en", token("daan"),
                "gesprekLocatie=Bij+de+bibliotheek&_language=en");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"en\"").contains("Place of the conversation")
                .contains("value=\"Bij de bibliotheek\"").doesNotContain("aria-invalid").doesNotContain("role=\"alert\"")
                .contains("formaction=\"/werk/taken/" + id + "?lang=nl\"");
        assertThat(taskOf("daan", caseId).get("taskId").asText()).as("the task is still open").isEqualTo(id);
    }

    @Test
    void peopleOutsideTheTeamAndTamperedIdsGetNothing() throws Exception {
        String caseId = newCase();
        String id = taskOf("sanne", caseId).get("taskId").asText();

        assertThat(lambda.get("/api/tasks", token("jan")).status()).isEqualTo(403);
        assertThat(lambda.get("/api/case-files/" + caseId, token("jan")).status()).isEqualTo(403);
        assertThat(lambda.get("/api/tasks/" + id + "x", token("sanne")).status()).isEqualTo(404);
        assertThat(lambda.get("/api/case-files/WMO-00000-00000", token("sanne")).status()).isEqualTo(404);
        assertThat(lambda.get("/api/tasks", null).status()).isEqualTo(401);
        var anonymousPage = lambda.call("GET", "/werk", Map.of("accept", "text/html"), null);
        assertThat(anonymousPage.status()).isEqualTo(302);
        assertThat(anonymousPage.header("Location")).startsWith("/auth/login");
    }
}
