package nl.toegang.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import nl.toegang.pages.forms.AnswerView;
import org.junit.jupiter.api.Test;

/** Any language code through one mechanism, Dutch where a translation is missing. */
class LanguageTest {

    private static final Language PL = Language.of("pl");
    private static final Language UK = Language.of("uk");

    private static final String FORM = """
            {"id": "proef", "components": [
              {"type": "textfield", "key": "voornaam", "label": "Voornaam", "description": "Zoals in uw paspoort.",
               "properties": {"label_en": "First name", "label_pl": "Imię", "description_pl": "Jak w paszporcie."}},
              {"type": "radio", "key": "spoed", "label": "Is het dringend?",
               "values": [{"label": "Ja", "value": "ja"}, {"label": "Nee", "value": "nee"}],
               "properties": {"label_pl": "Czy to pilne?", "option_pl:ja": "Tak", "option_en:ja": "Yes"}}
            ]}""";

    @Test
    void oneInstancePerCodeWhateverItsCase() {
        assertThat(Language.of("PL")).isSameAs(PL).isEqualTo(Language.of(" pl "));
        assertThat(Language.of("en")).isSameAs(Language.EN);
        assertThat(Language.of("nl").isFallback()).isTrue();
        assertThat(UK.locale().getLanguage()).isEqualTo("uk");
        assertThatThrownBy(() -> Language.of("pl-PL")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Language.of("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFormTextWithoutTranslationIsTheDutchOneAndSaysSo() {
        FormDefinition form = FormDefinition.parse(FORM);
        FormComponent voornaam = form.field("voornaam").orElseThrow();
        FormComponent spoed = form.field("spoed").orElseThrow();

        assertThat(voornaam.label(PL)).isEqualTo("Imię");
        assertThat(voornaam.description(PL)).isEqualTo("Jak w paszporcie.");
        assertThat(voornaam.label(UK)).isEqualTo("Voornaam");
        assertThat(voornaam.fallsBackToDutch("label", UK)).isTrue();
        assertThat(voornaam.fallsBackToDutch("label", PL)).isFalse();
        assertThat(voornaam.fallsBackToDutch("label", Language.NL)).isFalse();
        assertThat(voornaam.description(Language.EN)).isEqualTo("Zoals in uw paspoort.");

        assertThat(spoed.values()).extracting(o -> o.label(PL)).containsExactly("Tak", "Nee");
        assertThat(spoed.values()).extracting(o -> o.label(Language.EN)).containsExactly("Yes", "Nee");
        assertThat(spoed.untranslated(PL)).containsExactly("Nee");
        assertThat(spoed.untranslated(UK)).containsExactly("Is het dringend?", "Ja", "Nee");
        assertThat(spoed.untranslated(Language.NL)).isEmpty();
    }

    @Test
    void messagesAreInTheReadersLanguageAndDutchWithoutABundle() {
        assertThat(Messages.required(PL, "Imię")).isEqualTo("Wypełnij pole „Imię”.");
        assertThat(Messages.required(UK, "Ім’я")).isEqualTo("Заповніть поле «Ім’я».");
        assertThat(Messages.errorSummaryTitle(PL)).isEqualTo("Wystąpił problem");
        // A language a municipality configured before its bundle file exists reads Dutch, not keys or blanks.
        assertThat(Messages.errorSummaryTitle(Language.of("tr"))).isEqualTo(Messages.errorSummaryTitle(Language.NL));
    }

    @Test
    void numbersAndDatesAsTheReaderWritesThem() {
        BigDecimal rent = new BigDecimal("712.40");
        assertThat(Messages.localNumber(PL, rent)).isEqualTo("712,40");
        assertThat(Messages.localNumber(UK, rent)).isEqualTo("712,40");
        assertThat(Messages.localNumber(Language.EN, rent)).isEqualTo("712.40");
        assertThat(Messages.localNumber(Language.NL, rent)).isEqualTo("712,40");

        // Java's CLDR data writes the month in the genitive after a day number, as Polish and Ukrainian do.
        LocalDate date = LocalDate.of(1948, 3, 12);
        assertThat(DateTimeFormatter.ofPattern("d MMMM uuuu", PL.locale()).format(date)).isEqualTo("12 marca 1948");
        assertThat(DateTimeFormatter.ofPattern("d MMMM uuuu", UK.locale()).format(date)).isEqualTo("12 березня 1948");
    }

    @Test
    void answersShownInPolishWithPolishDatesAndOptionLabels() {
        FormDefinition melding = Fixtures.wmoMelding();
        var values = FormValidator.validate(melding, Fixtures.completeMelding(), Language.NL, Map.of()).values();
        List<AnswerView> answers = FormRenderer.answers(melding, PL, values);

        assertThat(answers).extracting(AnswerView::lines).anySatisfy(lines -> assertThat(lines).contains("12 marca 1948"));
    }

    @Test
    void aDutchFallbackOnAnotherLanguagesPageIsMarkedDutchForScreenReaders() {
        FormDefinition form = FormDefinition.parse(FORM);
        org.jsoup.nodes.Document polish = Rendered.fields(FormRenderer.fields(form, PL, Map.of(), Map.of(), Map.of()));
        org.jsoup.nodes.Document ukrainian = Rendered.fields(FormRenderer.fields(form, UK, Map.of(), Map.of(), Map.of()));
        org.jsoup.nodes.Document dutch = Rendered.fields(FormRenderer.fields(form, Language.NL, Map.of(), Map.of(), Map.of()));

        assertThat(polish.selectFirst("label[for=field-voornaam]").select("[lang]")).isEmpty();
        assertThat(ukrainian.selectFirst("label[for=field-voornaam] [lang=nl]").text()).isEqualTo("Voornaam");
        assertThat(ukrainian.selectFirst("#field-voornaam-description").attr("lang")).isEqualTo("nl");
        assertThat(polish.selectFirst("#field-voornaam-description").hasAttr("lang")).isFalse();
        assertThat(polish.select("#field-spoed label[lang=nl]")).extracting(org.jsoup.nodes.Element::text).containsExactly("Nee");
        assertThat(dutch.select("[lang]")).isEmpty();
    }
}
