package nl.toegang.local;

import static nl.toegang.local.ApiClient.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Hoekstra household over real HTTP: Ronald asks for Wmo support, Mirjam for debt help; a Wmo
 * worker starts the household from Ronald's case (two workers at once make one), sees Mirjam's case
 * too, takes on and hands over the coordination; each parent sees the household but not the other's case.
 */
class HouseholdEndToEndTest {

    @BeforeAll
    static void theFamilyAsTheRegistryKnowsIt() {
        HouseholdFixture.forgetHoekstra(RunningPlatform.get());
    }

    static final String RONALD_WMO = """
        {"formId": "wmo-melding", "values": {
          "voornaam": "Ronald", "achternaam": "Hoekstra", "bsn": "999992016", "geboortedatum": "1982-06-21",
          "adres": "Lindelaan 12", "postcode": "1431 AB", "woonplaats": "Aalsmeer", "telefoon": "0297123456",
          "namens": "zelf", "hulpvragen": ["huishouden"], "situatie": "Na mijn ongeluk kan ik het huis niet schoonhouden.",
          "spoed": "nee", "clientondersteuning": "nee", "akkoord": true}}
        """;

    static final String MIRJAM_SCHULDHULP = """
        {"formId": "schuldhulp-verzoek", "values": {
          "voornaam": "Mirjam", "achternaam": "Hoekstra", "bsn": "999992004", "geboortedatum": "1985-02-09",
          "adres": "Lindelaan 12", "postcode": "1431 AB", "woonplaats": "Aalsmeer", "telefoon": "0297123456",
          "schuldBedrag": "5000-20000", "schuldeisers": ["energie"], "akkoord": true}}
        """;

    final LocalPlatform platform = RunningPlatform.get();
    final ApiClient ronald = new ApiClient(platform, "ronald");
    final ApiClient mirjam = new ApiClient(platform, "mirjam");
    final ApiClient sanne = new ApiClient(platform, "sanne");
    final ApiClient daan = new ApiClient(platform, "daan");

