package nl.toegang.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.toegang.core.definitions.UntranslatedTexts;
import nl.toegang.forms.FormDefinition;
import nl.toegang.forms.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A missing translation fails the build, not a page: every key of the Dutch bundles exists in each
 * other language's bundle, and the intake forms a municipality gets have every text in every offered language.
 */
class TranslationCompletenessTest {

    private static final Path PAGE_TEXTS = Path.of("src/main/resources/toegang");
    private static final Path FORM_TEXTS = Path.of("../forms/src/main/resources/toegang");

    @ParameterizedTest
    @ValueSource(strings = {"texts", "form-texts"})
    void everyDutchKeyIsInEveryOtherLanguage(String bundle) throws IOException {
        Path folder = bundle.equals("texts") ? PAGE_TEXTS : FORM_TEXTS;
        Set<String> dutch = keys(folder.resolve(bundle + "_nl.properties"));
        List<String> languages = languagesOf(folder, bundle);

        assertThat(languages).as("bundles of " + bundle).contains("en", "pl", "uk");
        for (String code : languages) {
            Set<String> missing = new TreeSet<>(dutch);
            missing.removeAll(keys(folder.resolve(bundle + "_" + code + ".properties")));
            assertThat(missing).as(bundle + "_" + code + ".properties lacks these keys of " + bundle + "_nl").isEmpty();
        }
    }

    @Test
    void everyOfferedLanguageNamesItselfForTheSwitch() {
        for (Language language : OfferedLanguages.parse(List.of("en", "pl", "uk"))) {
            assertThat(Texts.of(language).get("language.name")).as(language.code()).isNotBlank()
                    .isNotEqualTo("language.name");
        }
        assertThat(Texts.of(Language.of("pl")).get("language.name")).isEqualTo("Polski");
        assertThat(Texts.of(Language.of("uk")).get("language.name")).isEqualTo("Українська");
    }

    @ParameterizedTest
    @ValueSource(strings = {"wmo-melding", "wmo-aanvraag", "hulpvraag", "jeugd-melding", "schuldhulp-verzoek",
            "bijstand-aanvraag", "minima-aanvraag", "bijzondere-bijstand-aanvraag", "signaal"})
    void theBundledIntakeFormsHaveEveryTextInEveryOfferedLanguage(String formId) throws IOException {
        FormDefinition form = FormDefinition.parse(classpath("workflows/forms/" + formId + ".form"));
        List<Language> others = OfferedLanguages.parse(List.of("en", "pl", "uk")).stream()
                .filter(language -> !language.isFallback()).toList();

        assertThat(UntranslatedTexts.of(form, others)).as("texts residents would read in Dutch").isEmpty();
        var first = form.fields().getFirst();
        for (Language language : others) {
            assertThat(first.label(language)).as(language.code()).isNotEqualTo(first.label(Language.NL));
        }
    }

    @Test
    void offeringALanguageWithoutPageTextsIsRefusedAtStart() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OfferedLanguages.parse(List.of("pl", "tr")))
                .hasMessageContaining("texts_tr.properties");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OfferedLanguages.parse(List.of("Polski")))
                .hasMessageContaining("not a language code");
        assertThat(OfferedLanguages.parse(List.of("uk", "en", "uk"))).extracting(Language::code)
                .containsExactly("nl", "uk", "en");
    }

    private static List<String> languagesOf(Path folder, String bundle) throws IOException {
        Pattern name = Pattern.compile(Pattern.quote(bundle) + "_([a-z]{2,3})\\.properties");
        try (var files = Files.list(folder)) {
            return files.map(f -> name.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .map(m -> m.group(1)).filter(code -> !code.equals("nl")).sorted().toList();
        }
    }

    private static Set<String> keys(Path file) throws IOException {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static String classpath(String path) throws IOException {
        try (InputStream in = TranslationCompletenessTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
