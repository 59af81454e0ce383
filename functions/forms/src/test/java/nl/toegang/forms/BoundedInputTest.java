package nl.toegang.forms;

import static nl.toegang.forms.Fixtures.completeMelding;
import static nl.toegang.forms.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Answers are bounded in length, characters and the time it takes to check them. */
class BoundedInputTest {

    private final FormDefinition melding = Fixtures.wmoMelding();

    private FormResult check(Map<String, List<String>> post) {
        return FormValidator.validate(melding, post, Language.NL, Map.of());
    }

    private static FormDefinition form(String components) {
        return FormDefinition.parse("{\"id\": \"test\", \"components\": [" + components + "]}");
    }

    @Test
    void anEmailAddressIsAtMost254CharactersAndAPhoneNumberAtMost20() {
        String huge = "a".repeat(408_000) + "@example.nl";
        FormResult result = check(with(with(completeMelding(), "email", huge), "telefoon", "06 1234 5678 9999 0000"));

        assertThat(result.errors().get("email")).isEqualTo("\"E-mailadres\" mag niet meer dan 254 tekens hebben.");
        assertThat(result.errors().get("telefoon")).isEqualTo("\"Telefoonnummer\" mag niet meer dan 20 tekens hebben.");
        assertThat(result.values()).doesNotContainKeys("email", "telefoon");
        assertThat((String) result.enteredValues().get("email")).hasSize(254);
        assertThat(check(with(completeMelding(), "email", "a".repeat(240) + "@example.nl")).isValid()).isTrue();
    }

    @Test
    void textFieldsWithoutAMaximumInTheFormGetADefaultOne() {
        FormDefinition form = form("""
                {"type": "textfield", "key": "naam", "label": "Naam"},
                {"type": "textarea", "key": "toelichting", "label": "Toelichting"},
                {"type": "number", "key": "aantal", "label": "Aantal"}""");

        FormResult result = FormValidator.validate(form, Map.of("naam", List.of("x".repeat(301)),
                "toelichting", List.of("y".repeat(4001)), "aantal", List.of("1".repeat(5000))), Language.EN, Map.of());

        assertThat(result.errors()).containsEntry("naam", "\"Naam\" must be 300 characters or fewer.")
                .containsEntry("toelichting", "\"Toelichting\" must be 4000 characters or fewer.")
                .containsKey("aantal");
        FormResult fits = FormValidator.validate(form, Map.of("naam", List.of("x".repeat(300)),
                "toelichting", List.of("y".repeat(4000))), Language.EN, Map.of());
        assertThat(fits.isValid()).isTrue();
    }

    @Test
    void aFormCannotAllowMoreThanTenThousandCharacters() {
        assertThatThrownBy(() -> form("""
                {"type": "textarea", "key": "verhaal", "label": "Verhaal", "validate": {"maxLength": 500000}}"""))
                .isInstanceOf(FormDefinitionException.class)
                .hasMessageContaining("'verhaal'").hasMessageContaining("10000");
    }

    @Test
    void aOneLineFieldRefusesNewLinesTabsAndOtherControlCharacters() {
        for (String name : List.of("Jan\nBakker", "Jan\rBakker", "Jan\tBakker", "Jan\u2028Bakker", "Jan\u0085Bakker",
                "Jan\u001bBakker")) {
            FormResult result = check(with(completeMelding(), "voornaam", name));
            assertThat(result.errors().get("voornaam")).as(name)
                    .isEqualTo("Schrijf \"Voornaam\" op één regel, zonder tabs of andere speciale tekens.");
        }
        FormResult english = FormValidator.validate(melding, with(completeMelding(), "adres", "Dorpsstraat 1\nPostbus 5"),
                Language.EN, Map.of());
        assertThat(english.errors().get("adres")).startsWith("Write \"Street and house number\" on one line");
    }

    @Test
    void freeTextKeepsItsLinesButRefusesNullAndOtherControlCharacters() {
        assertThat(check(with(completeMelding(), "situatie", "Ik val vaak.\n\tVooral 's nachts.")).isValid()).isTrue();

        FormResult result = check(with(completeMelding(), "situatie", "Ik val vaak.\u0007 Vooral 's nachts."));

        assertThat(result.errors().get("situatie"))
                .isEqualTo("Bij \"Vertel over uw situatie\" staat een teken dat niet mag. Haal het weg en probeer het opnieuw.");
    }

    @Test
    void aNullCharacterIsRefusedInEveryKindOfField() {
        for (String key : List.of("voornaam", "situatie", "namens", "hulpvragen", "geboortedatum", "akkoord")) {
            FormResult result = check(with(completeMelding(), key, "zelf\u0000"));
            assertThat(result.errors()).as(key).containsKey(key);
            assertThat(result.values()).as(key).doesNotContainKey(key);
        }
    }

