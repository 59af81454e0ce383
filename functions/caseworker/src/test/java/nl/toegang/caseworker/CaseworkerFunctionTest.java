package nl.toegang.caseworker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
        context = ApplicationContext.run(services.applicationProperties());
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
                java.util.Optional.of("111222333"));
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
