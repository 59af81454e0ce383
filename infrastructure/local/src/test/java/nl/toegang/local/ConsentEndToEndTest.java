package nl.toegang.local;

import static nl.toegang.local.HouseholdFixture.MIRJAM;
import static nl.toegang.local.HouseholdFixture.RONALD;
import static nl.toegang.local.HouseholdFixture.SVEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseEventRepository;
import nl.toegang.core.households.Household;
import nl.toegang.core.households.HouseholdAccess.ResidentHousehold;
import nl.toegang.core.households.HouseholdPrivacy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Consent inside a household and the safety override, over real HTTP: Ronald shares his part with
 * the household and Mirjam may see it until he revokes it; a case worker shares without consent,
 * a team lead sees it and marks it seen, and the member learns of it unless that endangers someone.
 */
class ConsentEndToEndTest {

    @BeforeAll
    static void theFamilyAsTheRegistryKnowsIt() {
        HouseholdFixture.forgetHoekstra(RunningPlatform.get());
    }

    static final LocalPlatform platform = RunningPlatform.get();
    static final ApiClient ronald = new ApiClient(platform, "ronald");
    static final ApiClient mirjam = new ApiClient(platform, "mirjam");
    static final ApiClient sanne = new ApiClient(platform, "sanne");
    static final ApiClient fatima = new ApiClient(platform, "fatima");
    static final ApiClient karim = new ApiClient(platform, "karim");
    static final ApiClient jan = new ApiClient(platform, "jan");

    final Household household = HouseholdFixture.hoekstra(platform);
    final HouseholdPrivacy privacy = platform.context().getBean(HouseholdPrivacy.class);
    final CaseEventRepository events = platform.context().getBean(CaseEventRepository.class);

    boolean mirjamMaySeeRonaldsPart() {
        return privacy.mayShow(new ResidentHousehold(household, Set.of(MIRJAM, SVEN)), Set.of(RONALD));
    }

    /** What a reader sees: the page without its tags (option values are not shown). */
    static String visibleText(String html) {
        return html.replaceAll("<[^>]*>", " ");
    }

    static String consent(String member, String scope, String until) {
        return """
            {"member": "%s", "scope": "%s", "purpose": "Zodat Mirjam het plan voor mij kan lezen.", "until": "%s"}"""
                .formatted(member, scope, until);
    }

    @Test
    void ronaldSharesHisPartWithTheHouseholdAndMirjamSeesItUntilHeRevokes() {
        assertThat(mirjamMaySeeRonaldsPart()).as("before consent").isFalse();
        String key = UUID.randomUUID().toString();
        String body = consent(RONALD, "HOUSEHOLD_MEMBERS", LocalDate.now().plusMonths(3).toString());

        ApiClient.Reply first = ronald.post("/api/my-household/consents", body, key);
        ApiClient.Reply second = ronald.post("/api/my-household/consents", body, key);

        assertThat(first.status()).as(first.text()).isEqualTo(201);
        String consentId = first.json().get("consentId").asText();
        assertThat(second.json().get("consentId").asText()).as("a double click stores one").isEqualTo(consentId);
        JsonNode list = ronald.get("/api/my-household/consents").json();
        assertThat(list.get("consents").findValuesAsText("consentId").stream().filter(consentId::equals)).hasSize(1);
        assertThat(mirjamMaySeeRonaldsPart()).as("with consent").isTrue();
        assertThat(visibleText(ronald.page("/mijn-huishouden/toestemming"))).contains("Zodat Mirjam het plan voor mij kan lezen.")
                .contains("De andere leden van het huishouden").doesNotContain(RONALD).doesNotContain("HOUSEHOLD_MEMBERS");
        assertThat(mirjam.get("/api/my-household/consents").json().get("consents").findValuesAsText("consentId"))
                .as("Mirjam does not manage Ronald's consents").doesNotContain(consentId);
        assertThat(mirjam.post("/api/my-household/consents/" + consentId + "/revoke", "{}").status()).isEqualTo(404);

        assertThat(ronald.delete("/api/my-household/consents/" + consentId).json().get("holds").asBoolean()).isFalse();
        assertThat(ronald.post("/api/my-household/consents/" + consentId + "/revoke", "{}").status()).isEqualTo(200);

        assertThat(mirjamMaySeeRonaldsPart()).as("after revoking").isFalse();
        List<CaseEvent> history = events.list(household.householdId());
        assertThat(history.stream().filter(e -> e.type() == CaseEvent.Type.CONSENT_GIVEN && consentId.equals(e.text("consentId"))))
                .hasSize(1);
        assertThat(history.stream().filter(e -> e.type() == CaseEvent.Type.CONSENT_REVOKED && consentId.equals(e.text("consentId"))))
                .as("revoking twice is one line").hasSize(1);
    }

