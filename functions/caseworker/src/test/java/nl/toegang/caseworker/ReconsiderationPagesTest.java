package nl.toegang.caseworker;

import static nl.toegang.caseworker.DossierPagesTest.claimAndComplete;
import static nl.toegang.caseworker.DossierPagesTest.get;
import static nl.toegang.caseworker.DossierPagesTest.getJson;
import static nl.toegang.caseworker.DossierPagesTest.postJson;
import static nl.toegang.caseworker.DossierPagesTest.taskOf;
import static nl.toegang.caseworker.DossierPagesTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Wmo rejection reconsidered by the team lead before its letter, over real HTTP with the real
 * models, worker and engine: the request needs a reason, only team leads get the task, and the
 * dossier shows who asked, why, and what the team lead decided.
 */
class ReconsiderationPagesTest {

    static final String REASON = "Jan valt net buiten de regel, maar zonder vervoer komt hij de deur niet uit.";
    static final String REJECTION = """
        {"besluit": "afwijzen", "product": "vervoer", "motivering": "U kunt de regiotaxi gebruiken.",
         "heroverwegingGevraagd": true%s}""";

    @BeforeAll
    static void start() throws Exception {
        // The same platform the dossier tests run on: real models, worker, engine and DynamoDB Local.
        DossierPagesTest.start();
    }

    @AfterAll
    static void stop() {
        DossierPagesTest.stop();
    }

    @Test
    void aRejectionIsReconsideredByTheTeamLeadBeforeTheLetterAndTheDossierTellsWhoAskedWhyAndTheOutcome() throws Exception {
        String caseId = DossierPagesTest.newCase();
        claimAndComplete("sanne", caseId, "gesprekPlannen", """
            {"gesprekDatum": "2026-12-01", "gesprekLocatie": "Thuis", "clientondersteunerAanwezig": "nee"}""");
        claimAndComplete("sanne", caseId, "verslagVastleggen", """
            {"verslag": "Jan kan niet meer met de bus naar de winkel.", "maatwerkNodig": "ja"}""");
        for (int i = 0; i < 150 && !getJson("/api/case-files/" + caseId, "sanne").get("status").asText()
                .equals("AWAITING_APPLICATION"); i++) {
            Thread.sleep(200);
        }
        assertThat(postJson("/api/case-files/" + caseId + "/application", "sanne", """
            {"values": {"akkoordVerslag": "ja", "leveringsvormVoorkeur": "natura", "ondertekening": true}}""").statusCode())
                .isEqualTo(202);

        String draft = taskOf("sanne", caseId, "beschikkingOpstellen").get("taskId").asText();
        assertThat(postJson("/api/tasks/" + draft + "/claim", "sanne", "").statusCode()).isEqualTo(200);
        var withoutReason = postJson("/api/tasks/" + draft + "/complete", "sanne", "{\"values\": " + REJECTION.formatted("") + "}");
        assertThat(withoutReason.statusCode()).isEqualTo(422);
        assertThat(withoutReason.body()).contains("heroverwegingReden");
        var asked = postJson("/api/tasks/" + draft + "/complete", "sanne",
                "{\"values\": " + REJECTION.formatted(", \"heroverwegingReden\": \"" + REASON + "\"") + "}");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);

        String reconsider = taskOf("fatima", caseId, "afwijzingHeroverwegen").get("taskId").asText();
        assertThat(get("/werk/taken/" + reconsider, "sanne").statusCode()).as("a case worker who is no team lead").isEqualTo(404);
        assertThat(getJson("/api/case-files/" + caseId, "fatima").get("status").asText()).isEqualTo("RECONSIDERATION");
        assertThat(postJson("/api/tasks/" + reconsider + "/claim", "fatima", "").statusCode()).isEqualTo(200);
        String leadPage = text(get("/werk/taken/" + reconsider, "fatima").body());
        assertThat(leadPage).contains("Afwijzing heroverwegen", REASON, "U kunt de regiotaxi gebruiken.",
                "De afwijzing blijft. De brief gaat naar de inwoner.").doesNotContain("handhaven", "heroverwegingReden");

        claimAndComplete("fatima", caseId, "afwijzingHeroverwegen", """
            {"heroverwegingUitkomst": "handhaven", "heroverwegingNotitie": "De regiotaxi rijdt ook naar de winkel."}""");
        claimAndComplete("daan", caseId, "beschikkingGoedkeuren", """
            {"goedgekeurd": "ja"}""");
        for (int i = 0; i < 150 && !getJson("/api/case-files/" + caseId, "daan").get("status").asText()
                .equals("CLOSED_REJECTED"); i++) {
            Thread.sleep(200);
        }

        String dossier = text(get("/werk/zaken/" + caseId, "fatima").body());
        assertThat(dossier).contains("Ik vraag de teamleider om heroverweging", REASON,
                "De afwijzing blijft. De brief gaat naar de inwoner.", "De regiotaxi rijdt ook naar de winkel.",
                "Fatima El Amrani heeft de taak \"Afwijzing heroverwegen\" afgerond.",
                "Sanne de Vries heeft de taak \"Beschikking opstellen\" afgerond en vraagt de teamleider om de afwijzing"
                        + " te heroverwegen. Reden: " + REASON)
                .doesNotContain("handhaven", "RECONSIDERATION", "wmo-teamleiders");
    }
}
