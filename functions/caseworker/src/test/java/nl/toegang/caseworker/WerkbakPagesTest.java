package nl.toegang.caseworker;

import static nl.toegang.caseworker.CaseworkerFunctionTest.JSON;
import static nl.toegang.caseworker.CaseworkerFunctionTest.lambda;
import static nl.toegang.caseworker.CaseworkerFunctionTest.taskOf;
import static nl.toegang.caseworker.CaseworkerFunctionTest.token;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.SubmissionService;
import nl.toegang.forms.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The werkbak and giving work to colleagues, through the case worker function as AWS invokes it,
 * on real Wmo cases: what each row says, filters and sorting in the URL, my tasks and team tasks,
 * a team lead assigning (also two at the same moment, over real HTTP) and handing a task back.
 */
class WerkbakPagesTest {

    @BeforeAll
    static void start() {
        CaseworkerFunctionTest.start();
        // Staff are known once they have signed in; an API token is a sign-in too.
        for (String persona : List.of("sanne", "daan", "fatima")) {
            assertThat(lambda.get("/api/tasks", token(persona)).status()).isEqualTo(200);
        }
    }

    @AfterAll
    static void stop() {
        CaseworkerFunctionTest.stop();
    }

    /** A melding for someone with this name, sent the way the resident function sends it. */
    static String caseFor(String voornaam, String achternaam) {
        Principal petra = new Principal("petra", "Petra de Wit", Set.of("resident"), Set.of(), java.util.Optional.of("999993653"), List.of(), Optional.empty(), Optional.empty(), Optional.empty());
        Map<String, Object> values = Map.ofEntries(Map.entry("voornaam", voornaam), Map.entry("achternaam", achternaam),
                Map.entry("bsn", "111222333"), Map.entry("geboortedatum", "1948-03-12"), Map.entry("adres", "Dorpsstraat 1"),
                Map.entry("postcode", "1431 AA"), Map.entry("woonplaats", "Aalsmeer"), Map.entry("telefoon", "0297123456"),
                Map.entry("namens", "iemand-anders"), Map.entry("namensNaam", "Petra de Wit"), Map.entry("namensRelatie", "dochter"),
                Map.entry("hulpvragen", List.of("vervoer")), Map.entry("situatie", "Zij kan niet meer met de bus."),
                Map.entry("spoed", "nee"), Map.entry("clientondersteuning", "nee"), Map.entry("akkoord", true));
        return CaseworkerFunctionTest.context.getBean(SubmissionService.class)
                .submitJson(petra, "wmo-melding", values, UUID.randomUUID().toString(), Language.NL).caseRecord().caseId();
    }

    static String page(String path, String persona) {
        var page = lambda.get(path, token(persona));
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.body();
    }

    /** The table row of a case in a werkbak page, or null when it is not listed. */
    static String rowOf(String html, String caseId) {
        int at = html.indexOf("href=\"/werk/zaken/" + caseId + "\"");
        if (at < 0) {
            return null;
        }
        return html.substring(html.lastIndexOf("<tr", at), html.indexOf("</tr>", at));
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void eachRowSaysWhoTheClientIsLinksTheCaseFileAndSaysInWordsWhenTheTaskIsDue() throws Exception {
        String caseId = caseFor("Els", "de Wit");
        taskOf("sanne", caseId);

        String html = page("/werk", "sanne");
        String row = rowOf(html, caseId);

        assertThat(html).contains(">Cliënt</th>", ">Zaak</th>", ">Taak</th>", ">Ontvangen</th>", ">Uiterlijk</th>",
                ">Spoed</th>", ">Opgepakt door</th>");
        // The client is who the melding is about, not Petra who sent it for her mother.
        assertThat(row).contains(">Els de Wit</td>").contains(">" + caseId + "</a>").contains(">Gesprek plannen</a>")
                .containsPattern("<span class=\"due due--ok\">nog 4[12] dagen</span>")
                .containsPattern("\\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) 20\\d\\d")
                .contains(">Nee</td>").contains(">Nog niemand</td>")
                .doesNotContain("gesprekPlannen").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}").doesNotContain("Petra");
        assertThat(html).doesNotContain(">wmo-consulenten<").contains(">Wmo-consulenten</option>");

        var english = lambda.call("GET", "/werk", Map.of("authorization", "Bearer " + token("sanne"), "accept-language", "en"), null);
        assertThat(rowOf(english.body(), caseId)).containsPattern("4[12] days left").contains(">No</td>");
    }