    @Test
    void aParentGivesConsentForTheirChildAndBadInputNamesTheField() {
        ApiClient.Reply given = mirjam.post("/api/my-household/consents",
                consent(SVEN, "PROFESSIONALS", LocalDate.now().plusMonths(6).toString()), UUID.randomUUID().toString());
        assertThat(given.status()).as(given.text()).isEqualTo(201);
        assertThat(given.json().get("memberName").asText()).isEqualTo("Sven Hoekstra");

        ApiClient.Reply refused = mirjam.postInEnglish("/api/my-household/consents",
                consent(RONALD, "EVERYONE", LocalDate.now().plusYears(2).toString()));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactly("member", "scope", "until");
        assertThat(refused.json().get("errors").findValuesAsText("detail"))
                .contains("Choose who the consent is about.", "Choose a day within 12 months. After that we ask you again.");

        ApiClient.Reply page = mirjam.postForm("/mijn-huishouden/toestemming", "member=" + SVEN + "&scope=PROFESSIONALS&purpose=&until=");
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.text()).contains("Schrijf op waarvoor u toestemming geeft.")
                .contains("Vul in tot wanneer de toestemming geldt.").contains("href=\"#field-purpose\"");
        assertThat(jan.get("/api/my-household/consents").status()).as("someone in no household").isEqualTo(404);
    }

    @Test
    void aSafetyOverrideIsSeenByATeamLeadAndToldToTheMemberUnlessThatEndangersThem() {
        String told = "Sven is niet veilig thuis. Wij overleggen met Veilig Thuis " + UUID.randomUUID();
        String hidden = "Ronald mag niet weten dat wij met de politie praten " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String toldBody = """
            {"member": "%s", "scope": "PROFESSIONALS", "reason": "%s"}""".formatted(SVEN, told);

        ApiClient.Reply recorded = sanne.post("/api/households/" + household.householdId() + "/overrides", toldBody, key);
        sanne.post("/api/households/" + household.householdId() + "/overrides", toldBody, key);
        ApiClient.Reply missing = sanne.post("/api/households/" + household.householdId() + "/overrides", """
            {"member": "%s", "scope": "PROFESSIONALS", "reason": "%s", "hiddenFromMember": true}""".formatted(RONALD, hidden));
        ApiClient.Reply hiddenOne = sanne.post("/api/households/" + household.householdId() + "/overrides", """
            {"member": "%s", "scope": "PROFESSIONALS", "reason": "%s", "hiddenFromMember": true,
             "hiddenReason": "Hij is boos en dreigt."}""".formatted(RONALD, hidden), UUID.randomUUID().toString());

        assertThat(recorded.status()).as(recorded.text()).isEqualTo(201);
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().get("errors").findValuesAsText("field")).containsExactly("hiddenReason");
        assertThat(hiddenOne.status()).isEqualTo(201);
        String overrideId = recorded.json().get("overrideId").asText();
        List<String> reasons = new ArrayList<>();
        sanne.get("/api/households/" + household.householdId() + "/overrides").json().forEach(o -> reasons.add(o.get("reason").asText()));
        assertThat(reasons.stream().filter(told::equals)).as("a double click records one").hasSize(1);
        assertThat(karim.get("/api/households/" + household.householdId() + "/overrides").status())
                .as("a team without work in the household").isEqualTo(404);

        List<String> leadSees = fatima.get("/api/safety-overrides").json().findValuesAsText("reason");
        assertThat(leadSees).contains(told, hidden);
        assertThat(fatima.page("/werk/start")).contains("Doorbroken toestemming").contains(told);
        assertThat(sanne.get("/api/safety-overrides").json()).as("not a team lead").isEmpty();
        ApiClient.Reply seen = fatima.post("/api/households/" + household.householdId() + "/overrides/" + overrideId + "/seen", "{}");
        assertThat(seen.json().get("seenBy").asText()).isEqualTo("Fatima El Amrani");

        JsonNode mirjamSees = mirjam.get("/api/my-household/consents").json().get("sharedWithoutConsent");
        assertThat(mirjamSees.findValuesAsText("reason")).contains(told).doesNotContain(hidden);
        assertThat(mirjam.page("/mijn-huishouden/toestemming")).contains(told).contains("Wmo").doesNotContain(hidden);
        assertThat(ronald.get("/api/my-household/consents").json().get("sharedWithoutConsent").findValuesAsText("reason"))
                .as("hidden from the member himself").doesNotContain(hidden);
        assertThat(privacy.mayShareWithProfessionals(household, SVEN)).isTrue();
        assertThat(events.list(household.householdId()).stream()
                .filter(e -> e.type() == CaseEvent.Type.SAFETY_OVERRIDE && overrideId.equals(e.text("overrideId")))).hasSize(1);
    }
}
