package nl.toegang.local;

import static nl.toegang.local.ApiClient.eventually;
import static nl.toegang.local.CaseSteps.toAwaitingApplication;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.toegang.core.clock.PenaltyForLateDecision;
import nl.toegang.core.clock.PlatformClock;
import org.junit.jupiter.api.Test;

/**
 * Over real HTTP: a resident sends documents with the case (a program named .pdf is refused, the PDF
 * kept), a case worker opens them; the decision term passes, the resident gives notice of default,
 * the team lead gets a task, and fourteen days later the case shows the penalty to both.
 */
class DocumentsAndDefaultNoticeEndToEndTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0};
    static final HttpClient HTTP = HttpClient.newHttpClient();

    final LocalPlatform platform = RunningPlatform.get();
    final ApiClient jan = new ApiClient(platform, "jan");
    final ApiClient sanne = new ApiClient(platform, "sanne");
    final ApiClient fatima = new ApiClient(platform, "fatima");

    @Test
    void documentsAreCheckedByWhatTheyAreAndTheCaseWorkerOpensThem() throws Exception {
        String caseId = CaseSteps.submitMelding(jan, EndToEndTest.MELDING);
        eventually("a task on " + caseId, () -> sanne.get("/api/tasks").json().findValuesAsText("caseId"), ids -> ids.contains(caseId));

        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("huisarts.pdf", PDF);
        files.put("factuur.pdf", EXE);
        HttpResponse<String> sent = upload("jan", "/api/cases/" + caseId + "/documents", files);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(422);
        assertThat(sent.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        JsonNode problem = ApiClient.JSON.readTree(sent.body());
        assertThat(problem.get("errors").findValuesAsText("field")).containsExactly("bestanden");
        assertThat(problem.get("errors").findValuesAsText("detail")).singleElement().asString().startsWith("factuur.pdf:");

        JsonNode kept = jan.get("/api/cases/" + caseId + "/documents").json();
        assertThat(kept.findValuesAsText("fileName")).containsExactly("huisarts.pdf");
        String documentId = kept.get(0).get("documentId").asText();

        HttpResponse<byte[]> opened = HTTP.send(HttpRequest.newBuilder(URI.create(platform.url()
                        + "/api/case-files/" + caseId + "/documents/" + documentId))
                .header("Authorization", "Bearer " + token("sanne")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.body()).isEqualTo(PDF);
        assertThat(opened.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(opened.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", "huisarts.pdf");
        assertThat(sanne.page("/werk/zaken/" + caseId)).contains("Documenten van de inwoner", "huisarts.pdf",
                "/werk/zaken/" + caseId + "/documenten/" + documentId);
        assertThat(new ApiClient(platform, "anna").get("/api/cases/" + caseId + "/documents/" + documentId).status())
                .isEqualTo(404);

        // A 3 MB scan passes the upload route; the same body on any other route is too large.
        byte[] scan = Arrays.copyOf(PDF, 3 * 1024 * 1024);
        assertThat(upload("jan", "/api/cases/" + caseId + "/documents", Map.of("scan.pdf", scan)).statusCode()).isEqualTo(201);
        assertThat(upload("jan", "/api/cases", Map.of("scan.pdf", scan)).statusCode()).isEqualTo(413);
    }

    @Test
    void afterTheTermTheResidentGivesNoticeAndTwoWeeksLaterThePenaltyRuns() {
        String caseId = CaseSteps.submitMelding(jan, EndToEndTest.MELDING);
        toAwaitingApplication(jan, sanne, caseId);
        var applied = jan.post("/api/cases/" + caseId + "/application", """
            {"values": {"akkoordVerslag": "ja", "leveringsvormVoorkeur": "natura", "ondertekening": true}}""");
        assertThat(applied.status()).as(applied.text()).isEqualTo(202);
        JsonNode state = eventually("the decision term of " + caseId, () -> jan.get("/api/cases/" + caseId + "/default-notice"),
                r -> r.status() == 200).json();
        assertThat(state.get("termPassed").asBoolean()).isFalse();
        assertThat(jan.post("/api/cases/" + caseId + "/default-notice", "").status()).isEqualTo(409);

        PlatformClock clock = platform.context().getBean(PlatformClock.class);
        LocalDate deadline = LocalDate.parse(state.get("deadline").asText());
        Duration moved = Duration.ofDays(ChronoUnit.DAYS.between(clock.today(), deadline) + 1);
        clock.advance(moved);
        try {
            String page = jan.page("/mijn-aanvragen/" + caseId);
            assertThat(page).contains("Wij hebben niet op tijd beslist", "Ingebrekestelling sturen", "€ 1.442")
                    .doesNotContain(deadline.toString());
            var confirmed = jan.postForm("/mijn-aanvragen/" + caseId + "/ingebrekestelling", "bevestigd=ja");
            jan.postForm("/mijn-aanvragen/" + caseId + "/ingebrekestelling", "bevestigd=ja"); // a double click
            assertThat(confirmed.status()).isEqualTo(303);
            JsonNode given = jan.get("/api/cases/" + caseId + "/default-notice").json();
            LocalDate received = LocalDate.parse(given.get("noticeReceived").asText());
            assertThat(received).isEqualTo(clock.today());
            assertThat(given.get("penaltyDays").asInt()).isZero();
            assertThat(jan.get("/api/cases/" + caseId).json().get("history").findValuesAsText("type"))
                    .containsOnlyOnce("DEFAULT_NOTICE_RECEIVED");

            eventually("the team lead's task", () -> fatima.get("/api/tasks").text(),
                    t -> t.contains("\"caseId\":\"" + caseId + "\",\"elementId\":\"ingebrekestellingBehandelen\""));

            clock.advance(Duration.ofDays(14));
            moved = moved.plusDays(14);
            PenaltyForLateDecision law = new PenaltyForLateDecision(deadline, received);
            int days = law.days(clock.today(), null);
            JsonNode running = jan.get("/api/cases/" + caseId + "/default-notice").json();
            assertThat(running.get("penaltyDays").asInt()).isEqualTo(days).isEqualTo(1);
            assertThat(running.get("penaltyEuros").asInt()).isEqualTo(PenaltyForLateDecision.euros(days));
            assertThat(jan.page("/mijn-aanvragen/" + caseId)).contains("De dwangsom loopt sinds", "€ "
                    + PenaltyForLateDecision.euros(days));
            assertThat(sanne.page("/werk/zaken/" + caseId)).contains("Niet op tijd beslist (Awb 4:17)", "Dwangsom sinds");
        } finally {
            clock.advance(moved.negated());
        }
    }

    private String token(String persona) {
        return platform.services().identityProvider().tokenFor(persona);
    }

    private HttpResponse<String> upload(String persona, String path, Map<String, byte[]> files) throws IOException, InterruptedException {
        String boundary = "----toegang" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var file : files.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"bestanden\"; filename=\"" + file.getKey()
                    + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(file.getValue());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(platform.url() + path))
                .header("Authorization", "Bearer " + token(persona))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }
}