    @Test
    void theHoekstraHouseholdHoldsBothCasesAndEachParentSeesOnlyTheirOwn() throws Exception {
        String ronaldsCase = send(ronald, RONALD_WMO);
        String mirjamsCase = send(mirjam, MIRJAM_SCHULDHULP);
        eventually("Ronald's case in the Wmo werkbak", () -> sanne.get("/api/case-files/" + ronaldsCase).status(),
                s -> s == 200);
        eventually("Ronald's case in the Wmo werkbak for daan", () -> daan.get("/api/case-files/" + ronaldsCase).status(),
                s -> s == 200);

        // Other tests on this platform may have started the Hoekstra household already.
        boolean fresh = mirjam.get("/api/my-household").status() == 404;
        // Two workers press "Huishouden starten" at the same moment: one household.
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<ApiClient.Reply>> starts = new ArrayList<>();
        for (ApiClient worker : List.of(sanne, daan)) {
            starts.add(CompletableFuture.supplyAsync(() -> {
                await(go);
                return worker.post("/api/case-files/" + ronaldsCase + "/household", "");
            }));
        }
        go.countDown();
        ApiClient.Reply first = starts.get(0).get();
        ApiClient.Reply second = starts.get(1).get();
        assertThat(List.of(first.status(), second.status())).as(first.text() + second.text())
                .containsExactlyInAnyOrderElementsOf(fresh ? List.of(201, 200) : List.of(200, 200));
        String id = first.json().get("householdId").asText();
        assertThat(second.json().get("householdId").asText()).isEqualTo(id);

        JsonNode household = sanne.get("/api/households/" + id).json();
        assertThat(household.get("members")).extracting(m -> m.get("name").asText() + "/" + m.get("relation").asText())
                .containsExactlyInAnyOrder("Ronald Hoekstra/MAIN_PERSON", "Mirjam Hoekstra/PARTNER", "Sven Hoekstra/CHILD");
        assertThat(household.get("cases")).extracting(c -> c.get("caseId").asText()).contains(ronaldsCase, mirjamsCase);
        JsonNode mirjams = caseIn(household, mirjamsCase);
        assertThat(mirjams.get("lawText").asText()).isEqualTo("Schuldhulp");
        assertThat(mirjams.get("statusText").asText()).isNotBlank().doesNotContain("_");
        // A start from the case file a second time links to the same household.
        assertThat(sanne.post("/api/case-files/" + ronaldsCase + "/household", "").json().get("householdId").asText())
                .isEqualTo(id);

        // Mirjam sees her household and her own case, not Ronald's Wmo case (no consent); and the other way round.
        JsonNode mine = mirjam.get("/api/my-household").json();
        assertThat(mine.get("members")).hasSize(3);
        assertThat(mine.get("cases")).extracting(c -> c.get("caseId").asText()).contains(mirjamsCase).doesNotContain(ronaldsCase);
        JsonNode his = ronald.get("/api/my-household").json();
        assertThat(his.get("cases")).extracting(c -> c.get("caseId").asText()).contains(ronaldsCase).doesNotContain(mirjamsCase);
        assertThat(new ApiClient(platform, "jan").get("/api/my-household").status()).isEqualTo(404);

        // Sanne takes on the coordination (another test may have given it to her already), then hands it to Daan.
        long version = household.get("version").asLong();
        ApiClient.Reply taken = household.get("coordinator").isNull()
                ? sanne.post("/api/households/" + id + "/coordinator", "{\"version\": " + version + "}")
                : new ApiClient.Reply(200, household, "");
        assertThat(taken.status()).as(taken.text()).isEqualTo(200);
        assertThat(taken.json().get("coordinator").get("name").asText()).isEqualTo("Sanne de Vries");
        // Taking over from a colleague is a hand-over, not "Ik word regisseur".
        ApiClient.Reply grab = daan.post("/api/households/" + id + "/coordinator",
                "{\"version\": " + taken.json().get("version").asLong() + "}");
        assertThat(grab.status()).isEqualTo(409);
        assertThat(grab.text()).contains("Sanne de Vries is al regisseur");
        ApiClient.Reply noReason = sanne.post("/api/households/" + id + "/coordinator/hand-over",
                "{\"version\": " + taken.json().get("version").asLong() + ", \"colleague\": \"daan\"}");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.text()).contains("reden");
        ApiClient.Reply handed = sanne.post("/api/households/" + id + "/coordinator/hand-over",
                "{\"version\": " + taken.json().get("version").asLong()
                        + ", \"colleague\": \"daan\", \"reason\": \"Daan kent het gezin al.\"}");
        assertThat(handed.status()).as(handed.text()).isEqualTo(200);
        assertThat(handed.json().get("coordinator").get("name").asText()).isEqualTo("Daan Jansen");
        assertThat(handed.json().get("history")).extracting(h -> h.get("text").asText())
                .anyMatch(t -> t.contains("Sanne de Vries") && t.contains("Daan Jansen") && t.contains("Daan kent het gezin al."));
        assertThat(mirjam.get("/api/my-household").json().get("coordinator").asText()).isEqualTo("Daan Jansen");

        // A change based on the version before the hand-over is refused and loses nothing.
        ApiClient.Reply stale = daan.post("/api/households/" + id + "/members/999992028",
                "{\"version\": " + version + ", \"relation\": \"OTHER\"}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.text()).contains("Iemand anders heeft dit huishouden net gewijzigd");
        JsonNode after = daan.get("/api/households/" + id).json();
        assertThat(after.get("coordinator").get("name").asText()).isEqualTo("Daan Jansen");
        assertThat(after.get("members")).extracting(m -> m.get("relation").asText()).contains("CHILD");
        assertThat(after.get("history")).extracting(h -> h.get("type").asText()).contains("VIEWED", "HOUSEHOLD_STARTED",
                "HOUSEHOLD_COORDINATOR_TAKEN", "HOUSEHOLD_COORDINATOR_HANDED_OVER");
    }

