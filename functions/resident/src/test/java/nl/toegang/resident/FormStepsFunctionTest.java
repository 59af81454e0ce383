package nl.toegang.resident;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.toegang.core.definitions.BundledWorkflows;
import nl.toegang.core.definitions.DeploymentService;
import nl.toegang.core.drafts.DraftService;
import nl.toegang.localservices.LambdaClient;
import nl.toegang.localservices.LocalServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The melding form in steps, through the resident function's Lambda handler, against DynamoDB Local and Zeebe. */
class FormStepsFunctionTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
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

    static String token(String persona) {
        return services.identityProvider().tokenFor(persona);
    }

    @Test
    void theMeldingGoesStepByStepToACheckPageAndOneCase() throws Exception {
        String jan = token("jan");
        var first = lambda.get("/formulieren/wmo-melding", jan);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).contains("Stap 1 van 4").contains("Over de persoon die hulp nodig heeft")
                .contains("field-voornaam").doesNotContain("field-situatie").doesNotContain("Vorige stap");
        Matcher action = Pattern.compile("action=\"(/formulieren/wmo-melding/concepten/[0-9a-f-]{36})/stap/1\"").matcher(first.body());
        assertThat(action.find()).isTrue();
        String draft = action.group(1);

        // Only the step's own fields are checked: a wrong BSN, nothing about the later steps.
        var wrong = lambda.postForm(draft + "/stap/1", jan, MeldingSteps.STEPS.get(0).replace("111222333", "123456789"));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body()).contains("Dit BSN klopt niet").contains("value=\"Dorpsstraat 1\"")
                .doesNotContain("Vertel over uw situatie").contains("Stap 1 van 4");
        var saved = lambda.postForm(draft + "/stap/1", jan, MeldingSteps.STEPS.get(0));
        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.header("Location")).isEqualTo(draft + "/stap/2");

        var second = lambda.get(draft + "/stap/2", jan);
        assertThat(second.body()).contains("Stap 2 van 4").contains("href=\"" + draft + "/stap/1\"");
        assertThat(lambda.get(draft + "/stap/1", jan).body()).contains("value=\"Dorpsstraat 1\"").contains("value=\"Aalsmeer\"");
        assertThat(lambda.get(draft + "/stap/2?lang=en", jan).body()).contains("Step 2 of 4").contains("Who is the help for?");

        for (int step = 2; step <= 4; step++) {
            assertThat(lambda.postForm(draft + "/stap/" + step, jan, MeldingSteps.STEPS.get(step - 1)).header("Location"))
                    .isEqualTo(step < 4 ? draft + "/stap/" + (step + 1) : draft + "/controleren");
        }
        var check = lambda.get(draft + "/controleren", jan);
        assertThat(check.status()).isEqualTo(200);
        assertThat(check.body()).contains("Controleer uw antwoorden").contains("12 maart 1948")
                .contains("Het huishouden, zoals schoonmaken of de was").contains("Voor mijzelf")
                .doesNotContain("1948-03-12").doesNotContain(">zelf<").doesNotContain(">huishouden<");
        for (int step = 1; step <= 4; step++) {
            assertThat(check.body()).contains("href=\"" + draft + "/stap/" + step + "\"");
        }
        assertThat(check.body().split(">Wijzigen<", -1)).hasSize(5);

        int casesBefore = JSON.readTree(lambda.get("/api/cases", jan).body()).size();
        var sent = lambda.postForm(draft + "/versturen", jan, "");
        assertThat(sent.status()).isEqualTo(303);
        assertThat(sent.header("Location")).matches("/mijn-aanvragen/WMO-[0-9A-Z-]+\\?ontvangen=1");
        assertThat(lambda.get(sent.header("Location"), jan).body()).contains("Uw zaaknummer is WMO-").contains("Dorpsstraat 1");
        assertThat(JSON.readTree(lambda.get("/api/cases", jan).body()).size()).isEqualTo(casesBefore + 1);
        // Sending deleted the draft.
        assertThat(lambda.get(draft + "/controleren", jan).status()).isEqualTo(404);
        assertThat(lambda.get("/mijn-aanvragen", jan).body()).doesNotContain(draft);
    }

    @Test
    void sendingChecksTheWholeFormAgainAndLeadsToTheStepWithTheProblem() throws Exception {
        String jan = token("jan");
        // Someone else's BSN while asking for himself: each step is fine, the form as a whole is not.
        String draft = MeldingSteps.completeDraft(lambda, jan, "123456782");
        int casesBefore = JSON.readTree(lambda.get("/api/cases", jan).body()).size();

        var refused = lambda.postForm(draft + "/versturen", jan, "");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("Controleer uw antwoorden").contains("Vul dan uw eigen BSN in")
                .contains("href=\"" + draft + "/stap/1#field-bsn\"");
        assertThat(JSON.readTree(lambda.get("/api/cases", jan).body()).size()).isEqualTo(casesBefore);
        assertThat(lambda.get(draft + "/controleren", jan).status()).as("the draft is kept").isEqualTo(200);
    }

    @Test
    void anotherResidentCannotSeeChangeSendOrDeleteTheDraft() {
        String draft = MeldingSteps.completeDraft(lambda, token("jan"));
        String anna = token("anna");

        for (var answer : List.of(lambda.get(draft + "/stap/1", anna), lambda.get(draft + "/stap/3", anna),
                lambda.get(draft + "/controleren", anna), lambda.postForm(draft + "/stap/2", anna, "namens=zelf"),
                lambda.postForm(draft + "/versturen", anna, ""), lambda.postForm(draft + "/verwijderen", anna, ""))) {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.body()).doesNotContain("Dorpsstraat").doesNotContain("Bakker");
        }
        assertThat(lambda.get("/mijn-aanvragen", anna).body()).doesNotContain(draft);
        assertThat(lambda.get(draft + "/controleren", token("jan")).body()).contains("Dorpsstraat 1");
    }

    @Test
    void mijnAanvragenShowsTheUnfinishedFormUntilItIsDeleted() {
        String petra = token("petra");
        String draft = MeldingSteps.newDraft();
        lambda.postForm(draft + "/stap/1", petra, MeldingSteps.STEPS.get(0));
        lambda.postForm(draft + "/stap/2", petra, MeldingSteps.STEPS.get(1));

        String mine = lambda.get("/mijn-aanvragen", petra).body();
        DateTimeFormatter words = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.forLanguageTag("nl"));
        LocalDate today = LocalDate.now(AMSTERDAM);
        int retention = context.getBean(DraftService.class).settings().getRetentionDays();
        assertThat(mine).contains("Nog niet verstuurd").contains("Melding: hulp of ondersteuning thuis (Wmo)")
                .contains(today.format(words) + " om ").contains(today.plusDays(retention).format(words))
                .contains("href=\"" + draft + "/stap/3\"").contains(">Verder gaan<")
                .contains("action=\"" + draft + "/verwijderen\"");
        assertThat(lambda.get(draft + "/stap/3", petra).body()).contains("Stap 3 van 4");
        assertThat(lambda.get(draft + "/stap/1", petra).body()).contains("value=\"Dorpsstraat 1\"");

        var deleted = lambda.postForm(draft + "/verwijderen", petra, "");
        assertThat(deleted.status()).isEqualTo(303);
        assertThat(deleted.header("Location")).isEqualTo("/mijn-aanvragen");
        assertThat(lambda.get("/mijn-aanvragen", petra).body()).doesNotContain(draft);
        assertThat(lambda.get(draft + "/stap/2", petra).status()).isEqualTo(404);
    }

    @Test
    void aDoubleClickOnSendMakesOneCase() throws Exception {
        String jan = token("jan");
        String draft = MeldingSteps.completeDraft(lambda, jan);
        int casesBefore = JSON.readTree(lambda.get("/api/cases", jan).body()).size();

        List<LambdaClient.Response> answers = inParallel(4, () -> lambda.postForm(draft + "/versturen", jan, ""));

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(303));
        assertThat(answers).extracting(a -> a.header("Location").replaceAll("\\?.*", "")).containsOnly(
                answers.get(0).header("Location").replaceAll("\\?.*", ""));
        assertThat(JSON.readTree(lambda.get("/api/cases", jan).body()).size()).isEqualTo(casesBefore + 1);
        // Clicking send once more later still leads to the one case.
        assertThat(lambda.postForm(draft + "/versturen", jan, "").header("Location")).endsWith("?herhaald=1");
    }

    @Test
    void twoTabsSavingStepsOfTheSameDraftAtOnceLoseNothing() throws Exception {
        String anna = token("anna");
        String draft = MeldingSteps.newDraft();
        lambda.postForm(draft + "/stap/1", anna, MeldingSteps.STEPS.get(0).replace("111222333", "123456782"));

        List<Callable<LambdaClient.Response>> tabs = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (int step = 2; step <= 4; step++) {
                String path = draft + "/stap/" + step;
                String body = MeldingSteps.STEPS.get(step - 1);
                tabs.add(() -> lambda.postForm(path, anna, body));
            }
        }
        List<LambdaClient.Response> answers = inParallel(tabs);

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(303));
        var check = lambda.get(draft + "/controleren", anna);
        assertThat(check.status()).isEqualTo(200);
        assertThat(check.body()).contains("Dorpsstraat 1").contains("Voor mijzelf").contains("Ik kan niet meer stofzuigen")
                .contains("Vervoer, bijvoorbeeld naar familie of de winkel");
    }

    static List<LambdaClient.Response> inParallel(int times, Callable<LambdaClient.Response> call) throws Exception {
        List<Callable<LambdaClient.Response>> calls = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            calls.add(call);
        }
        return inParallel(calls);
    }

    static List<LambdaClient.Response> inParallel(List<Callable<LambdaClient.Response>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<LambdaClient.Response>> futures = new ArrayList<>();
            for (Callable<LambdaClient.Response> call : calls) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return call.call();
                }));
            }
            go.countDown();
            List<LambdaClient.Response> answers = new ArrayList<>();
            for (Future<LambdaClient.Response> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
