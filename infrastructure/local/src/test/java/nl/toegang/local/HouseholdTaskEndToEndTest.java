package nl.toegang.local;

import static nl.toegang.local.ApiClient.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseEventRepository;
import nl.toegang.core.households.Coordinator;
import nl.toegang.core.households.Household;
import nl.toegang.core.households.HouseholdRepository;
import nl.toegang.core.tasks.TaskRepository;
import nl.toegang.core.tasks.TaskStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The task page of a household's tasks over real HTTP: the plan of the Hoekstra household reaches
 * its review date, the team lead opens and completes "Evaluatie van het plan bewaken", and two Wmo
 * workers pick up and complete "Plan evalueren" at the same moment. The page shows the household
 * (members, coordinator, the plan) instead of a case file, only to whoever may see the household,
 * and each view is a line in the household's history.
 */
class HouseholdTaskEndToEndTest {

    @BeforeAll
    static void theFamilyAsTheRegistryKnowsIt() {
        HouseholdFixture.forgetHoekstra(RunningPlatform.get());
    }

    final LocalPlatform platform = RunningPlatform.get();
    final ApiClient sanne = new ApiClient(platform, "sanne");
    final ApiClient daan = new ApiClient(platform, "daan");
    final ApiClient fatima = new ApiClient(platform, "fatima");
    final HouseholdRepository households = platform.context().getBean(HouseholdRepository.class);
    final CaseEventRepository events = platform.context().getBean(CaseEventRepository.class);
    final TaskRepository tasks = platform.context().getBean(TaskRepository.class);

    @Test
    void theReviewTasksShowTheHouseholdAndOneOfTwoWorkersCompletesTheReview() throws Exception {
        String id = HouseholdFixture.hoekstra(platform).householdId();
        String goal = "Ronald kan weer zelf boven komen " + System.nanoTime() % 1000;
        int version = sanne.get("/api/households/" + id + "/plan").json().get("version").asInt();
        var put = sanne.put("/api/households/" + id + "/plan", """
            {"version": %d, "reviewDate": "%s", "goals": [
              {"text": "%s", "concerns": ["%s"], "law": "wmo", "actions": [
                {"what": "Traplift aanvragen", "doer": {"kind": "PROFESSIONAL", "name": "Sanne de Vries", "team": "wmo"},
                 "due": "%s"}]}]}
            """.formatted(version, LocalDate.now(PlanEndToEndTest.NL).minusDays(1), goal, HouseholdFixture.RONALD,
                LocalDate.now(PlanEndToEndTest.NL).plusDays(30)));
        assertThat(put.status()).as(put.text()).isEqualTo(200);

        String review = eventually("the review task of " + id, () -> taskOf(sanne, id, "planEvalueren"), t -> t != null);
        String watch = eventually("the team lead's task of " + id, () -> taskOf(fatima, id, "evaluatieBewaken"), t -> t != null);

        // The team lead's task: the household instead of a case file, and the view in the household's history.
        long viewsBefore = views(id);
        String page = fatima.page("/werk/taken/" + watch);
        assertThat(page).contains("Evaluatie van het plan bewaken", "Het huishouden van deze taak",
                "Mirjam Hoekstra", "Ronald Hoekstra", "Sven Hoekstra", "Partner", "Sanne de Vries", goal,
                "Traplift aanvragen", "/werk/huishoudens/" + id + "/plan", "Evaluatiedatum")
                .doesNotContain("De zaak van deze taak bestaat niet meer")
                .doesNotContain(HouseholdFixture.RONALD).doesNotContain("MAIN_PERSON");
        assertThat(views(id)).as("opening the task is a view of the household").isEqualTo(viewsBefore + 1);
        JsonNode api = fatima.get("/api/tasks/" + watch).json();
        assertThat(api.get("householdId").asText()).isEqualTo(id);
        assertThat(api.get("caseFile").isNull()).isTrue();

        assertThat(fatima.postForm("/werk/taken/" + watch + "/oppakken", "").status()).isEqualTo(303);
        var empty = fatima.postForm("/werk/taken/" + watch, "actie=");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.text()).contains("Het huishouden van deze taak", goal);
        var watched = fatima.postForm("/werk/taken/" + watch, "actie=" + form("Ik spreek Sanne morgen."));
        assertThat(watched.status()).as(watched.text()).isEqualTo(303);
        assertThat(tasks.find(watch).orElseThrow().status()).isEqualTo(TaskStatus.COMPLETED);

        // Two workers pick up the review at the same moment: one gets it, the other reads who has it.
        List<ApiClient.Reply> claims = atOnce(w -> w.postForm("/werk/taken/" + review + "/oppakken", ""));
        assertThat(claims).extracting(ApiClient.Reply::status).as(claims.toString()).containsExactlyInAnyOrder(303, 409);
        ApiClient.Reply lostClaim = claims.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
        String holder = tasks.find(review).orElseThrow().assigneeName();
        assertThat(lostClaim.text()).contains("Deze taak is opgepakt door " + holder);