    static final String KEES_SCHULDHULP = """
        {"formId": "schuldhulp-verzoek", "values": {
          "voornaam": "Kees", "achternaam": "Vermeulen", "bsn": "999991103", "geboortedatum": "1966-04-17",
          "adres": "Stommeerweg 5", "postcode": "1431 EW", "woonplaats": "Aalsmeer", "telefoon": "0297123456",
          "schuldBedrag": "1000-5000", "akkoord": true}}
        """;

    @Test
    void theCoordinatorAddsChangesAndRemovesMembersAndEachChangeIsInTheHistory() {
        ApiClient kees = new ApiClient(platform, "kees");
        ApiClient sem = new ApiClient(platform, "sem");
        String caseId = send(kees, KEES_SCHULDHULP);
        eventually("Kees's case for the debt team", () -> sem.get("/api/case-files/" + caseId).status(), s -> s == 200);
        JsonNode h = sem.post("/api/case-files/" + caseId + "/household", "").json();
        String id = h.get("householdId").asText();
        // The registry knows Kees lives alone.
        assertThat(h.get("members")).extracting(m -> m.get("name").asText()).containsExactly("Kees Vermeulen");
        long v = sem.post("/api/households/" + id + "/coordinator", "{\"version\": " + h.get("version").asLong() + "}")
                .json().get("version").asLong();

        ApiClient.Reply wrong = sem.post("/api/households/" + id + "/members",
                "{\"version\": " + v + ", \"bsn\": \"123\", \"relation\": \"nephew\"}");
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.json().get("errors")).extracting(e -> e.get("field").asText()).contains("bsn", "naam", "relatie");

        JsonNode added = sem.post("/api/households/" + id + "/members", "{\"version\": " + v
                + ", \"bsn\": \"999994001\", \"name\": \"Joke Vermeulen\", \"relation\": \"OTHER\", \"birthDate\": \"1970-01-20\"}").json();
        assertThat(added.get("members")).extracting(m -> m.get("name").asText()).contains("Joke Vermeulen");
        JsonNode changed = sem.post("/api/households/" + id + "/members/999994001",
                "{\"version\": " + added.get("version").asLong() + ", \"relation\": \"PARTNER\"}").json();
        assertThat(changed.get("members")).extracting(m -> m.get("relation").asText()).contains("PARTNER");

        // The page refuses a change based on the page before and says why, in words.
        ApiClient.Reply stalePage = sem.postForm("/werk/huishoudens/" + id + "/leden/999994001/verwijderen",
                "versie=" + added.get("version").asLong());
        assertThat(stalePage.status()).isEqualTo(409);
        assertThat(stalePage.text()).contains("Iemand anders heeft dit huishouden net gewijzigd", "Joke Vermeulen");

        JsonNode removed = sem.post("/api/households/" + id + "/members/999994001/remove",
                "{\"version\": " + changed.get("version").asLong() + "}").json();
        assertThat(removed.get("members")).extracting(m -> m.get("name").asText()).containsExactly("Kees Vermeulen");
        assertThat(removed.get("history")).extracting(e -> e.get("text").asText())
                .contains("Sem Peters heeft Joke Vermeulen toegevoegd (Ander familielid of huisgenoot).",
                        "Sem Peters heeft de relatie van Joke Vermeulen gewijzigd van Ander familielid of huisgenoot in Partner.",
                        "Sem Peters heeft Joke Vermeulen uit het huishouden gehaald.");
        // A worker of a team with nothing on the household does not find it.
        assertThat(new ApiClient(platform, "karim").get("/api/households/" + id).status()).isEqualTo(404);
    }

    static String send(ApiClient resident, String body) {
        ApiClient.Reply sent = resident.post("/api/cases", body, UUID.randomUUID().toString());
        assertThat(sent.status()).as(sent.text()).isEqualTo(201);
        return sent.json().get("caseId").asText();
    }

    static JsonNode caseIn(JsonNode household, String caseId) {
        for (JsonNode c : household.get("cases")) {
            if (c.get("caseId").asText().equals(caseId)) {
                return c;
            }
        }
        throw new AssertionError("no case " + caseId);
    }

    private static void await(CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
