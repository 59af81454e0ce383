package nl.toegang.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import nl.toegang.core.definitions.DefinitionKind;
import nl.toegang.core.definitions.DefinitionRepository;
import nl.toegang.core.definitions.DeployedDefinition;
import nl.toegang.localservices.LambdaClient;
import nl.toegang.localservices.LocalServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The versions page on the real engine and DynamoDB Local: through the Lambda handler as AWS calls
 * it, and over real HTTP (Netty) for administrators acting at the same moment.
 */
class VersionPagesTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String BOUNDARY = "----toegang-versions-boundary";
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static LocalServices services;
    static ApplicationContext context;
    static LambdaClient lambda;
    static EmbeddedServer netty;

    @BeforeAll
    static void start() {
        services = LocalServices.shared();
        Map<String, Object> properties = new HashMap<>(services.applicationProperties());
        properties.put("micronaut.server.port", -1);
        context = ApplicationContext.run(properties);
        lambda = new LambdaClient("admin", new APIGatewayV2HTTPEventFunction(context));
        netty = context.getBean(EmbeddedServer.class).start();
    }

    @AfterAll
    static void stop() {
        netty.stop();
        context.close();
    }

    /** A form as Camunda Modeler writes it: one property per line, so a changed label is one changed line. */
    static String form(String id, String label) {
        return """
            {
              "id": "%s",
              "type": "default",
              "components": [
                {
                  "type": "textfield",
                  "key": "naam",
                  "label": "%s",
                  "properties": {
                    "label_en": "Name"
                  }
                }
              ]
            }
            """.formatted(id, label);
    }

    static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String token(String persona) {
        return services.identityProvider().tokenFor(persona);
    }

    static void deploy(String fileName, String content) {
        String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + BOUNDARY + "--\r\n";
        var response = lambda.call("POST", "/api/definitions", Map.of("authorization", "Bearer " + token("bram"),
                "content-type", "multipart/form-data; boundary=" + BOUNDARY), body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    static LambdaClient.Response page(String path) {
        return lambda.call("GET", path, Map.of("authorization", "Bearer " + token("bram"), "accept", "text/html"), null);
    }

    /** The row of the versions table that shows one version. */
    static String row(String page, int version) {
        int start = page.indexOf(">Versie " + version + "</td>");
        assertThat(start).as("a row for version " + version).isPositive();
        return page.substring(page.lastIndexOf("<tr", start), page.indexOf("</tr>", start));
    }

    DefinitionRepository definitions() {
        return context.getBean(DefinitionRepository.class);
    }

    @Test
    void theVersionsPageMarksTheVersionNewCasesUseAndLinksToItsChanges() {
        String id = newId("naam");
        deploy(id + ".form", form(id, "Naam"));
        deploy(id + ".form", form(id, "Uw volledige naam"));

        var overview = page("/beheer");
        assertThat(overview.body()).contains("href=\"/beheer/formulier/" + id + "\">" + id + "</a>");

        var versions = page("/beheer/formulier/" + id);
        assertThat(versions.status()).isEqualTo(200);
        assertThat(versions.body()).contains("<h1 class=\"utrecht-heading-1\">Versies van " + id + "</h1>")
                .contains("Formulier. Nieuwe zaken gebruiken versie 2.");
        assertThat(row(versions.body(), 2)).contains("In gebruik voor nieuwe zaken").contains("bram")
                .contains("Bestand geüpload")
                .contains("href=\"/beheer/formulier/" + id + "/versies/2/wijzigingen\">Wijzigingen in versie 2</a>")
                .contains("href=\"/beheer/formulier/" + id + "/versies/2/voorbeeld\">Voorbeeld van versie 2</a>")
                .doesNotContain("weer in gebruik nemen");
        assertThat(row(versions.body(), 1)).contains("Niet meer in gebruik").doesNotContain("In gebruik voor nieuwe zaken")
                .contains("href=\"/beheer/formulier/" + id + "/versies/1/terugzetten\">Versie 1 weer in gebruik nemen</a>");
        // The date with the month in words, not as numbers or ISO.
        assertThat(row(versions.body(), 1)).containsPattern("\\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus"
                + "|september|oktober|november|december) \\d{4} om \\d{2}:\\d{2}");
    }

    @Test
    void theChangesPageShowsWhichLinesWereAddedAndRemovedInWords() {
        String id = newId("wijziging");
        deploy(id + ".form", form(id, "Naam"));
        deploy(id + ".form", form(id, "Uw volledige naam"));

        var changes = page("/beheer/formulier/" + id + "/versies/2/wijzigingen");

        assertThat(changes.status()).isEqualTo(200);
        assertThat(changes.body()).contains("Wijzigingen in versie 2 van " + id)
                .contains("Er is 1 regel toegevoegd en 1 regel verwijderd.")
                .contains("<span class=\"diff-label\">Verwijderd</span> <span class=\"diff-where\">regel 8</span>"
                        + "<code class=\"diff-text\">      \"label\": \"Naam\",</code>")
                .contains("<span class=\"diff-label\">Toegevoegd</span> <span class=\"diff-where\">regel 8</span>"
                        + "<code class=\"diff-text\">      \"label\": \"Uw volledige naam\",</code>")
                // Lines far from the change are left out and counted.
                .contains("regels niet veranderd en hier niet getoond");
        assertThat(page("/beheer/formulier/" + id + "/versies/1/wijzigingen").body())
                .contains("Dit is de eerste versie. Er is geen eerdere versie om mee te vergelijken.")
                .doesNotContain("class=\"diff\"");
        assertThat(page("/beheer/formulier/" + id + "/versies/2/wijzigingen?lang=en").body())
                .contains("1 line was added and 1 line removed.").contains(">Added</span>").contains(">Removed</span>");
    }

    @Test
    void markupInAStoredFileIsShownAsTextInTheComparison() {
        String id = newId("opmaak");
        deploy(id + ".form", form(id, "Naam"));
        deploy(id + ".form", form(id, "Uw <script>naam</script>"));

        String changes = page("/beheer/formulier/" + id + "/versies/2/wijzigingen").body();

        assertThat(changes).contains("&lt;script&gt;naam&lt;/script&gt;").doesNotContain("<script>");
    }

    @Test
    void thePreviewShowsTheFormAsResidentsSeeItWithoutAWayToSendIt() {
        String id = newId("voorbeeld");
        deploy(id + ".form", form(id, "Naam"));
        deploy(id + ".form", form(id, "Uw volledige naam"));

        var preview = page("/beheer/formulier/" + id + "/versies/1/voorbeeld");

        assertThat(preview.status()).isEqualTo(200);
        String main = preview.body().substring(preview.body().indexOf("<main"), preview.body().indexOf("</main>"));
        assertThat(main).contains("Voorbeeld: versie 1 van " + id)
                .contains("Dit is een voorbeeld. Zo ziet dit formulier eruit voor wie het invult. U kunt het hier niet versturen.")
                .contains("for=\"field-naam\"").contains(">Naam").doesNotContain("Uw volledige naam")
                .doesNotContain("<form").doesNotContain("type=\"submit\"");
        // A model has no preview.
        assertThat(page("/beheer/proces/" + id + "/versies/1/voorbeeld").status()).isEqualTo(404);
    }

    @Test
    void anEarlierVersionIsTakenBackIntoUseAfterConfirmationAsANewVersion() {
        String id = newId("terug");
        deploy(id + ".form", form(id, "Naam"));
        deploy(id + ".form", form(id, "Uw volledige naam"));
        String first = definitions().find(DefinitionKind.FORM, id, 1).orElseThrow().content();

        var confirm = page("/beheer/formulier/" + id + "/versies/1/terugzetten");
        assertThat(confirm.status()).isEqualTo(200);
        assertThat(confirm.body()).contains("Versie 1 van " + id + " weer in gebruik nemen?")
                .contains("Wij maken dan een nieuwe versie met dezelfde inhoud als versie 1.")
                .contains("<form method=\"post\" action=\"/beheer/formulier/" + id + "/versies/1/terugzetten\">")
                .contains("Ja, neem versie 1 weer in gebruik")
                .contains("href=\"/beheer/formulier/" + id + "\">Nee, terug naar de versies</a>")
                .contains("\"label\": \"Naam\",");
        // Only asking changes nothing.
        assertThat(definitions().versions(DefinitionKind.FORM, id)).hasSize(2);

        var restored = lambda.call("POST", "/beheer/formulier/" + id + "/versies/1/terugzetten", Map.of(
                "authorization", "Bearer " + token("bram"), "content-type", "application/x-www-form-urlencoded"), "");

        assertThat(restored.status()).as(restored.body()).isEqualTo(303);
        assertThat(restored.header("Location")).isEqualTo("/beheer/formulier/" + id + "?hersteld=3");
        var versions = page(restored.header("Location"));
        assertThat(versions.body()).contains("role=\"status\"")
                .contains("Versie 3 is nu in gebruik voor nieuwe zaken. Deze versie heeft dezelfde inhoud als versie 1.");
        assertThat(row(versions.body(), 3)).contains("In gebruik voor nieuwe zaken").contains("Versie 1 weer in gebruik genomen")
                .contains("bram");
        assertThat(row(versions.body(), 2)).contains("Niet meer in gebruik")
                .contains("/versies/2/terugzetten\">Versie 2 weer in gebruik nemen</a>");
        DeployedDefinition current = definitions().latest(DefinitionKind.FORM, id).orElseThrow();
        assertThat(current.version()).isEqualTo(3);
        assertThat(current.content()).isEqualTo(first);
        assertThat(current.deployedBy()).isEqualTo("bram");
        assertThat(current.restoredFrom()).isEqualTo(1);
    }

    @Test
    void whatCannotBeTakenBackIntoUseIsRefusedInWords() {
        String id = newId("geweigerd");
        deploy(id + ".form", form(id, "Naam"));
        deploy(id + ".form", form(id, "Uw volledige naam"));

        var current = page("/beheer/formulier/" + id + "/versies/2/terugzetten");
        var unknownVersion = page("/beheer/formulier/" + id + "/versies/9/wijzigingen");
        var unknownDefinition = page("/beheer/formulier/bestaat-niet-" + id);
        var byResident = lambda.call("POST", "/beheer/formulier/" + id + "/versies/1/terugzetten", Map.of(
                "authorization", "Bearer " + token("jan"), "content-type", "application/x-www-form-urlencoded"), "");

        assertThat(current.status()).isEqualTo(409);
        assertThat(current.body()).contains("Versie 2 van " + id + " is al in gebruik voor nieuwe zaken. U hoeft niets te doen.");
        assertThat(unknownVersion.status()).isEqualTo(404);
        assertThat(unknownVersion.body()).contains("Van " + id + " bestaat geen versie 9.");
        assertThat(unknownDefinition.status()).isEqualTo(404);
        assertThat(unknownDefinition.body()).contains("Er is geen werkproces, beslistabel of formulier met de naam bestaat-niet-");
        assertThat(byResident.status()).isEqualTo(403);
        assertThat(definitions().versions(DefinitionKind.FORM, id)).extracting(DeployedDefinition::version).containsExactly(2, 1);
    }

    /** Several administrators take the same version back at the same moment, over real HTTP. */
    @Test
    void simultaneousRollbacksToTheSameVersionMakeOneNewVersion() throws Exception {
        String id = newId("gelijk");
        deploy(id + ".form", form(id, "Naam"));
        deploy(id + ".form", form(id, "Uw volledige naam"));

        List<HttpResponse<String>> answers = inParallel(8, i -> restoreOverHttp(id, 1));

        for (var answer : answers) {
            // Each one either made version 3, found it just made, or was told nothing would change.
            if (answer.statusCode() == 201) {
                assertThat(JSON.readTree(answer.body()).get("version").asInt()).isEqualTo(3);
            } else {
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
                assertThat(JSON.readTree(answer.body()).get("detail").asText()).contains("heeft al dezelfde inhoud als versie 1");
            }
        }
        assertThat(answers).anyMatch(a -> a.statusCode() == 201);
        List<DeployedDefinition> versions = definitions().versions(DefinitionKind.FORM, id);
        assertThat(versions).extracting(DeployedDefinition::version).containsExactly(3, 2, 1);
        assertThat(versions.get(0).content()).isEqualTo(versions.get(2).content());
        assertThat(versions.get(0).restoredFrom()).isEqualTo(1);
        JsonNode listed = JSON.readTree(lambda.get("/api/definitions/form/" + id, token("bram")).body());
        assertThat(listed.findValuesAsText("version")).containsExactly("3", "2", "1");
    }

    /** Two administrators take different versions back at the same moment: both get their own version number. */
    @Test
    void simultaneousRollbacksToDifferentVersionsEachGetTheirOwnVersion() throws Exception {
        String id = newId("verschil");
        deploy(id + ".form", form(id, "Naam"));
        deploy(id + ".form", form(id, "Uw naam"));
        deploy(id + ".form", form(id, "Uw volledige naam"));

        List<HttpResponse<String>> answers = inParallel(2, i -> restoreOverHttp(id, i + 1));

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201);
        List<Integer> made = new ArrayList<>();
        for (var answer : answers) {
            made.add(JSON.readTree(answer.body()).get("version").asInt());
        }
        assertThat(made).containsExactlyInAnyOrder(4, 5);
        List<DeployedDefinition> versions = definitions().versions(DefinitionKind.FORM, id);
        assertThat(versions).extracting(DeployedDefinition::version).containsExactly(5, 4, 3, 2, 1);
        for (DeployedDefinition restored : versions.subList(0, 2)) {
            String earlier = definitions().find(DefinitionKind.FORM, id, restored.restoredFrom()).orElseThrow().content();
            assertThat(restored.content()).isEqualTo(earlier);
        }
        assertThat(versions.subList(0, 2)).extracting(DeployedDefinition::restoredFrom).containsExactlyInAnyOrder(1, 2);
    }

    static HttpResponse<String> restoreOverHttp(String id, int version) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + netty.getPort()
                        + "/api/definitions/form/" + id + "/versions/" + version + "/restore"))
                .header("Authorization", "Bearer " + token("bram"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    interface Call {
        HttpResponse<String> send(int i) throws Exception;
    }

    /** Starts every call at the same moment, each on its own thread. */
    static List<HttpResponse<String>> inParallel(int count, Call call) throws Exception {
        CountDownLatch ready = new CountDownLatch(count);
        CountDownLatch go = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(count)) {
            List<Future<HttpResponse<String>>> futures = IntStream.range(0, count).mapToObj(i -> threads.submit(() -> {
                ready.countDown();
                go.await();
                return call.send(i);
            })).toList();
            ready.await();
            go.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (var future : futures) {
                answers.add(future.get());
            }
            return answers;
        }
    }
}
