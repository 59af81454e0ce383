package nl.toegang.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.toegang.localservices.LambdaClient;
import org.junit.jupiter.api.Test;

/**
 * The local runtime keeps everything in memory, so every page it serves says that what people
 * enter is not kept, in the reader's language; the receipt says the melding will not be handled.
 */
class TestEnvironmentNoticeTest {

    static final String DUTCH = "Dit is een testomgeving. Wat u hier invult, wordt niet bewaard.";
    static final String ENGLISH = "This is a test environment. What you enter here is not kept.";
    static final String DUTCH_RECEIPT = "Let op: dit was een test. Niemand van de gemeente neemt echt contact met u op.";
    static final String ENGLISH_RECEIPT = "Please note: this was a test. Nobody from the municipality will really contact you.";

    final LocalPlatform platform = RunningPlatform.get();
    final ApiClient jan = new ApiClient(platform, "jan");

    String receiptPath() {
        var submitted = jan.post("/api/cases", EndToEndTest.MELDING, UUID.randomUUID().toString());
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
        return "/mijn-aanvragen/" + submitted.json().get("caseId").asText() + "?ontvangen=1";
    }

    @Test
    void theHomePageTheFormTheReceiptAndAnErrorPageSayInDutchThatNothingIsKept() {
        String receipt = receiptPath();
        for (String path : List.of("/", "/formulieren/wmo-melding", receipt, "/bestaat-niet")) {
            assertThat(jan.page(path)).as(path).contains(DUTCH).doesNotContain(ENGLISH);
        }
        assertThat(jan.page(receipt)).contains(DUTCH_RECEIPT);
    }

    @Test
    void theSamePagesSayItInEnglishWithLangEn() {
        String receipt = receiptPath() + "&lang=en";
        for (String path : List.of("/?lang=en", "/formulieren/wmo-melding?lang=en", receipt)) {
            assertThat(jan.page(path)).as(path).contains(ENGLISH).doesNotContain(DUTCH);
        }
        assertThat(jan.page(receipt)).contains(ENGLISH_RECEIPT);
    }

    @Test
    void theSameFunctionInvokedAsInAwsShowsNoNotice() {
        assertThat(jan.page("/")).contains(DUTCH);
        try (ApplicationContext aws = ApplicationContext.run(platform.services().applicationProperties())) {
            var lambda = new LambdaClient("resident", new APIGatewayV2HTTPEventFunction(aws));
            var home = lambda.call("GET", "/", Map.of("accept", "text/html"), null);
            assertThat(home.status()).isEqualTo(200);
            assertThat(home.body()).contains("Hulp vragen aan de gemeente").doesNotContain(DUTCH)
                    .doesNotContain("test-notice");
        }
    }
}
