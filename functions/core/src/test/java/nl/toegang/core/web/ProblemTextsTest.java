package nl.toegang.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import nl.toegang.forms.Language;
import org.junit.jupiter.api.Test;

/** Every text a person reads exists in both languages and reads as a finished sentence. */
class ProblemTextsTest {

    @Test
    void bothLanguagesHaveTheSameTexts() throws IOException {
        assertThat(keys("en")).isEqualTo(keys("nl"));
    }

    @Test
    void everyReasonTheCodeGivesHasATextInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        java.util.regex.Pattern wording = java.util.regex.Pattern.compile("Wording\\.of\\(\\s*\"([^\"]+)\"");
        try (var sources = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (java.nio.file.Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                wording.matcher(java.nio.file.Files.readString(source)).results().forEach(m -> used.add(m.group(1)));
            }
        }

        assertThat(used).as("reasons found in the code").contains("problem.deploy.unknownJobType", "problem.deploy.noFiles");
        assertThat(keys("nl")).containsAll(used);
        assertThat(keys("en")).containsAll(used);
    }

    @Test
    void everyRefusalReadsWithoutPlaceholdersOrDoubledQuotes() throws IOException {
        for (Language language : OfferedLanguages.parse(java.util.List.of("nl", "en", "pl", "uk"))) {
            Texts texts = Texts.of(language);
            for (String key : keys("nl")) {
                if (!key.startsWith("problem.")) {
                    continue;
                }
                String raw = texts.getOrDefault(key, "");
                if (!raw.contains("{")) {
                    // Shown as written, not formatted: a doubled quote would show doubled.
                    assertThat(raw).as(language + " " + key).doesNotContain("''");
                }
                String text = new ProblemException(400, key.substring("problem.".length()), "X", "Y", "Z").detail(texts);
                assertThat(text).as(language + " " + key).doesNotContain("{").doesNotContain("''")
                        .doesNotStartWith("problem.").isNotBlank();
            }
        }
    }

    @Test
    void theBodyIsInTheReadersLanguageAndNamesTheFields() {
        ProblemException problem = ProblemException.invalidInput(Map.of("bsn", "Dit BSN klopt niet."), "input.invalid");

        Map<String, Object> dutch = problem.body("/api/cases", Texts.of(Language.NL));
        Map<String, Object> english = problem.body("/api/cases", Texts.of(Language.EN));

        assertThat(dutch).containsEntry("title", "Controleer uw gegevens").containsEntry("status", 422)
                .containsEntry("detail", "Sommige velden zijn niet ingevuld of kloppen niet.");
        assertThat(english).containsEntry("title", "Please check your answers")
                .containsEntry("detail", "Some fields are missing or not valid.");
        assertThat(dutch.get("errors").toString()).contains("bsn").contains("Dit BSN klopt niet.");
        assertThat(problem.getMessage()).isEqualTo("Some fields are missing or not valid.");
    }

    private static Set<String> keys(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ProblemTextsTest.class.getResourceAsStream("/toegang/texts_" + language + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
