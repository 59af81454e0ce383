package nl.toegang.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import java.util.Map;
import java.util.UUID;
import nl.toegang.localservices.LambdaClient;
import nl.toegang.localservices.LocalServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The admin function invoked as AWS invokes it: uploads arrive as base64 multipart bodies in API Gateway v2 events. */
class AdminFunctionTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String BOUNDARY = "----toegang-test-boundary";
    static LocalServices services;
    static ApplicationContext context;
    static LambdaClient lambda;

    @BeforeAll
    static void start() {
        services = LocalServices.shared();
        context = ApplicationContext.run(services.applicationProperties());
        lambda = new LambdaClient("admin", new APIGatewayV2HTTPEventFunction(context));
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    static String multipart(String fileName, String content) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + BOUNDARY + "--\r\n";
    }

    static String form(String id, String label) {
        return "{\"id\": \"" + id + "\", \"type\": \"default\", \"components\": [{\"type\": \"textfield\", \"key\": \"naam\", "
                + "\"label\": \"" + label + "\", \"properties\": {\"label_en\": \"Name\"}}]}";
    }

    LambdaClient.Response upload(String persona, String body) {
        return lambda.call("POST", "/api/definitions", Map.of(
                "authorization", "Bearer " + services.identityProvider().tokenFor(persona),
                "content-type", "multipart/form-data; boundary=" + BOUNDARY), body);
    }

    JsonNode versions() throws Exception {
        return JSON.readTree(lambda.get("/api/definitions", services.identityProvider().tokenFor("bram")).body());
    }

    @Test
    void anAdministratorDeploysAFormAndSeesItsVersion() throws Exception {
        String id = "naam-" + UUID.randomUUID().toString().substring(0, 8);

        var first = upload("bram", multipart(id + ".form", form(id, "Naam")));
        var second = upload("bram", multipart(id + ".form", form(id, "Uw naam")));

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(JSON.readTree(second.body()).get(0).get("version").asInt()).isEqualTo(2);
        assertThat(versions().findValuesAsText("id").stream().filter(id::equals)).hasSize(2);
        var page = lambda.get("/beheer", services.identityProvider().tokenFor("bram"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(id).contains("enctype=\"multipart/form-data\"");
        // The kind of each version in words, not the internal code.
        assertThat(page.body()).contains("data-label=\"Soort\">Formulier</td>")
                .doesNotContain(">form</td>");
    }

    @Test
    void onlyAdministratorsCanDeploy() throws Exception {
        String id = "stiekem-" + UUID.randomUUID().toString().substring(0, 8);

        var bySanne = upload("sanne", multipart(id + ".form", form(id, "Naam")));
        var byJan = lambda.get("/beheer", services.identityProvider().tokenFor("jan"));

        assertThat(bySanne.status()).as(bySanne.body()).isEqualTo(403);
        assertThat(bySanne.header("Content-Type")).startsWith("application/problem+json");
        assertThat(byJan.status()).isEqualTo(403);
        assertThat(versions().findValuesAsText("id")).doesNotContain(id);
    }

    @Test
    void anInvalidModelIsRefusedWithTheReasonAndNothingChanges() throws Exception {
        int before = versions().size();

        var refused = upload("bram", multipart("wmo-route.bpmn", "<definitions>dit is geen model"));

        assertThat(refused.status()).isEqualTo(422);
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.get("detail").asText()).contains("wmo-route.bpmn").contains("wij kunnen dit BPMN-model niet lezen");
        assertThat(problem.get("errors").findValuesAsText("field")).contains("wmo-route.bpmn");
        assertThat(versions().size()).isEqualTo(before);
    }

    /** A model as Modeler writes it, with a service task nobody handles and a user task without form or team. */
    static String modelWithMistakes(String id) {
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="http://toegang.nl">
              <bpmn:process id="%s" isExecutable="true">
                <bpmn:startEvent id="start"/>
                <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="controle"/>
                <bpmn:serviceTask id="controle" name="Controle">
                  <bpmn:extensionElements><zeebe:taskDefinition type="toegang.bestaat-niet"/></bpmn:extensionElements>
                </bpmn:serviceTask>
                <bpmn:sequenceFlow id="f2" sourceRef="controle" targetRef="beoordelen"/>
                <bpmn:userTask id="beoordelen" name="Aanvraag beoordelen"/>
                <bpmn:sequenceFlow id="f3" sourceRef="beoordelen" targetRef="einde"/>
                <bpmn:endEvent id="einde"/>
              </bpmn:process>
            </bpmn:definitions>
            """.formatted(id).strip();
    }

    LambdaClient.Response uploadIn(String language, String path, String body) {
        return lambda.call("POST", path, Map.of(
                "authorization", "Bearer " + services.identityProvider().tokenFor("bram"),
                "content-type", "multipart/form-data; boundary=" + BOUNDARY, "accept-language", language), body);
    }

    @Test
    void theReasonsAnUploadIsRefusedReadInTheAdministratorsLanguageInTheApi() throws Exception {
        String file = "route-" + UUID.randomUUID().toString().substring(0, 8) + ".bpmn";
        String body = multipart(file, modelWithMistakes("route"));

        JsonNode dutch = JSON.readTree(uploadIn("nl", "/api/definitions", body).body());
        JsonNode english = JSON.readTree(uploadIn("en", "/api/definitions", body).body());

        assertThat(dutch.get("errors").findValuesAsText("field")).containsOnly(file);
        assertThat(dutch.get("errors").findValuesAsText("detail")).containsExactly(
                file + ": het job type \"toegang.bestaat-niet\" kennen wij niet. Kies bij Task definition of bij"
                        + " Execution listeners een van deze job types: " + knownJobTypes() + ".",
                file + ": de user task \"Aanvraag beoordelen\" heeft geen formulier. Kies bij Form voor Linked Camunda"
                        + " Form en vul het Form ID in.",
                file + ": de user task \"Aanvraag beoordelen\" heeft geen team. Vul bij Assignment bij Candidate groups"
                        + " precies één team in, als gewone tekst (zonder = en zonder komma).");
        assertThat(dutch.get("detail").asText()).startsWith("De bestanden zijn niet in gebruik genomen: " + file)
                .doesNotContain("has no", "user task \"Aanvraag beoordelen\" has");
        assertThat(english.get("errors").findValuesAsText("detail")).containsExactly(
                file + ": job type \"toegang.bestaat-niet\" has no handler. Under Task definition or Execution listeners,"
                        + " choose one of these job types: " + knownJobTypes() + ".",
                file + ": user task \"Aanvraag beoordelen\" has no linked form. Under Form, choose Linked Camunda Form"
                        + " and fill in the Form ID.",
                file + ": user task \"Aanvraag beoordelen\" has no team. Under Assignment, fill in exactly one team at"
                        + " Candidate groups, as plain text (without = and without a comma).");
        assertThat(english.get("detail").asText()).startsWith("The upload was not deployed: " + file)
                .doesNotContain("kennen wij niet");
    }

    @Test
    void theReasonsAnUploadIsRefusedReadInTheAdministratorsLanguageOnTheAdminPage() throws Exception {
        String file = "route-" + UUID.randomUUID().toString().substring(0, 8) + ".bpmn";
        String body = multipart(file, modelWithMistakes("route"));

        var dutch = uploadIn("nl", "/beheer", body);
        var english = uploadIn("en", "/beheer", body);

        assertThat(dutch.status()).isEqualTo(422);
        assertThat(dutch.body()).contains("<li class=\"utrecht-unordered-list__item\">" + file
                        + ": de user task \"Aanvraag beoordelen\" heeft geen formulier.")
                .contains("het job type \"toegang.bestaat-niet\" kennen wij niet.")
                .doesNotContain("has no", "Under Form");
        assertThat(english.status()).isEqualTo(422);
        assertThat(english.body()).contains("<li class=\"utrecht-unordered-list__item\">" + file
                        + ": user task \"Aanvraag beoordelen\" has no linked form.")
                .doesNotContain("kennen wij niet", "heeft geen formulier");
    }

    @Test
    void aFileOfTheWrongKindIsRefusedInDutchOnTheDutchPage() throws Exception {
        var refused = uploadIn("nl", "/beheer", multipart("notities.txt", "hallo"));

        assertThat(refused.body()).contains("notities.txt: dit soort bestand kunt u niet in gebruik nemen.")
                .doesNotContain("only .bpmn");
    }

    @Test
    void aFormThatCannotBeUsedIsRefusedInTheAdministratorsLanguage() throws Exception {
        String id = "zonder-key-" + UUID.randomUUID().toString().substring(0, 8);
        String body = multipart(id + ".form", "{\"id\": \"" + id + "\", \"components\": ["
                + "{\"type\": \"textfield\", \"key\": \"naam\"}, {\"type\": \"textarea\", \"key\": \"naam\"}]}");

        var dutchPage = uploadIn("nl", "/beheer", body);
        JsonNode english = JSON.readTree(uploadIn("en", "/api/definitions", body).body());

        assertThat(dutchPage.status()).isEqualTo(422);
        assertThat(dutchPage.body()).contains(id + ".form: Onderdeel \"naam\" (type textarea): deze key komt meer dan"
                + " één keer voor. Elk veld heeft een eigen key nodig.").doesNotContain("more than once");
        assertThat(english.get("errors").findValuesAsText("detail")).containsExactly(id + ".form: Component 'naam' of"
                + " type 'textarea': the key is used more than once. Every field needs its own key.");
    }

    static String knownJobTypes() {
        return String.join(", ", java.util.Arrays.stream(nl.toegang.core.jobs.JobType.values())
                .map(nl.toegang.core.jobs.JobType::type).toList());
    }

    @Test
    void anUploadWithoutFilesIsRefused() throws Exception {
        var empty = upload("bram", "--" + BOUNDARY + "--\r\n");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(JSON.readTree(empty.body()).get("errors").findValuesAsText("field")).contains("files");
    }

    @Test
    void requestsTheFrameworkRefusesAlsoGetProblemJson() throws Exception {
        var wrongContentType = lambda.call("POST", "/api/definitions", Map.of(
                "authorization", "Bearer " + services.identityProvider().tokenFor("bram"),
                "content-type", "text/plain"), "hallo");
        var noSuchRoute = lambda.get("/api/definitions/bestaat/niet", services.identityProvider().tokenFor("bram"));

        for (var response : java.util.List.of(wrongContentType, noSuchRoute)) {
            assertThat(response.status()).isBetween(400, 499);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(JSON.readTree(response.body()).get("status").asInt()).isEqualTo(response.status());
        }
    }

    @Test
    void aFormWithoutPolishAndUkrainianIsDeployedAndTheAdminPageNamesWhatResidentsWillReadInDutch() throws Exception {
        String id = "vertaling-" + UUID.randomUUID().toString().substring(0, 8);
        String form = "{\"id\": \"" + id + "\", \"components\": ["
                + "{\"type\": \"textfield\", \"key\": \"voornaam\", \"label\": \"Voornaam\","
                + " \"properties\": {\"label_en\": \"First name\", \"label_pl\": \"Imię\", \"label_uk\": \"Ім’я\"}},"
                + "{\"type\": \"radio\", \"key\": \"spoed\", \"label\": \"Is het dringend?\","
                + " \"values\": [{\"label\": \"Ja\", \"value\": \"ja\"}, {\"label\": \"Nee\", \"value\": \"nee\"}],"
                + " \"properties\": {\"label_en\": \"Is it urgent?\", \"option_en:ja\": \"Yes\", \"option_en:nee\": \"No\","
                + " \"label_uk\": \"Це терміново?\", \"option_uk:ja\": \"Так\", \"option_uk:nee\": \"Ні\"}}]}";

        var dutch = uploadIn("nl", "/beheer", multipart(id + ".form", form));

        assertThat(dutch.status()).as(dutch.body()).isEqualTo(200);
        String item = "<li class=\"utrecht-unordered-list__item\">";
        assertThat(dutch.body()).contains(item + id + ".form: " + id + " v1</li>")
                .contains("Nog niet alles is vertaald. Inwoners lezen deze teksten in het Nederlands:")
                .contains(item + id + ": 3 teksten zonder Pools: Is het dringend?, Ja, Nee</li>")
                .doesNotContain("zonder Oekraïens", "zonder Engels");
        assertThat(versions().findValuesAsText("id")).as("deployed, not refused").contains(id);

        var english = uploadIn("en", "/beheer", multipart(id + ".form", form.replace("Voornaam", "Uw voornaam")));
        assertThat(english.body()).contains(item + id + ": 3 texts without Polish: Is het dringend?, Ja, Nee</li>");
    }

    @Test
    void aFullyTranslatedFormReportsNothingToTranslate() throws Exception {
        String id = "vertaald-" + UUID.randomUUID().toString().substring(0, 8);
        String form = "{\"id\": \"" + id + "\", \"components\": [{\"type\": \"textfield\", \"key\": \"naam\","
                + " \"label\": \"Naam\", \"properties\": {\"label_en\": \"Name\", \"label_pl\": \"Imię i nazwisko\","
                + " \"label_uk\": \"Ім’я\"}}]}";

        var page = uploadIn("nl", "/beheer", multipart(id + ".form", form));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(id + " v1").doesNotContain("zonder Pools", "Nog niet alles is vertaald");
    }
}