    @Test
    void aBirthDateInTheFutureIsRefused() {
        String tomorrow = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(1).toString();

        FormResult result = check(with(completeMelding(), "geboortedatum", tomorrow));

        assertThat(result.errors().get("geboortedatum")).isEqualTo("De datum bij \"Geboortedatum\" kan niet in de toekomst liggen.");
    }

    @Test
    void anEndDateBeforeItsStartDateIsRefusedWhereTheFormSaysSo() {
        FormDefinition form = form("""
                {"type": "datetime", "subtype": "date", "key": "ingangsdatum", "label": "Ingangsdatum",
                 "properties": {"label_en": "Start date"}},
                {"type": "datetime", "subtype": "date", "key": "einddatum", "label": "Einddatum",
                 "properties": {"notBefore": "ingangsdatum", "label_en": "End date"}}""");

        FormResult wrong = FormValidator.validate(form, Map.of("ingangsdatum", List.of("01-02-2027"),
                "einddatum", List.of("31-01-2027")), Language.NL, Map.of());
        FormResult english = FormValidator.validate(form, Map.of("ingangsdatum", List.of("2027-02-01"),
                "einddatum", List.of("2027-01-31")), Language.EN, Map.of());
        FormResult sameDay = FormValidator.validate(form, Map.of("ingangsdatum", List.of("2027-02-01"),
                "einddatum", List.of("2027-02-01")), Language.NL, Map.of());

        assertThat(wrong.errors()).containsExactly(Map.entry("einddatum",
                "De datum bij \"Einddatum\" kan niet vóór de datum bij \"Ingangsdatum\" liggen."));
        assertThat(wrong.values()).doesNotContainKey("einddatum");
        assertThat(english.errors().get("einddatum")).isEqualTo("The date for \"End date\" cannot be before the date for \"Start date\".");
        assertThat(sameDay.isValid()).isTrue();
    }

    @Test
    void aDateOrderMustNameAnotherDateFieldOfTheForm() {
        assertThatThrownBy(() -> form("""
                {"type": "datetime", "subtype": "date", "key": "einddatum", "label": "Einddatum",
                 "properties": {"notBefore": "begindatum"}}"""))
                .isInstanceOf(FormDefinitionException.class)
                .hasMessageContaining("'einddatum'").hasMessageContaining("'begindatum'");
    }

    @Test
    void aPatternThatWouldBacktrackForeverIsCheckedInBoundedTime() {
        FormDefinition form = form("""
                {"type": "textfield", "key": "code", "label": "Code", "validate": {"pattern": "^(.*a){8}$"}}""");

        FormResult result = assertTimeoutPreemptively(Duration.ofSeconds(2), () ->
                FormValidator.validate(form, Map.of("code", List.of("a".repeat(49) + "!")), Language.NL, Map.of()));

        assertThat(result.errors().get("code")).isEqualTo("Wat u bij \"Code\" heeft ingevuld, klopt niet. Controleer het.");
        assertThat(FormValidator.validate(form, Map.of("code", List.of("a".repeat(50))), Language.NL, Map.of()).isValid())
                .isTrue();
    }

    @Test
    void aPatternThatCannotBeCheckedInBoundedTimeIsRefusedAtDeployNamingTheField() {
        assertThatThrownBy(() -> form("""
                {"type": "textfield", "key": "herhaling", "label": "Herhaling", "validate": {"pattern": "^(a+)\\\\1$"}}"""))
                .isInstanceOf(FormDefinitionException.class)
                .hasMessageContaining("Component 'herhaling'")
                .hasMessageContaining("back-references");
        assertThatThrownBy(() -> form("""
                {"type": "textfield", "key": "vooruit", "label": "Vooruit", "validate": {"pattern": "^(?=a)a$"}}"""))
                .isInstanceOf(FormDefinitionException.class)
                .hasMessageContaining("Component 'vooruit'");
    }

    @Test
    void aFormWhoseAnswersCouldOutgrowACaseIsRefusedAtDeploy() {
        StringBuilder textareas = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            textareas.append(i == 0 ? "" : ",").append("{\"type\": \"textarea\", \"key\": \"vraag").append(i)
                    .append("\", \"label\": \"Vraag\"}");
        }

        assertThatThrownBy(() -> form(textareas.toString()))
                .isInstanceOf(FormDefinitionException.class)
                .hasMessageContaining("Form 'test'").hasMessageContaining("at most 64 kB").hasMessageContaining("maxLength");
        assertThat(form(textareas.toString().replace("\"label\": \"Vraag\"",
                "\"label\": \"Vraag\", \"validate\": {\"maxLength\": 2000}")).fields()).hasSize(5);
    }
}
