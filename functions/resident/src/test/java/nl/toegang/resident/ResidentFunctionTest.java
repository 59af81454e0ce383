package nl.toegang.resident;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import nl.toegang.core.cases.CaseRepository;
import nl.toegang.core.cases.PendingStartSweeper;
import nl.toegang.core.definitions.BundledWorkflows;
import nl.toegang.core.definitions.DeploymentService;
import nl.toegang.localservices.LambdaClient;
import nl.toegang.localservices.LocalServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The resident function invoked as AWS invokes it: API Gateway v2 events into its Lambda handler. */
class ResidentFunctionTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static LocalServices services;
    static ApplicationContext context;
    static LambdaClient lambda;

    @BeforeAll
    static void start() {
        services = LocalServices.shared();
        context = ApplicationContext.run(services.applicationProperties());
        context.getBean(DeploymentService.class).deploy(BundledWorkflows.load(), "test");
        lambda = new LambdaClient("resident", new APIGatewayV2HTTPEventFunction(context));
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    /** The client reconnects with a back-off after the engine was away; wait until it is through. */
    static void awaitEngine() throws InterruptedException {
        var camunda = context.getBean(io.camunda.client.CamundaClient.class);
        for (int attempt = 0; attempt < 60; attempt++) {
            try {
                camunda.newTopologyRequest().send().join();
                return;
            } catch (RuntimeException stillAway) {
                Thread.sleep(250);
            }
        }
        throw new AssertionError("the engine did not come back");
    }

    static String token(String persona) {
        return services.identityProvider().tokenFor(persona);
    }

    static String melding(String bsn) {
        return """
            {"formId": "wmo-melding", "values": {
              "voornaam": "Jan", "achternaam": "Bakker", "bsn": "%s", "geboortedatum": "1948-03-12",
              "adres": "Dorpsstraat 1", "postcode": "1431 aa", "woonplaats": "Aalsmeer", "telefoon": "0297 123456",
              "namens": "zelf", "hulpvragen": ["huishouden"], "situatie": "Ik kan niet meer goed stofzuigen.",
              "spoed": "nee", "clientondersteuning": "nee", "akkoord": true}}
            """.formatted(bsn);
    }

    LambdaClient.Response submit(String persona, String body, String idempotencyKey) {
        return lambda.call("POST", "/api/cases", Map.of(
                "authorization", "Bearer " + token(persona),
                "content-type", "application/json",
                "idempotency-key", idempotencyKey), body);
    }

    @Test
    void aSubmittedMeldingBecomesOneCaseEvenWhenSentTwice() throws Exception {
        String key = UUID.randomUUID().toString();
        var first = submit("jan", melding("111222333"), key);
        assertThat(first.status()).isEqualTo(201);
        JsonNode created = JSON.readTree(first.body());
        String caseId = created.get("caseId").asText();
        assertThat(caseId).matches("WMO-[0-9A-Z]{5}-[0-9A-Z]{5}");
        assertThat(created.get("processStarted").asBoolean()).isTrue();
        assertThat(first.header("Location")).isEqualTo("/api/cases/" + caseId);

        var again = submit("jan", melding("111222333"), key);
        assertThat(again.status()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).get("caseId").asText()).isEqualTo(caseId);

        JsonNode mine = JSON.readTree(lambda.get("/api/cases", token("jan")).body());
        assertThat(mine.findValuesAsText("caseId").stream().filter(caseId::equals)).hasSize(1);
        assertThat(context.getBean(CaseRepository.class).find(caseId).orElseThrow().values())
                .containsEntry("postcode", "1431 AA");
    }

    @Test
    void aResidentCannotSeeAnotherResidentsCase() throws Exception {
        String caseId = JSON.readTree(submit("jan", melding("111222333"), UUID.randomUUID().toString()).body())
                .get("caseId").asText();

        var asAnna = lambda.get("/api/cases/" + caseId, token("anna"));
        assertThat(asAnna.status()).isEqualTo(404);
        assertThat(asAnna.header("Content-Type")).startsWith("application/problem+json");
        assertThat(JSON.readTree(lambda.get("/api/cases", token("anna")).body()).findValuesAsText("caseId"))
                .doesNotContain(caseId);
        var pageAsAnna = lambda.get("/mijn-aanvragen/" + caseId, token("anna"));
        assertThat(pageAsAnna.status()).isEqualTo(404);
        assertThat(pageAsAnna.body()).doesNotContain("Dorpsstraat");
        assertThat(lambda.postJson("/api/cases/" + caseId + "/withdrawal", token("anna"), "{}").status()).isEqualTo(404);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored() throws Exception {
        int before = JSON.readTree(lambda.get("/api/cases", token("petra")).body()).size();
        String wrongBsnNoStory = melding("123456789").replace("\"situatie\": \"Ik kan niet meer goed stofzuigen.\",", "");

        var refused = submit("petra", wrongBsnNoStory, UUID.randomUUID().toString());

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.get("errors").findValuesAsText("field")).contains("bsn", "situatie");
        assertThat(JSON.readTree(lambda.get("/api/cases", token("petra")).body()).size()).isEqualTo(before);
    }

    @Test
    void brokenJsonIsRefusedInTheReadersLanguageWithoutParserInternals() throws Exception {
        String broken = "{\"formId\": \"wmo-melding\", \"values\": {\"voornaam\": ";
        var dutch = submit("jan", broken, UUID.randomUUID().toString());
        var english = lambda.call("POST", "/api/cases", Map.of(
                "authorization", "Bearer " + token("jan"), "content-type", "application/json",
                "accept-language", "en"), broken);

        assertThat(dutch.status()).isEqualTo(400);
        assertThat(dutch.header("Content-Type")).startsWith("application/problem+json");
        JsonNode nl = JSON.readTree(dutch.body());
        JsonNode en = JSON.readTree(english.body());
        assertThat(nl.get("detail").asText()).startsWith("Wij konden uw verzoek niet lezen");
        assertThat(en.get("detail").asText()).startsWith("The request could not be read");
        for (String body : new String[] {dutch.body(), english.body()}) {
            assertThat(body).doesNotContainIgnoringCase("jackson").doesNotContain("com.fasterxml")
                    .doesNotContain("Source:").doesNotContain("Exception").doesNotContain("line: 1");
        }
    }

    @Test
    void aRefusalOnAnEnglishRequestIsEnglishAndOnAnyOtherDutch() throws Exception {
        String body = melding("111222333").replace("wmo-melding", "bestaat-niet");
        var dutch = submit("jan", body, UUID.randomUUID().toString());
        var english = lambda.call("POST", "/api/cases", Map.of(
                "authorization", "Bearer " + token("jan"), "content-type", "application/json",
                "idempotency-key", UUID.randomUUID().toString(), "accept-language", "en-GB,en;q=0.8"), body);

        assertThat(JSON.readTree(dutch.body()).get("title").asText()).isEqualTo("Niet gevonden");
        assertThat(JSON.readTree(dutch.body()).get("detail").asText()).isEqualTo("Er is geen formulier 'bestaat-niet'.");
        assertThat(JSON.readTree(english.body()).get("title").asText()).isEqualTo("Not found");
        assertThat(JSON.readTree(english.body()).get("detail").asText()).isEqualTo("There is no form 'bestaat-niet'.");
    }

    @Test
    void unknownFormsMissingTokensAndStaffAreRefusedClearly() throws Exception {
        var unknownForm = submit("jan", melding("111222333").replace("wmo-melding", "bestaat-niet"), UUID.randomUUID().toString());
        assertThat(unknownForm.status()).isEqualTo(404);
        assertThat(JSON.readTree(unknownForm.body()).get("detail").asText()).contains("bestaat-niet");

        var anonymous = lambda.postJson("/api/cases", null, melding("111222333"));
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");

        var caseWorker = lambda.postJson("/api/cases", token("sanne"), melding("111222333"));
        assertThat(caseWorker.status()).isEqualTo(403);

        var tampered = lambda.get("/api/cases/WMO-00000-00000%27", token("jan"));
        assertThat(tampered.status()).isEqualTo(404);
    }

    @Test
    void theWebFormShowsErrorsNextToTheFieldsAndKeepsTheInput() {
        String form = "voornaam=Jan&achternaam=Bakker&bsn=123456789&postcode=1431AA&adres="
                + URLEncoder.encode("Dorpsstraat <1>", StandardCharsets.UTF_8);

        var page = lambda.postForm(MeldingSteps.newDraft() + "/stap/1", token("jan"), form);

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("Dit BSN klopt niet").contains("aria-invalid=\"true\"")
                .contains("value=\"123456789\"").contains("value=\"Dorpsstraat &lt;1>\"").doesNotContain("Dorpsstraat <1>")
                .contains("href=\"#field-bsn\"");
    }

    @Test
    void switchingLanguageShowsTheSameAnswersInEnglishWithoutCheckingOrSendingThem() {
        String step = MeldingSteps.newDraft() + "/stap/1";
        String form = "voornaam=Geertje&bsn=123456789&_language=en";
        int casesBefore = context.getBean(CaseRepository.class).listByOwner("jan").size();

        var page = lambda.postForm(step + "?lang=en", token("jan"), form);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"en\"").contains("First name")
                .contains("value=\"Geertje\"").contains("value=\"123456789\"")
                .doesNotContain("aria-invalid").doesNotContain("role=\"alert\"").doesNotContain("This BSN")
                .contains("formaction=\"" + step + "?lang=nl\"");
        assertThat(context.getBean(CaseRepository.class).listByOwner("jan")).hasSize(casesBefore);
        assertThat(lambda.get(step.replace("/stap/1", "/stap/2"), token("jan")).status())
                .as("nothing was saved: the draft does not exist yet").isEqualTo(404);
    }

    @Test
    void theWebFormLeadsToAReceiptWithTheCaseNumber() {
        String draft = MeldingSteps.completeDraft(lambda, token("jan"));

        var posted = lambda.postForm(draft + "/versturen", token("jan"), "");

        assertThat(posted.status()).isEqualTo(303);
        String receiptPath = posted.header("Location");
        assertThat(receiptPath).matches("/mijn-aanvragen/WMO-[0-9A-Z-]+\\?ontvangen=1");
        var receipt = lambda.get(receiptPath, token("jan"));
        assertThat(receipt.status()).isEqualTo(200);
        String caseId = receiptPath.substring("/mijn-aanvragen/".length(), receiptPath.indexOf('?'));
        assertThat(receipt.body()).contains("Uw zaaknummer is " + caseId).contains("Dorpsstraat 1");
        var english = lambda.get(receiptPath + "&lang=en", token("jan"));
        assertThat(english.body()).contains("Your case number is " + caseId).contains("lang=\"en\"");
    }

    @Test
    void aMeldingSentWhileTheEngineIsDownIsKeptAndStartedWhenItIsBack() throws Exception {
        services.zeebe().stop();
        String caseId;
        try {
            var accepted = submit("anna", melding("123456782"), UUID.randomUUID().toString());
            assertThat(accepted.status()).isEqualTo(201);
            JsonNode view = JSON.readTree(accepted.body());
            caseId = view.get("caseId").asText();
            assertThat(view.get("processStarted").asBoolean()).isFalse();
            assertThat(view.get("status").asText()).isEqualTo("RECEIVED");
            assertThat(context.getBean(PendingStartSweeper.class).sweep()).isZero();
        } finally {
            services.zeebe().restart();
            awaitEngine();
        }
        context.getBean(DeploymentService.class).deploy(BundledWorkflows.load(), "test");

        int started = 0;
        for (int i = 0; i < 20 && started == 0; i++) {
            started = context.getBean(PendingStartSweeper.class).sweep();
            if (started == 0) {
                Thread.sleep(Duration.ofMillis(250));
            }
        }
        assertThat(started).isGreaterThanOrEqualTo(1);
        assertThat(JSON.readTree(lambda.get("/api/cases/" + caseId, token("anna")).body()).get("processStarted").asBoolean())
                .isTrue();
    }

    @Test
    void aNewVersionOfTheFormIsUsedForNewCases() throws Exception {
        var deployments = context.getBean(DeploymentService.class);
        var bundled = BundledWorkflows.load().stream().filter(f -> f.name().equals("wmo-melding.form")).findFirst().orElseThrow();
        JsonNode form = JSON.readTree(bundled.content());
        // The first step (the first group) asks the new question.
        ((com.fasterxml.jackson.databind.node.ArrayNode) form.get("components").get(1).get("components")).add(JSON.readTree("""
            {"type": "textfield", "key": "huisdier", "label": "Heeft u een huisdier?", "properties": {"label_en": "Do you have a pet?"}}"""));
        for (JsonNode component : form.findParents("key")) {
            if ("voornaam".equals(component.path("key").asText())) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) component).put("label", "Roepnaam");
            }
        }
        int before = JSON.readTree(lambda.get("/api/forms/wmo-melding", token("jan")).body()).get("version").asInt();
        String oldCase = JSON.readTree(submit("jan", melding("111222333"), UUID.randomUUID().toString()).body())
                .get("caseId").asText();
        try {
            deployments.deploy(java.util.List.of(new nl.toegang.core.definitions.DeploymentFile("wmo-melding.form",
                    JSON.writeValueAsBytes(form))), "bram");

            JsonNode current = JSON.readTree(lambda.get("/api/forms/wmo-melding", token("jan")).body());
            assertThat(current.get("version").asInt()).isEqualTo(before + 1);
            assertThat(lambda.get("/formulieren/wmo-melding", token("jan")).body()).contains("Heeft u een huisdier?");
            String caseId = JSON.readTree(submit("jan", melding("111222333").replace("\"spoed\"", "\"huisdier\": \"een kat\", \"spoed\""),
                    UUID.randomUUID().toString()).body()).get("caseId").asText();
            var stored = context.getBean(CaseRepository.class).find(caseId).orElseThrow();
            assertThat(stored.formVersion()).isEqualTo(before + 1);
            assertThat(stored.values()).containsEntry("huisdier", "een kat");
            // each case's answers are shown with the labels of the form version it was sent with
            assertThat(lambda.get("/mijn-aanvragen/" + caseId, token("jan")).body()).contains("Roepnaam");
            assertThat(lambda.get("/mijn-aanvragen/" + oldCase, token("jan")).body()).doesNotContain("Roepnaam")
                    .contains("Voornaam");
        } finally {
            deployments.deploy(java.util.List.of(bundled), "test");
        }
    }
}