        // Both send the form at the same moment: the holder's findings are recorded, the other reads why not.
        List<ApiClient.Reply> sent = atOnce(w -> w.postForm("/werk/taken/" + review,
                "bevindingen=" + form("Bevindingen van " + (w == sanne ? "Sanne" : "Daan"))));
        assertThat(sent).extracting(ApiClient.Reply::status).as(sent.toString()).contains(303)
                .anyMatch(s -> s == 403 || s == 409);
        ApiClient.Reply refused = sent.stream().filter(r -> r.status() != 303).findFirst().orElseThrow();
        assertThat(refused.text()).containsAnyOf("Deze taak is opgepakt door " + holder, "Deze taak is niet meer open");
        var done = tasks.find(review).orElseThrow();
        assertThat(done.status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(done.completedByName()).isEqualTo(holder);
        assertThat(String.valueOf(done.submittedValues().get("bevindingen"))).isEqualTo("Bevindingen van " + holder.split(" ")[0]);
        assertThat(events.list(id)).extracting(CaseEvent::type).contains(CaseEvent.Type.TASK_COMPLETED);
        assertThat(sanne.page("/werk/taken/" + review)).contains("afgerond").doesNotContain("name=\"bevindingen\"");
        assertThat(taskOf(sanne, id, "planEvalueren")).as("gone from the werkbak").isNull();
    }

    @Test
    void whenTheCoordinationGoesToAnotherTeamTheOpenReviewGoesWithIt() {
        // A household of its own, so this test does not depend on what the other did with the Hoekstras.
        String bsn = "9" + (100_000_000L + System.nanoTime() % 800_000_000L);
        Household h = households.create(new Household(nl.toegang.core.households.HouseholdIds.next(),
                List.of(new nl.toegang.core.households.Member(bsn, "Wim Verbeek", LocalDate.of(1970, 1, 5),
                        nl.toegang.core.households.MemberRelation.MAIN_PERSON)),
                new Coordinator("sanne", "Sanne de Vries", "wmo", java.time.Instant.now()), java.time.Instant.now(), 0))
                .orElseThrow();
        String id = h.householdId();
        var put = sanne.put("/api/households/" + id + "/plan", """
            {"version": 0, "reviewDate": "%s", "goals": [{"text": "Wim woont veilig thuis", "concerns": [], "actions": []}]}
            """.formatted(LocalDate.now(PlanEndToEndTest.NL).minusDays(1)));
        assertThat(put.status()).as(put.text()).isEqualTo(200);
        String wmoReview = eventually("the Wmo team's review of " + id, () -> taskOf(sanne, id, "planEvalueren"), t -> t != null);

        // A lead of the Wmo team who also works in the youth team hands the coordination to Karim (jeugd).
        ApiClient karim = new ApiClient(platform, "karim");
        platform.context().getBean(nl.toegang.core.staff.StaffDirectory.class).record(new nl.toegang.auth.Principal(
                "karim", "Karim Haddou", java.util.Set.of(nl.toegang.auth.Principal.CASEWORKER),
                java.util.Set.of("jeugd-consulenten"), java.util.Optional.empty(), List.of(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty()));
        var claims = platform.services().identityProvider().claimsFor("fatima").subject("wendy")
                .claim("name", "Wendy Bos").claim("groups", List.of("jeugd-consulenten", "wmo-teamleiders")).build();
        ApiClient wendy = ApiClient.withClaims(platform, claims);
        var handed = wendy.post("/api/households/" + id + "/coordinator/hand-over", "{\"version\": " + h.version()
                + ", \"colleague\": \"karim\", \"reason\": \"Het gaat nu vooral om de zoon.\"}");
        assertThat(handed.status()).as(handed.text()).isEqualTo(200);
        assertThat(handed.json().get("coordinator").get("team").asText()).isEqualTo("jeugd");

        String youthReview = eventually("the youth team's review of " + id, () -> taskOf(karim, id, "planEvalueren"),
                t -> t != null);
        assertThat(youthReview).isNotEqualTo(wmoReview);
        // The engine withdrew the Wmo team's task, and the Wmo team no longer sees the household through it.
        // (The Hoekstras cannot show this: other test classes leave Wmo cases of theirs that keep Wmo in.)
        assertThat(sanne.get("/werk/taken/" + wmoReview).status()).isEqualTo(404);
        assertThat(sanne.get("/api/tasks/" + wmoReview).status()).isEqualTo(404);
        var stale = sanne.post("/api/tasks/" + wmoReview + "/claim", "");
        assertThat(stale.status()).as(stale.text()).isEqualTo(404);
        assertThat(karim.page("/werk/taken/" + youthReview)).contains("Het huishouden van deze taak", "Wim Verbeek",
                "Karim Haddou", "Wim woont veilig thuis");
    }

    private List<ApiClient.Reply> atOnce(Function<ApiClient, ApiClient.Reply> action) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<ApiClient.Reply>> replies = new ArrayList<>();
        for (ApiClient worker : List.of(sanne, daan)) {
            replies.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return action.apply(worker);
            }));
        }
        go.countDown();
        List<ApiClient.Reply> all = new ArrayList<>();
        for (var r : replies) {
            all.add(r.get());
        }
        return all;
    }

    private long views(String householdId) {
        return events.list(householdId).stream().filter(e -> e.type() == CaseEvent.Type.VIEWED).count();
    }

    private static String taskOf(ApiClient worker, String householdId, String elementId) {
        for (JsonNode t : worker.get("/api/tasks").json()) {
            if (t.get("caseId").asText().equals(householdId) && t.get("elementId").asText().equals(elementId)) {
                return t.get("taskId").asText();
            }
        }
        return null;
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
