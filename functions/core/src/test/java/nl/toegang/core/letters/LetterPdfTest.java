package nl.toegang.core.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.toegang.core.CoreTestEnvironment;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.cases.CaseStatus;
import nl.toegang.forms.Language;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The PDF a resident keeps, read back with PDFBox the way a reader program would: the words on the
 * paper, and the structure a screen reader uses (headings, lists, languages, title, fonts).
 */
class LetterPdfTest {

    /** Monday 1 June 2026, noon in Amsterdam. */
    private static final Instant SENT = Instant.parse("2026-06-01T10:00:00Z");
    private static final String MOTIVATION = "Uw netwerk kan het huishouden niet overnemen.\nDe mantelzorger werkt.";

    private final CaseLetters letters = CoreTestEnvironment.bean(CaseLetters.class);

    @Test
    void aDecisionInDutchHasLetterheadAddresseeDateReferenceBodyAndHowAndByWhenToObject() throws IOException {
        CaseEvent letter = letter(SENT, Map.of(LetterRemedy.HEADER, "bezwaar"));

        CaseLetters.Pdf pdf = letters.pdf(caseRecord(), letter, 2, Language.NL);

        assertThat(pdf.fileName()).isEqualTo("WMO-PDF01-TEST1-brief-2-test-besluit.pdf");
        keep(pdf, "besluit-nl.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.content())) {
            String text = text(doc);
            assertThat(text).contains("Gemeente Voorbeeld", "Voorbeeldplein 1", "1234 AB Voorbeeld",
                    "Jan Bakker", "Dorpsstraat 1", "1431 AA Aalsmeer",
                    "Datum: 1 juni 2026", "Kenmerk: WMO-PDF01-TEST1", "Afzender: Team Wmo, Gemeente Voorbeeld",
                    "Besluit over uw aanvraag (Wmo 2015)", "Beste Jan Bakker,", "U krijgt de hulp die hieronder staat.",
                    "Soort hulp: Huishoudelijke hulp", "Uw netwerk kan het huishouden niet overnemen.",
                    "Bent u het niet eens met dit besluit?", "Dat kan tot en met 13 juli 2026.",
                    "het kenmerk WMO-PDF01-TEST1", "artikel 6:7 en 6:8",
                    "14 0123", "info@voorbeeld.example", "www.voorbeeld.example")
                    .doesNotContain("${", "2026-06-01", "<", "**", "Kopie aan", "only in Dutch");
            // The motivation's two lines stay two lines, in that order.
            assertThat(text).containsSubsequence("niet overnemen.", "\n", "De mantelzorger werkt.");

            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("nl");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Besluit over uw aanvraag (Wmo 2015)");
            assertThat(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            List<PDStructureElement> structure = elements(doc);
            assertThat(structure).extracting(PDStructureElement::getStructureType)
                    .contains("H1", "H2", "P", "L", "LI");
            assertThat(structure).filteredOn(e -> "H1".equals(e.getStructureType())).hasSize(1);
            assertThat(embeddedFonts(doc)).isNotEmpty().allMatch(Boolean::booleanValue);
        }
    }

    @Test
    void anEnglishLetterSaysWhichTextIsOnlyInDutchAndTagsItsLanguage() throws IOException {
        CaseEvent letter = letter(SENT, Map.of(LetterRemedy.HEADER, "bezwaar"));

        CaseLetters.Pdf pdf = letters.pdf(caseRecord(), letter, 1, Language.EN);
        keep(pdf, "besluit-en.pdf");

        try (PDDocument doc = Loader.loadPDF(pdf.content())) {
            String text = text(doc);
            assertThat(text).contains("Decision on your application (Wmo 2015)", "Date: 1 June 2026",
                    "Reference: WMO-PDF01-TEST1", "Dear Jan Bakker,", "Why did we decide this?",
                    "Do you disagree with this decision?", "up to and including 13 July 2026.")
                    .doesNotContain("${", "Ons besluit");
            assertThat(text).containsSubsequence("This part is only in Dutch:", "Uw netwerk kan het huishouden niet overnemen.");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(elements(doc)).filteredOn(e -> "nl".equals(e.getLanguage())).isNotEmpty();
        }
    }

    @Test
    void anObjectionTermThatWouldEndOnChristmasRunsOnToTheNextWorkingDay() throws IOException {
        // Friday 13 November 2026 + 6 weeks = Friday 25 December (Christmas); 26 is Boxing Day, then a Sunday.
        CaseEvent letter = letter(Instant.parse("2026-11-13T09:00:00Z"), Map.of(LetterRemedy.HEADER, "bezwaar"));

        try (PDDocument doc = Loader.loadPDF(letters.pdf(caseRecord(), letter, 1, Language.NL).content())) {
            assertThat(text(doc)).contains("Datum: 13 november 2026", "Dat kan tot en met 28 december 2026.");
        }
    }

    @Test
    void aDecisionOnAnObjectionNamesTheCourt() throws IOException {
        CaseEvent letter = letter(SENT, Map.of(LetterRemedy.HEADER, "beroep"));

        try (PDDocument doc = Loader.loadPDF(letters.pdf(caseRecord(), letter, 1, Language.NL).content())) {
            assertThat(text(doc)).contains("Dan kunt u in beroep gaan bij de rechtbank. Dat kan tot en met 13 juli 2026.",
                    "artikel 6:7, 6:8 en 8:1").doesNotContain("bezwaar maken");
        }
    }

    @Test
    void aLetterThatIsNoDecisionHasNoObjectionClauseAndNamesTheCopy() throws IOException {
        Map<String, Object> extra = new HashMap<>();
        extra.put("copyTo", "W. Bosman (bewindvoerder)");
        CaseEvent letter = letter(SENT, extra);

        try (PDDocument doc = Loader.loadPDF(letters.pdf(caseRecord(), letter, 1, Language.NL).content())) {
            assertThat(text(doc)).contains("Kopie aan: W. Bosman (bewindvoerder)")
                    .doesNotContain("Bent u het niet eens", "tot en met");
        }
    }

    @Test
    void aLetterInAnotherLanguageIsTheDutchOne() throws IOException {
        try (PDDocument doc = Loader.loadPDF(letters.pdf(caseRecord(), letter(SENT, Map.of()), 1, Language.of("pl")).content())) {
            assertThat(text(doc)).contains("Besluit over uw aanvraag", "Datum: 1 juni 2026");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("nl");
        }
    }

    @Test
    void aPlainTextLetterFromBeforeMarkdownKeepsItsTitleAndLines() throws IOException {
        Map<String, Object> data = new HashMap<>();
        data.put("template", "verslag");
        data.put("nl", "Verslag van uw gesprek\n\nBeste Jan,\n\nWat hebben wij besproken?\nJan kan niet stofzuigen.\n");
        data.put("en", "Report of your conversation\n\nDear Jan,\n");
        CaseEvent letter = new CaseEvent("WMO-PDF01-TEST1", SENT + "#1", SENT, CaseEvent.Type.LETTER, CaseEvent.SYSTEM,
                null, true, data);

        try (PDDocument doc = Loader.loadPDF(letters.pdf(caseRecord(), letter, 1, Language.NL).content())) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Verslag van uw gesprek");
            assertThat(text(doc)).containsSubsequence("Wat hebben wij besproken?", "\n", "Jan kan niet stofzuigen.");
        }
    }

