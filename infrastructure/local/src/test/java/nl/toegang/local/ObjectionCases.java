package nl.toegang.local;

import static nl.toegang.local.ApiClient.eventually;
import static nl.toegang.local.CaseSteps.claimAndComplete;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseEventRepository;
import nl.toegang.core.cases.CaseIds;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.cases.CaseRepository;
import nl.toegang.core.cases.CaseSender;
import nl.toegang.core.cases.CaseStatus;

/** Decided cases of Jan's to object to: one decided just now over HTTP, one whose letter went out weeks ago. */
final class ObjectionCases {

    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private ObjectionCases() {}

    /** A schuldhulp request walked to its (refusing) decision letter, as RoutesEndToEndTest does. */
    static String decidedJustNow(ApiClient jan, ApiClient sem) {
        var submitted = jan.post("/api/cases", """
            {"formId": "schuldhulp-verzoek", "values": {
              "voornaam": "Jan", "achternaam": "Bakker", "bsn": "111222333", "geboortedatum": "1948-03-12",
              "adres": "Dorpsstraat 1", "postcode": "1431 AA", "woonplaats": "Aalsmeer", "telefoon": "0297123456",
              "schuldBedrag": "5000-20000", "schuldeisers": ["verhuurder"],
              "dreiging": ["huisuitzetting"], "dreigingToelichting": "De deurwaarder komt over twee weken.",
              "inkomenSoort": ["pensioen"], "inkomenPerMaand": 1400, "akkoord": true}}""", UUID.randomUUID().toString());
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
        String caseId = submitted.json().get("caseId").asText();
        String today = LocalDate.now(NL).toString();
        claimAndComplete(sem, caseId, "spoedGesprekPlannen", """
            {"maatregelen": ["verhuurder"], "maatregelenToelichting": "Verhuurder wacht.",
             "gesprekDatum": "%s", "gesprekLocatie": "Telefonisch"}""".formatted(today));
        claimAndComplete(sem, caseId, "gesprekVastleggen", """
            {"gesprekDatum": "%s", "hulpvraag": "Ik wil de huur betalen.", "gesprekVerslag": "Huurschuld 2.100 euro."}"""
                .formatted(today));
        claimAndComplete(sem, caseId, "besluitOpstellen", """
            {"besluit": "niet-toelaten", "weigerReden": "andere-hulp", "motivering": "U krijgt al hulp van de kerk."}""");
        eventually(caseId + " to close", () -> jan.get("/api/cases/" + caseId).json(),
                c -> c.get("status").asText().equals("CLOSED_REJECTED"));
        return caseId;
    }

    /**
     * A closed case of Jan's whose decision letter went out weeks ago. The platform's own clock
     * cannot be moved, so the case and its letter are stored as the worker would have stored them then.
     */
    static String decidedWeeksAgo(LocalPlatform platform, int weeks) {
        CaseRepository cases = platform.context().getBean(CaseRepository.class);
        CaseEventRepository events = platform.context().getBean(CaseEventRepository.class);
        Instant sent = Instant.now().minus(Duration.ofDays(7L * weeks)).truncatedTo(ChronoUnit.SECONDS);
        String caseId = CaseIds.derive("SHV", "jan", "fixture", UUID.randomUUID().toString());
        cases.createIfAbsent(new CaseRecord(caseId, "jan", "Jan Bakker", "schuldhulp-verzoek", 1, "schuldhulp",
                Map.of("voornaam", "Jan", "achternaam", "Bakker", "bsn", "111222333"), CaseStatus.CLOSED_REJECTED,
                sent.minus(Duration.ofDays(30)), true, null, "111222333", "Jan Bakker", CaseSender.self("jan", "Jan Bakker")));
        events.append(new CaseEvent(caseId, sent + "#" + UUID.randomUUID(), sent, CaseEvent.Type.LETTER, CaseEvent.SYSTEM, null,
                true, Map.of("template", "schuldhulp-besluit", "rechtsmiddel", "bezwaar", "nl", "Besluit over schuldhulp\n\nU krijgt geen schuldhulp.",
                        "en", "Decision on debt support\n\nYou do not get debt support.", "details", List.of())));
        return caseId;
    }
}
