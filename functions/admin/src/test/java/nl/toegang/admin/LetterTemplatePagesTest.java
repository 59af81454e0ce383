package nl.toegang.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import java.util.Map;
import java.util.UUID;
import nl.toegang.core.definitions.BundledWorkflows;
import nl.toegang.core.definitions.DefinitionKind;
import nl.toegang.core.definitions.DefinitionRepository;
import nl.toegang.core.definitions.DeploymentService;
import nl.toegang.localservices.LambdaClient;
import nl.toegang.localservices.LocalServices;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An administrator deploys letter texts on the page and through the API, and reads the readability report. */
class LetterTemplatePagesTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String BOUNDARY = "----toegang-letter-boundary";
    static LocalServices services;
    static ApplicationContext context;
    static LambdaClient lambda;

    /** 3 sentences ("Wij helpen u" is the heading), 13 words: 4,3 words per sentence. */
    static final String PLAIN = "# Wij helpen u\n\nU krijgt hulp van de gemeente. Het kenmerk is ${caseId}.\n";
    static final String LONG = "Wij hebben besloten dat u de aangevraagde maatwerkvoorziening voor huishoudelijke "
            + "ondersteuning niet krijgt omdat uw eigen netwerk volgens ons voldoende mogelijkheden biedt.";

    @BeforeAll
    static void start() {
        services = LocalServices.shared();
        context = ApplicationContext.run(services.applicationProperties());
        context.getBean(DeploymentService.class).deploy(BundledWorkflows.load(), "test");
        lambda = new LambdaClient("admin", new APIGatewayV2HTTPEventFunction(context));
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void anUploadedLetterShowsItsReadabilityOnThePageAndListsTheLongSentences() {
        String name = "admin-test-" + UUID.randomUUID().toString().substring(0, 8);

        Document plain = page(post("nl", "/beheer", multipart(name + ".nl.md", PLAIN)));
        assertThat(plain.select("[role=status]").text()).contains(name + ".nl.md: " + name + ".nl v1");
        assertThat(plain.select("#leesbaarheid").text()).isEqualTo("Leesbaarheid van " + name + ".nl");
        assertThat(plain.select(".readability").text()).contains("Deze brief haalt taalniveau A2.",
                "Zinnen 3", "Gemiddelde zinslengte 4,3 woorden (voor A2 hoogstens 12)", "Langste zin 6 woorden",
                "Flesch-Douma-score", "(voor A2 minstens 80)", "Dit is een advies. De brief is wel in gebruik genomen.");

        Document hard = page(post("nl", "/beheer", multipart(name + ".nl.md", PLAIN + "\n" + LONG + "\n")));
        assertThat(hard.select("[role=status]").text()).contains(name + ".nl v2");
        assertThat(hard.select(".readability").text()).contains("Deze brief haalt taalniveau A2 nog niet.",
                "Langste zin 22 woorden", "Deze zinnen hebben meer dan 15 woorden.");
        assertThat(hard.select(".readability li").eachText()).containsExactly(LONG);

        // The letter has versions like a form: listed, compared and taken back into use.
        assertThat(get("/beheer").select("td a[href=/beheer/brief/" + name + ".nl]").text()).isEqualTo(name + ".nl");
        assertThat(get("/beheer/brief/" + name + ".nl").text()).contains("Versies van " + name + ".nl", "Versie 2", "Versie 1");
        assertThat(get("/beheer/brief/" + name + ".nl/versies/2/wijzigingen").text()).contains(LONG);
        var restored = lambda.call("POST", "/beheer/brief/" + name + ".nl/versies/1/terugzetten", Map.of(
                "authorization", "Bearer " + services.identityProvider().tokenFor("bram"),
                "content-type", "application/x-www-form-urlencoded"), "");
        assertThat(restored.status()).as(restored.body()).isEqualTo(303);
        var now = context.getBean(DefinitionRepository.class).latest(DefinitionKind.LETTER, name + ".nl").orElseThrow();
        assertThat(now.version()).isEqualTo(3);
        assertThat(now.restoredFrom()).isEqualTo(1);
        assertThat(now.content()).isEqualTo(PLAIN);
    }

    @Test
    void theApiAnswersWithTheReportAndRefusesAnUnknownPlaceholderNamingItAndTheFile() throws Exception {
        String name = "admin-test-" + UUID.randomUUID().toString().substring(0, 8);

        var deployed = post("en", "/api/definitions", multipart(name + ".nl.md", PLAIN));
        assertThat(deployed.status()).as(deployed.body()).isEqualTo(201);
        JsonNode report = JSON.readTree(deployed.body()).get(0).get("readability");
        assertThat(report.get("sentences").asInt()).isEqualTo(3);
        assertThat(report.get("words").asInt()).isEqualTo(13);
        assertThat(report.get("wordsPerSentence").asDouble()).isEqualTo(13 / 3.0);
        assertThat(report.get("reachesA2").asBoolean()).isTrue();
        assertThat(report.get("longSentences")).isEmpty();

        var refused = post("nl", "/api/definitions", multipart(name + ".nl.md", PLAIN + "\nUw hulp: ${product}.\n"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.header("content-type")).contains("application/problem+json");
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo(name + ".nl.md");
        assertThat(problem.get("errors").get(0).get("detail").asText()).contains(name + ".nl.md", "${product}");
        assertThat(context.getBean(DefinitionRepository.class).latest(DefinitionKind.LETTER, name + ".nl").orElseThrow()
                .content()).isEqualTo(PLAIN);

        Document page = page(post("nl", "/beheer", multipart(name + ".nl.md", PLAIN + "\nUw hulp: ${product}.\n")));
        assertThat(page.text()).contains(name + ".nl.md: de brief gebruikt ${product}.").doesNotContain("Leesbaarheid van");
    }

    static String multipart(String fileName, String content) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: text/markdown\r\n\r\n" + content + "\r\n--" + BOUNDARY + "--\r\n";
    }

    LambdaClient.Response post(String language, String path, String body) {
        return lambda.call("POST", path, Map.of(
                "authorization", "Bearer " + services.identityProvider().tokenFor("bram"),
                "content-type", "multipart/form-data; boundary=" + BOUNDARY, "accept-language", language), body);
    }

    Document get(String path) {
        var response = lambda.call("GET", path, Map.of("authorization", "Bearer " + services.identityProvider().tokenFor("bram"),
                "accept", "text/html"), null);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    static Document page(LambdaClient.Response response) {
        return Jsoup.parse(response.body());
    }
}
