package nl.toegang.resident;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.toegang.core.cases.CaseRepository;
import nl.toegang.core.definitions.BundledWorkflows;
import nl.toegang.core.definitions.DeploymentService;
import nl.toegang.localservices.LambdaClient;
import nl.toegang.localservices.LocalServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Jeugdwet intake over HTTP: a parent for a child, or a young person of 12 or older for themselves. */
class JeugdMeldingFunctionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    private static LocalServices services;
    private static ApplicationContext context;
    private static LambdaClient lambda;

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

    private static String melding(String namens, String bsn, LocalDate geboortedatum) {
        String ouder = namens.equals("ouder") ? "\"namensNaam\": \"Anna de Boer\", \"namensRelatie\": \"moeder\"," : "";
        return """
            {"formId": "jeugd-melding", "values": {"namens": "%s", %s "telefoon": "0612345678",
              "voornaam": "Sem", "achternaam": "de Boer", "geboortedatum": "%s", "bsn": "%s",
              "adres": "Dorpsstraat 1", "postcode": "1431 aa", "woonplaats": "Aalsmeer",
              "situatie": "Ik ben vaak bang en slaap slecht.", "veiligheid": "veilig", "spoed": "nee",
              "clientondersteuning": "nee", "akkoord": true}}
            """.formatted(namens, ouder, geboortedatum, bsn);
    }

    private LambdaClient.Response submit(String persona, String body, String language) {
        return lambda.call("POST", "/api/cases", Map.of(
                "authorization", "Bearer " + services.identityProvider().tokenFor(persona),
                "content-type", "application/json", "accept-language", language,
                "idempotency-key", UUID.randomUUID().toString()), body);
    }

    @Test
    void aYoungPersonUnderTwelveWhoAsksThemselvesIsRefusedWithAMessageAtTheBirthDate() throws Exception {
        var dutch = submit("jan", melding("zelf", "111222333", TODAY.minusYears(11)), "nl");
        var english = submit("jan", melding("zelf", "111222333", TODAY.minusYears(11)), "en");

        assertThat(dutch.status()).isEqualTo(422);
        assertThat(dutch.header("Content-Type")).startsWith("application/problem+json");
        JsonNode errors = JSON.readTree(dutch.body()).get("errors");
        assertThat(errors.findValuesAsText("field")).containsExactly("geboortedatum");
        assertThat(errors.findValuesAsText("detail").getFirst()).contains("jonger is dan 12 jaar").contains("ouder of verzorger");
        assertThat(JSON.readTree(english.body()).get("errors").findValuesAsText("detail").getFirst())
                .contains("younger than 12").contains("parent or carer");
    }

    @Test
    void aYoungPersonOfTwelveAsksThemselvesAndTheJeugdwetRouteStarts() throws Exception {
        var accepted = submit("jan", melding("zelf", "111222333", TODAY.minusYears(12)), "nl");

        assertThat(accepted.status()).isEqualTo(201);
        JsonNode created = JSON.readTree(accepted.body());
        String caseId = created.get("caseId").asText();
        assertThat(caseId).startsWith("JW-");
        assertThat(created.get("processStarted").asBoolean()).isTrue();
        assertThat(context.getBean(CaseRepository.class).find(caseId).orElseThrow().law()).isEqualTo("jeugdwet");
    }

    @Test
    void onThePagesAYoungPersonUnderTwelveSeesWhyAtTheCheckAndNothingTypedIsLost() throws Exception {
        String jan = services.identityProvider().tokenFor("jan");
        var first = lambda.get("/formulieren/jeugd-melding", jan);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).contains("Stap 1 van 4").contains("Wie vraagt de hulp?").contains("Veilig Thuis");
        String draft = "/formulieren/jeugd-melding/concepten/" + UUID.randomUUID();
        List<String> steps = List.of(
                "namens=zelf&telefoon=0612345678",
                "voornaam=Sem&achternaam=Bakker&geboortedatum=" + TODAY.minusYears(10)
                        + "&bsn=111222333&adres=Dorpsstraat+1&postcode=1431AA&woonplaats=Aalsmeer",
                "situatie=Ik+ben+vaak+bang",
                "veiligheid=veilig&spoed=nee&clientondersteuning=nee&akkoord=true");
        for (int step = 1; step <= steps.size(); step++) {
            var saved = lambda.postForm(draft + "/stap/" + step, jan, steps.get(step - 1));
            assertThat(saved.status()).as(saved.body()).isEqualTo(303);
        }

        var refused = lambda.postForm(draft + "/versturen", jan, "");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("jonger is dan 12 jaar").contains("Vraag een ouder of verzorger")
                .contains("href=\"" + draft + "/stap/2");
        assertThat(lambda.get(draft + "/stap/1", jan).body()).contains("value=\"0612345678\"");
    }

    @Test
    void aParentAsksForAYoungChild() throws Exception {
        var accepted = submit("anna", melding("ouder", "999993653", TODAY.minusYears(4)), "nl");

        assertThat(accepted.status()).isEqualTo(201);
        String caseId = JSON.readTree(accepted.body()).get("caseId").asText();
        assertThat(context.getBean(CaseRepository.class).find(caseId).orElseThrow().values())
                .containsEntry("namens", "ouder").containsEntry("geboortedatum", TODAY.minusYears(4).toString());
    }
}
