package nl.toegang.resident;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import nl.toegang.localservices.LambdaClient;
import nl.toegang.localservices.LocalServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pages come from the precompiled templates in the NL Design System layout, the same through
 * the Lambda handler (API Gateway v2 events) as on the Netty server.
 */
class PagesBothWaysTest {

    static ApplicationContext context;
    static LambdaClient lambda;
    static EmbeddedServer netty;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        Map<String, Object> properties = new HashMap<>(LocalServices.shared().applicationProperties());
        properties.put("micronaut.server.port", -1);
        context = ApplicationContext.run(properties);
        lambda = new LambdaClient("resident", new APIGatewayV2HTTPEventFunction(context));
        netty = context.getBean(EmbeddedServer.class).start();
    }

    @AfterAll
    static void stop() {
        netty.stop();
        context.close();
    }

    static String viaNetty(String path) throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + netty.getPort() + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }

    @Test
    void theHomePageIsTheSameLayoutThroughLambdaAndNetty() throws Exception {
        var viaLambda = lambda.get("/", null);
        assertThat(viaLambda.status()).isEqualTo(200);
        assertThat(viaLambda.header("Content-Type")).startsWith("text/html");
        for (String page : new String[] {viaLambda.body(), viaNetty("/").substring(4)}) {
            assertThat(page).contains("<html lang=\"nl\" class=\"utrecht-html\">")
                    .contains("<div class=\"utrecht-page\">")
                    .contains("<h1 class=\"utrecht-heading-1\">Hulp vragen aan de gemeente</h1>")
                    .contains("href=\"/auth/login?return=/mijn-aanvragen\"")
                    .contains("utrecht-button-link").contains("Melding doen")
                    .contains("<footer class=\"site-footer utrecht-page-footer\">");
        }
    }

    @Test
    void anUnknownAddressGetsTheSameErrorPageInTheReadersLanguage() throws Exception {
        var viaLambda = lambda.get("/bestaat-niet?lang=en", null);
        assertThat(viaLambda.status()).isEqualTo(404);
        String netty = viaNetty("/bestaat-niet?lang=en");
        assertThat(netty).startsWith("404 ");
        for (String page : new String[] {viaLambda.body(), netty}) {
            assertThat(page).contains("<html lang=\"en\" class=\"utrecht-html\">")
                    .contains("<h1 class=\"utrecht-heading-1\">Not found</h1>")
                    .contains("This page or address does not exist.")
                    .contains("Go to the start page")
                    .doesNotContain("Niet gevonden");
        }
    }
}
