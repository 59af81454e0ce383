package nl.toegang.resident;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.toegang.core.cases.CaseRepository;
import nl.toegang.core.definitions.BundledWorkflows;
import nl.toegang.core.definitions.DeploymentService;
import nl.toegang.localservices.LambdaClient;
import nl.toegang.localservices.LocalServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rate limits as they work in AWS: two Lambda instances, each with its own memory, share only
 * DynamoDB, and a burst spread over both lets exactly the limit through.
 */
class RateLimitTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final int SUBMISSIONS = 4;
    static final int LOGINS = 3;
    static LocalServices services;
    static ApplicationContext first;
    static ApplicationContext second;
    static List<LambdaClient> instances;

    @BeforeAll
    static void start() {
        services = LocalServices.shared();
        // A window of a day: other test classes count in their own (10-minute) windows, so their
        // requests never fill this one, and the burst cannot straddle two windows.
        Map<String, Object> properties = new LinkedHashMap<>(services.applicationProperties());
        properties.put("toegang.rate-limits.submissions.limit", SUBMISSIONS);
        properties.put("toegang.rate-limits.submissions.window", "1d");
        properties.put("toegang.rate-limits.logins.limit", LOGINS);
        properties.put("toegang.rate-limits.logins.window", "1d");
        first = ApplicationContext.run(properties);
        second = ApplicationContext.run(properties);
        first.getBean(DeploymentService.class).deploy(BundledWorkflows.load(), "test");
        instances = List.of(new LambdaClient("resident", new APIGatewayV2HTTPEventFunction(first)),
                new LambdaClient("resident", new APIGatewayV2HTTPEventFunction(second)));
    }

    @AfterAll
    static void stop() {
        first.close();
        second.close();
    }

    static String melding() {
        return """
            {"formId": "wmo-melding", "values": {
              "voornaam": "Petra", "achternaam": "de Wit", "bsn": "999993653", "geboortedatum": "1961-07-02",
              "adres": "Kerkweg 4", "postcode": "1432 BB", "woonplaats": "Aalsmeer", "telefoon": "0297 654321",
              "namens": "zelf", "hulpvragen": ["vervoer"], "situatie": "Ik kan niet meer fietsen.",
              "spoed": "nee", "clientondersteuning": "nee", "akkoord": true}}
            """;
    }

    static LambdaClient.Response submit(LambdaClient instance, String token, String key) {
        return instance.call("POST", "/api/cases", Map.of("authorization", "Bearer " + token,
                "content-type", "application/json", "idempotency-key", key), melding());
    }

    @Test
    void aBurstOfSubmissionsLetsExactlyTheLimitThroughOnEveryInstanceTogether() throws Exception {
        String token = services.identityProvider().tokenFor("petra");
        List<String> keys = new ArrayList<>();
        for (int i = 0; i <= SUBMISSIONS; i++) {
            keys.add(UUID.randomUUID().toString());
        }
        List<LambdaClient.Response> answers = inParallel(keys.size(), i -> submit(instances.get(i % 2), token, keys.get(i)));

        List<LambdaClient.Response> accepted = answers.stream().filter(r -> r.status() == 201).toList();
        List<LambdaClient.Response> refused = answers.stream().filter(r -> r.status() == 429).toList();
        assertThat(accepted).hasSize(SUBMISSIONS);
        assertThat(refused).hasSize(1);
        LambdaClient.Response tooMany = refused.get(0);
        assertThat(Long.parseLong(tooMany.header("Retry-After"))).isBetween(1L, 86_400L);
        assertThat(tooMany.header("Content-Type")).startsWith("application/problem+json");
        assertThat(JSON.readTree(tooMany.body()).get("detail").asText())
                .startsWith("U heeft dit in korte tijd te vaak gedaan. Probeer het na ");

        // Nothing accepted is lost, and a retry of an accepted melding still returns its case.
        CaseRepository cases = first.getBean(CaseRepository.class);
        for (LambdaClient.Response ok : accepted) {
            String caseId = JSON.readTree(ok.body()).get("caseId").asText();
            assertThat(cases.find(caseId)).isPresent();
        }
        int acceptedIndex = answers.indexOf(accepted.get(0));
        var retry = submit(instances.get(1), token, keys.get(acceptedIndex));
        assertThat(retry.status()).isEqualTo(200);

        // People get a readable page, in their language, with the same header.
        String draft = MeldingSteps.completeDraft(instances.get(0), token, "999993653");
        var page = instances.get(0).call("POST", draft + "/versturen", Map.of("authorization", "Bearer " + token,
                "content-type", "application/x-www-form-urlencoded", "accept-language", "en"), "");
        assertThat(page.status()).isEqualTo(429);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.header("Retry-After")).isNotBlank();
        assertThat(page.body()).contains("You have done this too often in a short time.");
    }

    @Test
    void loginsAreLimitedPerClientAddress() throws Exception {
        List<LambdaClient.Response> answers = inParallel(LOGINS + 2,
                i -> instances.get(i % 2).call("GET", "/auth/login?return=/", Map.of(), null));

        assertThat(answers).filteredOn(r -> r.status() == 429).hasSize(2);
        assertThat(answers).filteredOn(r -> r.status() != 429).hasSize(LOGINS)
                .allSatisfy(r -> assertThat(r.status()).isBetween(300, 399));
        LambdaClient.Response refused = answers.stream().filter(r -> r.status() == 429).findFirst().orElseThrow();
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(refused.header("Content-Type")).startsWith("text/html");
        assertThat(refused.body()).contains("U heeft dit in korte tijd te vaak gedaan.");
    }


    interface Call {
        LambdaClient.Response call(int index) throws Exception;
    }

    static List<LambdaClient.Response> inParallel(int count, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<LambdaClient.Response>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                Callable<LambdaClient.Response> task = () -> {
                    go.await();
                    return call.call(index);
                };
                futures.add(pool.submit(task));
            }
            go.countDown();
            List<LambdaClient.Response> answers = new ArrayList<>();
            for (Future<LambdaClient.Response> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
