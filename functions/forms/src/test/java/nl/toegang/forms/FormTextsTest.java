package nl.toegang.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** A resident reads every form text in their own language: both bundles hold the same keys. */
class FormTextsTest {

    @Test
    void dutchAndEnglishBundlesHoldTheSameKeys() throws IOException {
        Properties dutch = load("toegang/form-texts_nl.properties");
        Properties english = load("toegang/form-texts_en.properties");

        assertThat(dutch.stringPropertyNames()).isNotEmpty().isEqualTo(english.stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeUsesExistsInBothLanguages() throws IOException {
        java.util.regex.Pattern key = java.util.regex.Pattern.compile(
                "\"((?:field|answer|errorSummary|error|definition)\\.[A-Za-z]+)\"");
        java.util.Set<String> used = new java.util.TreeSet<>();
        try (var sources = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (java.nio.file.Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                key.matcher(java.nio.file.Files.readString(source)).results().forEach(m -> used.add(m.group(1)));
            }
        }

        assertThat(used).contains("error.required", "definition.duplicateKey", "definition.component").hasSizeGreaterThan(60);
        assertThat(load("toegang/form-texts_nl.properties").stringPropertyNames()).containsAll(used);
        assertThat(load("toegang/form-texts_en.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void messagesComeFromTheBundleInTheReadersLanguage() {
        assertThat(Messages.tooShort(Language.NL, "Naam:", 1000)).isEqualTo("\"Naam\" moet minstens 1000 tekens hebben.");
        assertThat(Messages.tooShort(Language.EN, "Name", 1000)).isEqualTo("\"Name\" must be at least 1000 characters.");
        assertThat(Messages.belowMin(Language.NL, "Bedrag", new java.math.BigDecimal("1500.5")))
                .isEqualTo("\"Bedrag\" moet 1500,5 of meer zijn.");
        assertThat(Messages.dateBefore(Language.NL, "Tot", "Van"))
                .isEqualTo("De datum bij \"Tot\" kan niet vóór de datum bij \"Van\" liggen.");
    }

    @Test
    void anUnusableFormIsExplainedInTheAdministratorsLanguage() {
        FormDefinitionException problem = org.junit.jupiter.api.Assertions.assertThrows(FormDefinitionException.class,
                () -> FormDefinition.parse("{\"id\": \"f\", \"components\": [{\"type\": \"textfield\", \"key\": \"code\","
                        + " \"validate\": {\"pattern\": \"(?=a)b\"}}]}"));

        assertThat(problem.message(Language.NL)).startsWith("Onderdeel \"code\" (type textfield): het patroon \"(?=a)b\""
                + " kan de server niet gebruiken.");
        assertThat(problem.message(Language.EN)).isEqualTo(problem.getMessage())
                .startsWith("Component 'code' of type 'textfield': the pattern '(?=a)b' is not a regular expression");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = FormTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