    @Test
    void filtersAndSortingLiveInTheUrlAndWorkWithoutJavaScript() throws Exception {
        String zeger = caseFor("Zeger", "Zwart");
        String aart = caseFor("Aart", "Aalbers");
        taskOf("sanne", zeger);
        taskOf("sanne", aart);

        String onTime = page("/werk?taak=gesprekPlannen&termijn=op-tijd&sorteer=client", "sanne");
        assertThat(rowOf(onTime, zeger)).isNotNull();
        assertThat(onTime.indexOf(aart)).as("by client: Aalbers before Zwart").isLessThan(onTime.indexOf(zeger));
        assertThat(onTime).contains("<form method=\"get\" action=\"/werk\"")
                .contains("<option value=\"gesprekPlannen\" selected>Gesprek plannen</option>")
                .contains("<option value=\"op-tijd\" selected>Op tijd</option>")
                .contains("name=\"sorteer\" value=\"client\"")
                .contains("href=\"/werk?taak=gesprekPlannen&amp;termijn=op-tijd&amp;sorteer=client\" aria-current=\"page\">Naam van de cliënt</a>")
                .contains("href=\"/werk?weergave=mijn&amp;taak=gesprekPlannen&amp;termijn=op-tijd&amp;sorteer=client\">Mijn taken</a>");

        String received = page("/werk?taak=gesprekPlannen&sorteer=ontvangen", "sanne");
        assertThat(received.indexOf(zeger)).as("by received: oldest first").isLessThan(received.indexOf(aart));

        String nearlyDue = page("/werk?termijn=bijna", "sanne");
        assertThat(rowOf(nearlyDue, zeger)).isNull();
        String otherTask = page("/werk?taak=verslagVastleggen", "sanne");
        assertThat(rowOf(otherTask, zeger)).isNull();

        // A tampered URL shows the normal werkbak.
        assertThat(rowOf(page("/werk?termijn=%3Cscript%3E&sorteer=DROP&weergave=x", "sanne"), zeger)).isNotNull();
    }

    @Test
    void myTasksAreTheOnesIHoldAndICanHandOneBackFromTheWerkbak() throws Exception {
        String caseId = caseFor("Mies", "Bouwman");
        String taskId = taskOf("sanne", caseId).get("taskId").asText();
        assertThat(lambda.postJson("/api/tasks/" + taskId + "/claim", token("sanne"), "").status()).isEqualTo(200);

        String mine = page("/werk?weergave=mijn", "sanne");
        assertThat(rowOf(mine, caseId)).contains("action=\"/werk/taken/" + taskId + "/teruggeven\"").contains(">Sanne de Vries</td>");
        assertThat(rowOf(page("/werk?weergave=mijn", "daan"), caseId)).isNull();
        assertThat(rowOf(page("/werk", "daan"), caseId)).contains(">Sanne de Vries</td>").doesNotContain("teruggeven");
        assertThat(page("/werk/taken/" + taskId, "sanne")).contains("action=\"/werk/taken/" + taskId + "/teruggeven\"");

        var back = lambda.postForm("/werk/taken/" + taskId + "/teruggeven", token("sanne"), "terug=" + encode("weergave=mijn"));
        assertThat(back.status()).isEqualTo(303);
        assertThat(back.header("Location")).isEqualTo("/werk?weergave=mijn&teruggegeven=1");
        String after = page(back.header("Location"), "sanne");
        assertThat(after).contains("U heeft de taak teruggegeven aan het team.");
        assertThat(rowOf(after, caseId)).isNull();
        assertThat(page("/werk/zaken/" + caseId, "sanne")).contains("Sanne de Vries heeft de taak \"Gesprek plannen\" teruggegeven aan het team.");
    }

    @Test
    void aTeamLeadGivesATaskToAColleagueWhoFindsItInTheirTasksAndTheHistorySaysSo() throws Exception {
        String caseId = caseFor("Kees", "Jansen");
        String taskId = taskOf("fatima", caseId).get("taskId").asText();

        String werkbak = page("/werk?weergave=team&sorteer=client", "fatima");
        assertThat(rowOf(werkbak, caseId)).contains("href=\"/werk/taken/" + taskId + "/toewijzen?terug=sorteer%3Dclient\"");
        assertThat(rowOf(page("/werk", "sanne"), caseId)).doesNotContain("toewijzen");

        String choose = page("/werk/taken/" + taskId + "/toewijzen?terug=" + encode("sorteer=client"), "fatima");
        assertThat(choose).contains("<option value=\"sanne\">Sanne de Vries</option>").contains("<option value=\"daan\">Daan Jansen</option>")
                .contains("name=\"seen\" value=\"\"").contains(">Kees Jansen</dd>");

        var given = lambda.postForm("/werk/taken/" + taskId + "/toewijzen", token("fatima"), "assignee=sanne&seen=&terug=sorteer%3Dclient");
        assertThat(given.status()).as(given.body()).isEqualTo(303);
        assertThat(given.header("Location")).isEqualTo("/werk?sorteer=client&toegewezen=" + taskId);
        assertThat(page(given.header("Location"), "fatima")).contains("U heeft 'Gesprek plannen' gegeven aan Sanne de Vries.");

        assertThat(rowOf(page("/werk?weergave=mijn", "sanne"), caseId)).contains(">Sanne de Vries</td>").contains("teruggeven");
        assertThat(page("/werk/zaken/" + caseId, "daan"))
                .contains("Fatima El Amrani heeft de taak \"Gesprek plannen\" gegeven aan Sanne de Vries.");
    }

