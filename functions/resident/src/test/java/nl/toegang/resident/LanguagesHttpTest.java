package nl.toegang.resident;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import nl.toegang.localservices.LocalServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The offered languages over plain HTTP, as curl or a first-time browser asks for them. */
class LanguagesHttpTest {

    static ApplicationContext context;
    static EmbeddedServer netty;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        Map<String, Object> properties = new HashMap<>(LocalServices.shared().applicationProperties());
        properties.put("micronaut.server.port", -1);
        context = ApplicationContext.run(properties);
        netty = context.getBean(EmbeddedServer.class).start();
    }

    @AfterAll
    static void stop() {
        netty.stop();
        context.close();
    }

    static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + netty.getPort() + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aChosenLanguageIsThePagesLanguageAndIsKept() throws Exception {
        var polish = get("/?lang=pl");

        assertThat(polish.body()).contains("<html lang=\"pl\" class=\"utrecht-html\">")
                .contains("<h1 class=\"utrecht-heading-1\">Poproś gminę o wsparcie</h1>");
        String cookie = polish.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("=pl");

        var next = get("/", "Cookie", cookie.split(";", 2)[0]);
        assertThat(next.body()).contains("<html lang=\"pl\"");
    }

    @Test
    void theBrowsersFirstOfferedLanguageWinsOnAFirstVisit() throws Exception {
        var page = get("/", "Accept-Language", "de-DE,de;q=0.9,uk;q=0.8,en;q=0.7");

        assertThat(page.body()).contains("<html lang=\"uk\"")
                .contains("<h1 class=\"utrecht-heading-1\">Попросіть громаду про підтримку</h1>");
    }

    @Test
    void aLanguageThatIsNotOfferedGivesDutchAndIsNotKept() throws Exception {
        var page = get("/?lang=de");

        assertThat(page.body()).contains("<html lang=\"nl\"");
        assertThat(page.headers().allValues("Set-Cookie")).noneMatch(c -> c.contains("=de"));
    }
}