    @Test
    void markupInTheTextNeverReachesThePdf() {
        String html = LetterMarkdown.sanitised("Hallo <script>alert(1)</script><img src=x onerror=alert(1)>"
                + " <a href=\"https://example.org\">klik</a> <span lang=\"nl\" style=\"color:red\">tekst</span>");

        assertThat(html).doesNotContain("<script", "alert(1)</", "<img", "<a ", "style=", "onerror")
                .contains("klik", "<span lang=\"nl\">tekst</span>");
        assertThat(DutchOnly.escaped("*vet* <b>x</b> ${a}\nregel")).isEqualTo("\\*vet\\* &lt;b&gt;x&lt;/b&gt; \\$\\{a\\}<br />regel");
    }

    /** A letter as the letter job writes it: both languages filled from the markdown test letters. */
    private static CaseEvent letter(Instant at, Map<String, Object> extra) throws IOException {
        Map<String, Object> data = new HashMap<>();
        data.put("template", "test-besluit");
        data.put("nl", filled("nl"));
        data.put("en", filled("en"));
        data.put(LetterParties.ADDRESSEE, Map.of("name", "Jan Bakker", "address", List.of("Dorpsstraat 1", "1431 AA Aalsmeer")));
        data.put(LetterParties.SENDER, "Team Wmo");
        data.putAll(extra);
        return new CaseEvent("WMO-PDF01-TEST1", at + "#1", at, CaseEvent.Type.LETTER, CaseEvent.SYSTEM, null, true, data);
    }

    private static String filled(String language) throws IOException {
        try (InputStream in = LetterPdfTest.class.getResourceAsStream("/letters/test-besluit." + language + ".md")) {
            String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return template.replace("${naam}", "Jan Bakker")
                    .replace("${motivering}", DutchOnly.mark(MOTIVATION, Language.of(language)));
        }
    }

    private static CaseRecord caseRecord() {
        return new CaseRecord("WMO-PDF01-TEST1", "jan", "Jan Bakker", "wmo-melding", 1, "wmo",
                Map.of("voornaam", "Jan", "achternaam", "Bakker"), CaseStatus.DECISION, SENT, true, null, null, null, null);
    }

    /** For a person to look at: target/letters, like the browser tests' screenshots. */
    private static void keep(CaseLetters.Pdf pdf, String name) throws IOException {
        java.nio.file.Path folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "letters"));
        java.nio.file.Files.write(folder.resolve(name), pdf.content());
    }

    private static String text(PDDocument doc) throws IOException {
        return new PDFTextStripper().getText(doc);
    }

    private static List<PDStructureElement> elements(PDDocument doc) {
        List<PDStructureElement> found = new ArrayList<>();
        collect(doc.getDocumentCatalog().getStructureTreeRoot(), found);
        return found;
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> found) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                found.add(element);
                collect(element, found);
            }
        }
    }

    private static List<Boolean> embeddedFonts(PDDocument doc) throws IOException {
        List<Boolean> embedded = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                embedded.add(font.isEmbedded());
            }
        }
        return embedded;
    }
}