    @Test
    void someoneWhoIsNotATeamLeadIsRefusedInTheirLanguage() throws Exception {
        String caseId = caseFor("Rob", "Visser");
        String taskId = taskOf("daan", caseId).get("taskId").asText();

        var form = lambda.postForm("/werk/taken/" + taskId + "/toewijzen", token("daan"), "assignee=sanne&seen=");
        assertThat(form.status()).isEqualTo(403);
        assertThat(form.body()).contains("Alleen een teamleider van dit team kan een taak aan een collega geven.");
        assertThat(lambda.get("/werk/taken/" + taskId + "/toewijzen", token("daan")).status()).isEqualTo(403);

        var api = lambda.call("POST", "/api/tasks/" + taskId + "/assign", Map.of("authorization", "Bearer " + token("daan"),
                "accept-language", "en", "content-type", "application/json"), "{\"assignee\": \"sanne\"}");
        assertThat(api.status()).isEqualTo(403);
        assertThat(JSON.readTree(api.body()).get("detail").asText()).isEqualTo("Only a team lead of this team can give a task to a colleague.");
    }

    @Test
    void givingATaskToSomeoneOutsideTheTeamIsRefusedNamingTheField() throws Exception {
        String caseId = caseFor("Wim", "Kok");
        String taskId = taskOf("fatima", caseId).get("taskId").asText();

        var form = lambda.postForm("/werk/taken/" + taskId + "/toewijzen", token("fatima"), "assignee=jan&seen=");
        assertThat(form.status()).isEqualTo(422);
        assertThat(form.body()).contains("href=\"#field-assignee\"").contains("aria-invalid=\"true\"")
                .contains("Kies een collega uit het team van deze taak.");

        var api = lambda.postJson("/api/tasks/" + taskId + "/assign", token("fatima"), "{\"assignee\": \"bram\"}");
        assertThat(api.status()).isEqualTo(422);
        assertThat(JSON.readTree(api.body()).get("errors").findValuesAsText("field")).containsExactly("assignee");
        assertThat(JSON.readTree(lambda.get("/api/tasks/" + taskId + "/colleagues", token("fatima")).body()).findValuesAsText("id"))
                .contains("sanne", "daan", "fatima").doesNotContain("jan", "bram");
    }

    @Test
    void twoAssignmentsAtTheSameMomentOneWinsAndTheOtherIsToldWhoHasTheTask() throws Exception {
        URI server = CaseworkerFunctionTest.context.getBean(EmbeddedServer.class).start().getURI();
        for (int round = 0; round < 5; round++) {
            String caseId = caseFor("Ria", "Ronde" + round);
            String taskId = taskOf("fatima", caseId).get("taskId").asText();

            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<HttpResponse<String>>> running = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
                for (String to : List.of("sanne", "daan")) {
                    running.add(pool.submit(() -> {
                        start.await();
                        return CaseworkerFunctionTest.post(server, "/api/tasks/" + taskId + "/assign", "fatima",
                                "{\"assignee\": \"" + to + "\", \"seenAssignee\": \"\"}");
                    }));
                }
                List<HttpResponse<String>> answers = new ArrayList<>();
                for (var f : running) {
                    answers.add(f.get(60, TimeUnit.SECONDS));
                }
                assertThat(answers).extracting(HttpResponse::statusCode).as("round %d", round).containsExactlyInAnyOrder(200, 409);
                String holder = JSON.readTree(lambda.get("/api/tasks/" + taskId, token("fatima")).body())
                        .get("task").get("assigneeName").asText();
                HttpResponse<String> loser = answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
                assertThat(JSON.readTree(loser.body()).get("detail").asText())
                        .isEqualTo("Deze taak is net veranderd: nu heeft " + holder + " hem. Uw keuze is niet bewaard. Kijk of het zo goed is.");
            }
        }
    }
}
