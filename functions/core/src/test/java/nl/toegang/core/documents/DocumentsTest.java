package nl.toegang.core.documents;

import static nl.toegang.core.CoreTestEnvironment.bean;
import static nl.toegang.core.CoreTestEnvironment.caseWorker;
import static nl.toegang.core.CoreTestEnvironment.resident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseEventRepository;
import nl.toegang.core.cases.CaseIds;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.cases.CaseRepository;
import nl.toegang.core.cases.CaseStatus;
import nl.toegang.core.tasks.TaskRepository;
import nl.toegang.core.tasks.UserTaskRecord;
import nl.toegang.core.web.MultipartBody;
import nl.toegang.core.web.ProblemException;
import nl.toegang.core.web.Texts;
import nl.toegang.forms.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against the S3 server in the JVM and DynamoDB Local: what a resident sends is what a case worker opens. */
class DocumentsTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};

    final Documents documents = bean(Documents.class);
    final DocumentSettings settings = bean(DocumentSettings.class);
    final Principal jan = resident("jan-" + UUID.randomUUID());
    final Principal sanne = caseWorker("sanne", "wmo-consulenten");
    String caseId;

    @BeforeEach
    void caseWithATask() {
        caseId = CaseIds.derive("WMO", jan.subject(), "wmo-melding", UUID.randomUUID().toString());
        bean(CaseRepository.class).createIfAbsent(new CaseRecord(caseId, jan.subject(), jan.name(), "wmo-melding", 1, "wmo",
                Map.of(), CaseStatus.INVESTIGATION, Instant.now(), true, null, null, null, null));
        bean(TaskRepository.class).insertIfAbsent(UserTaskRecord.projected("doc-" + UUID.randomUUID(), caseId, 1L,
                "onderzoek", "Onderzoek", "onderzoek", "onderzoek", "wmo-consulenten", null, Instant.now(), Map.of(), Map.of(), "Jan", false));
    }

    static MultipartBody.File file(String name, byte[] content) {
        return new MultipartBody.File("bestanden", name, "application/pdf", content);
    }

    @Test
    void aCaseWorkerOpensExactlyWhatTheResidentSentAndTheHistorySaysSo() {
        var upload = documents.store(jan, caseId, "verzoek-1", List.of(file("indicatie.pdf", PDF), file("foto", PNG)));

        assertThat(upload.allAccepted()).isTrue();
        assertThat(upload.accepted()).extracting(Document::fileName).containsExactly("indicatie.pdf", "foto.png");
        assertThat(upload.accepted()).extracting(Document::contentType).containsExactly("application/pdf", "image/png");
        Document pdf = upload.accepted().get(0);

        var opened = documents.forWorker(sanne, caseId, pdf.documentId());
        assertThat(opened.content()).isEqualTo(PDF);
        assertThat(opened.document().size()).isEqualTo(PDF.length);
        assertThat(bean(CaseEventRepository.class).list(caseId))
                .filteredOn(e -> e.type() == CaseEvent.Type.VIEWED)
                .extracting(e -> e.text("document")).containsExactly("indicatie.pdf");
        assertThat(documents.forResident(jan, caseId, pdf.documentId()).content()).isEqualTo(PDF);
        assertThat(documents.list(caseId, "verzoek-1")).hasSize(2);
    }

    @Test
    void aProgramNamedPdfIsRefusedByWhatItIsAndTheOthersAreKept() {
        var upload = documents.store(jan, caseId, Documents.CASE, List.of(file("brief.pdf", PDF), file("factuur.pdf", EXE)));

        assertThat(upload.accepted()).extracting(Document::fileName).containsExactly("brief.pdf");
        ProblemException problem = upload.problem();
        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.errors(Texts.of(Language.NL))).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("bestanden");
            assertThat(e.detail()).isEqualTo("factuur.pdf: dit soort bestand kunnen wij niet openen. Stuur een PDF, JPG of PNG.");
        });
        assertThat(problem.detail(Texts.of(Language.EN))).startsWith("We kept 1 file(s).");
        assertThat(documents.list(caseId)).extracting(Document::fileName).containsExactly("brief.pdf");
    }

    @Test
    void aFileAboveTheLimitAnEmptyFileAndOneTooManyAreRefusedWithTheirReason() {
        byte[] large = Arrays.copyOf(PDF, (int) settings.getMaxFileBytes() + 1);
        List<MultipartBody.File> files = new ArrayList<>(List.of(file("groot.pdf", large), file("leeg.pdf", new byte[0])));
        for (int i = 0; i <= settings.getMaxFiles(); i++) {
            files.add(file("bijlage-" + i + ".pdf", (new String(PDF, StandardCharsets.ISO_8859_1) + i).getBytes(StandardCharsets.ISO_8859_1)));
        }

        var upload = documents.store(jan, caseId, "verzoek-2", files);

        assertThat(upload.accepted()).hasSize(settings.getMaxFiles());
        assertThat(upload.refused().get("bestanden")).extracting(w -> w.in(Texts.of(Language.NL))).containsExactly(
                "groot.pdf: dit bestand is te groot. Een bestand mag niet groter zijn dan 4 MB.",
                "leeg.pdf: dit bestand is leeg. Kies een ander bestand.",
                "bijlage-" + settings.getMaxFiles() + ".pdf: u kunt niet meer dan " + settings.getMaxFiles() + " bestanden sturen.");
        // The limits hold per answer: another request's answer starts empty.
        assertThat(documents.store(jan, caseId, "verzoek-3", List.of(file("a.pdf", PDF))).allAccepted()).isTrue();
    }

    @Test
    void theFilesOfOneAnswerTogetherStayBelowTheTotal() {
        int size = (int) settings.getMaxFileBytes() - 10;
        long fits = settings.getMaxTotalBytes() / size;
        List<MultipartBody.File> files = new ArrayList<>();
        for (int i = 0; i <= fits; i++) {
            byte[] content = Arrays.copyOf(PDF, size);
            content[size - 1] = (byte) i;
            files.add(file("scan-" + i + ".pdf", content));
        }

        var upload = documents.store(jan, caseId, "verzoek-4", files);

        assertThat(upload.accepted()).hasSize((int) fits);
        assertThat(upload.refused().get("bestanden")).extracting(w -> w.in(Texts.of(Language.EN)))
                .containsExactly("scan-" + fits + ".pdf: the files are too large together. Together they may be at most 12 MB.");
    }

    @Test
    void onlyTheResidentAndTheWorkersOfTheCaseOpenADocument() {
        Document d = documents.store(jan, caseId, Documents.CASE, List.of(file("a.pdf", PDF))).accepted().get(0);

        assertThatThrownBy(() -> documents.forResident(resident("anna-" + UUID.randomUUID()), caseId, d.documentId()))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(404));
        assertThatThrownBy(() -> documents.forWorker(caseWorker("karim", "jeugd-consulenten"), caseId, d.documentId()))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(404));
        assertThatThrownBy(() -> documents.store(resident("anna-" + UUID.randomUUID()), caseId, Documents.CASE,
                List.of(file("b.pdf", PDF)))).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> documents.forWorker(sanne, caseId, "bestaat-niet"))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(404));
    }

    @Test
    void twoIdenticalUploadsAtTheSameMomentKeepOneDocument() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Documents.Upload>> both = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                both.add(pool.submit(() -> {
                    together.await();
                    return documents.store(jan, caseId, "verzoek-5", List.of(file("paspoort.pdf", PDF)));
                }));
            }
            for (Future<Documents.Upload> f : both) {
                assertThat(f.get().allAccepted()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(documents.list(caseId, "verzoek-5")).extracting(Document::fileName).containsExactly("paspoort.pdf");
        // And a second submit later keeps one too.
        assertThat(documents.store(jan, caseId, "verzoek-5", List.of(file("paspoort.pdf", PDF))).accepted()).hasSize(1);
        assertThat(documents.list(caseId, "verzoek-5")).hasSize(1);
    }

    @Test
    void aNameThatCouldBreakAHeaderIsCleaned() {
        assertThat(Documents.safeName("a\"b\r\n.pdf", FileType.PDF)).isEqualTo("a_b__.pdf");
        assertThat(Documents.safeName("scan.JPEG", FileType.JPEG)).isEqualTo("scan.JPEG");
        assertThat(Documents.safeName("scan.png", FileType.JPEG)).isEqualTo("scan.png.jpg");
    }
}
