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
        assertThat(problem.get("detail").asText()).contains("wmo-route.bpmn").contains("not a readable BPMN model");
        assertThat(problem.get("errors").findValuesAsText("field")).contains("wmo-route.bpmn");
        assertThat(versions().size()).isEqualTo(before);
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
}
