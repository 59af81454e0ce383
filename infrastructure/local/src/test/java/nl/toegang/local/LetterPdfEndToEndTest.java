package nl.toegang.local;

import static nl.toegang.local.ApiClient.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.toegang.core.clock.PublicHolidays;
import nl.toegang.core.clock.TermCounting;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The letters a real Wmo process wrote, downloaded over HTTP as their readers do: the resident from
 * their case page and the API, the case worker from the dossier, and nobody else.
 */
class LetterPdfEndToEndTest {

    static final LocalPlatform platform = RunningPlatform.get();
    static final ApiClient jan = new ApiClient(platform, "jan");
    static final ApiClient anna = new ApiClient(platform, "anna");
    static final ApiClient sanne = new ApiClient(platform, "sanne");
    static final ApiClient daan = new ApiClient(platform, "daan");
    static final ApiClient karim = new ApiClient(platform, "karim");

    static String caseId;
    /** The decision letter's place in the case's letters, from 1 (the verslag comes first). */
    static int decision;

    @BeforeAll
    static void aDecisionLetterIsSent() {
        caseId = CaseSteps.submitMelding(jan, EndToEndTest.MELDING);
        CaseSteps.toAwaitingApproval(jan, sanne, caseId);
        CaseSteps.claimAndComplete(daan, caseId, "beschikkingGoedkeuren", "{\"goedgekeurd\": \"ja\"}");
        JsonNode letters = eventually("the decision letter of " + caseId, () -> jan.get("/api/cases/" + caseId).json().get("letters"),
                list -> list.findValuesAsText("template").contains("beschikking"));
        decision = letters.findValuesAsText("template").indexOf("beschikking") + 1;
    }

    @Test
    void theResidentDownloadsTheDecisionAsAPdfWithEverythingALetterNeeds() throws IOException {
        var download = jan.download("/api/cases/" + caseId + "/letters/" + decision, "nl");

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/pdf");
        assertThat(download.disposition()).isEqualTo("attachment; filename=\"" + caseId + "-brief-" + decision + "-beschikking.pdf\"");
        LocalDate today = LocalDate.now(TermCounting.DUTCH_TIME);
        try (PDDocument pdf = Loader.loadPDF(download.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Gemeente Voorbeeld", "Jan Bakker", "Dorpsstraat 1", "1431 AA Aalsmeer",
                    "Datum: " + inWords(today, "nl"), "Kenmerk: " + caseId, "Afzender: Team Wmo",
                    "Besluit over uw aanvraag (Wmo 2015)", "Huishoudelijke hulp", "1 januari 2027",
                    "Jan kan het huishouden niet zelf doen", "Bent u het niet eens met dit besluit?",
                    "Dat kan tot en met " + inWords(objectionEnd(today), "nl") + ".")
                    .doesNotContain("${", "huishoudelijke-hulp", "2027-01-01", "only in Dutch");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("nl");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Besluit over uw aanvraag (Wmo 2015)");
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        }
    }

    @Test
    void inEnglishTheCaseWorkersMotivationIsMarkedAsDutch() throws IOException {
        var download = jan.download("/api/cases/" + caseId + "/letters/" + decision, "en");

        try (PDDocument pdf = Loader.loadPDF(download.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Decision on your application", "Reference: " + caseId,
                    "Date: " + inWords(LocalDate.now(TermCounting.DUTCH_TIME), "en"), "Household help")
                    .containsSubsequence("This part is only in Dutch:", "Jan kan het huishouden niet zelf doen");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
        }
    }

    @Test
    void theCasePageLinksEveryLetterToItsPdf() throws IOException {
        String page = jan.page("/mijn-aanvragen/" + caseId);
        String link = "/mijn-aanvragen/" + caseId + "/brieven/" + decision;
        assertThat(page).contains("href=\"" + link + "\"", "Download deze brief (pdf)");

        var download = jan.download(link, "nl");
        assertThat(download.status()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(download.body())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Besluit over uw aanvraag", caseId);
        }
    }

    @Test
    void theCaseWorkerDownloadsTheLetterInDutchOrEnglishAndTheDownloadIsInTheHistory() throws IOException {
        String dossier = sanne.page("/werk/zaken/" + caseId);
        assertThat(dossier).contains("href=\"/werk/zaken/" + caseId + "/brieven/" + decision + "\"",
                "href=\"/werk/zaken/" + caseId + "/brieven/" + decision + "?taal=en\"");

        var dutch = sanne.download("/werk/zaken/" + caseId + "/brieven/" + decision, "nl");
        var english = sanne.download("/api/case-files/" + caseId + "/letters/" + decision + "?language=en", "nl");

        assertThat(dutch.status()).isEqualTo(200);
        assertThat(english.status()).isEqualTo(200);
        try (PDDocument nl = Loader.loadPDF(dutch.body()); PDDocument en = Loader.loadPDF(english.body())) {
            assertThat(new PDFTextStripper().getText(nl)).contains("Besluit over uw aanvraag", "Kenmerk: " + caseId);
            assertThat(new PDFTextStripper().getText(en)).contains("Decision on your application", "Reference: " + caseId);
        }
        jan.download("/api/cases/" + caseId + "/letters/" + decision, "nl");
        assertThat(sanne.page("/werk/zaken/" + caseId)).contains("gedownload")
                .containsPattern("Jan Bakker heeft de brief .{1,6}Brief met de beschikking.{1,6} gedownload");
    }

    @Test
    void someoneElseGetsNothing() {
        String api = "/api/cases/" + caseId + "/letters/" + decision;
        assertThat(anna.download(api, "nl").status()).isEqualTo(404);
        assertThat(anna.download("/mijn-aanvragen/" + caseId + "/brieven/" + decision, "nl").status()).isEqualTo(404);
        assertThat(karim.download("/api/case-files/" + caseId + "/letters/" + decision, "nl").status()).isEqualTo(404);
        assertThat(jan.download("/api/case-files/" + caseId + "/letters/" + decision, "nl").status()).isEqualTo(403);
        assertThat(jan.download("/api/cases/" + caseId + "/letters/99", "nl").status()).isEqualTo(404);
        assertThat(jan.download("/api/cases/" + caseId + "/letters/nul", "nl").status()).isEqualTo(404);
    }

    private static LocalDate objectionEnd(LocalDate sent) {
        return new TermCounting(PublicHolidays.withUsualEquatedDays(sent.getYear(), sent.getYear() + 1))
                .end(sent, Period.ofWeeks(6));
    }

    private static String inWords(LocalDate day, String language) {
        return DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.forLanguageTag(language)).format(day);
    }
}
