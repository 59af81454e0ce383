package nl.toegang.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.toegang.forms.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A first visit gets the first offered language the browser asks for, in order of its q-values; Dutch otherwise. */
class LanguageResolverTest {

    private List<Language> before;

    @BeforeEach
    void offerFour() {
        before = OfferedLanguages.all();
        OfferedLanguages.offer(List.of("nl", "en", "pl", "uk"));
    }

    @AfterEach
    void restore() {
        OfferedLanguages.offer(before.stream().map(Language::code).toList());
    }

    @Test
    void theFirstOfferedLanguageInTheBrowsersOrderWins() {
        assertThat(LanguageResolver.fromAcceptLanguage("de-DE,de;q=0.9,uk;q=0.8,en;q=0.7")).isEqualTo(Language.of("uk"));
        assertThat(LanguageResolver.fromAcceptLanguage("en;q=0.5, pl-PL")).isEqualTo(Language.of("pl"));
        assertThat(LanguageResolver.fromAcceptLanguage("PL")).isSameAs(Language.of("pl"));
        assertThat(LanguageResolver.fromAcceptLanguage("en-GB,en;q=0.9")).isSameAs(Language.EN);
    }

    @Test
    void aLanguageThatIsNotOfferedOrRefusedGivesDutch() {
        assertThat(LanguageResolver.fromAcceptLanguage("fr-FR,fr;q=0.9")).isEqualTo(Language.NL);
        assertThat(LanguageResolver.fromAcceptLanguage("pl;q=0, fr")).isEqualTo(Language.NL);
        assertThat(LanguageResolver.fromAcceptLanguage("*")).isEqualTo(Language.NL);
        assertThat(LanguageResolver.fromAcceptLanguage(";;==,q")).isEqualTo(Language.NL);
        assertThat(LanguageResolver.fromAcceptLanguage(null)).isEqualTo(Language.NL);
    }

    @Test
    void onlyOfferedLanguagesAreFound() {
        OfferedLanguages.offer(List.of("nl", "en"));

        assertThat(OfferedLanguages.find("pl")).isEmpty();
        assertThat(LanguageResolver.fromAcceptLanguage("pl, en;q=0.5")).isEqualTo(Language.EN);
    }
}
