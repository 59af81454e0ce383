package nl.toegang.forms;

import static nl.toegang.forms.Fixtures.completeMelding;
import static nl.toegang.forms.Fixtures.with;
import static nl.toegang.forms.Fixtures.without;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormValidatorTest {

    private final FormDefinition melding = Fixtures.wmoMelding();

    private FormResult check(Map<String, List<String>> post) {
        return FormValidator.validate(melding, post, Language.NL, Map.of());
    }

    @Test
    void cleansACompleteMeldingIntoTypedValues() {
        FormResult result = check(completeMelding());

        assertThat(result.isValid()).isTrue();
        assertThat(result.values())
                .containsEntry("voornaam", "Johanna")
                .containsEntry("bsn", "111222333")
                .containsEntry("geboortedatum", "1948-03-12")
                .containsEntry("postcode", "1431 AB")
                .containsEntry("namens", "zelf")
                .containsEntry("akkoord", true)
                .containsEntry("situatie", "Ik kan sinds mijn val niet meer goed lopen.\nBoodschappen doen lukt niet.");
        assertThat(result.values().get("hulpvragen")).isEqualTo(List.of("huishouden", "vervoer"));
    }

    @Test
    void leavesOutEmptyOptionalFieldsButAlwaysAnswersACheckbox() {
        FormResult result = check(without(completeMelding(), "telefoon"));

        assertThat(result.values()).doesNotContainKeys("telefoon", "netwerk", "clientondersteuning");
        assertThat(result.values().keySet()).contains("akkoord");
    }

    @Test
    void neverStoresKeysTheFormDoesNotDefine() {
        Map<String, List<String>> post = with(completeMelding(), "status", "GOEDGEKEURD");
        post = with(post, "_csrf", "abc");

        FormResult result = check(post);

        assertThat(result.isValid()).isTrue();
        assertThat(result.values()).doesNotContainKeys("status", "_csrf");
    }

    @Test
    void listsMissingAnswersInFormOrderNamingEachField() {
        FormResult result = check(Map.of());

        assertThat(result.errors().keySet()).containsExactly(
                "voornaam", "achternaam", "bsn", "geboortedatum", "adres", "postcode", "woonplaats",
                "namens", "hulpvragen", "situatie", "spoed", "akkoord");
        assertThat(result.errors())
                .containsEntry("voornaam", "Vul \"Voornaam\" in.")
                .containsEntry("bsn", "Vul uw burgerservicenummer (BSN) in.")
                .containsEntry("hulpvragen", "Kies minstens één antwoord bij \"Waar heeft u hulp bij nodig?\".")
                .containsEntry("spoed", "Kies een antwoord bij \"Is het dringend?\".")
                .containsEntry("akkoord", "Zet een vinkje bij \"Ik heb alles eerlijk en volledig ingevuld\".");
    }

    @Test
    void explainsWhatIsWrongWithABsn() {
        assertThat(check(with(completeMelding(), "bsn", "123456789")).errors())
                .containsEntry("bsn", "Dit BSN klopt niet. Controleer de 9 cijfers.");
        assertThat(check(with(completeMelding(), "bsn", "12345678")).errors().get("bsn"))
                .contains("9 cijfers");
        assertThat(check(with(completeMelding(), "bsn", "000000000")).errors()).containsKey("bsn");
        assertThat(check(with(completeMelding(), "bsn", "12345678a")).errors()).containsKey("bsn");
        assertThat(check(with(completeMelding(), "bsn", "1234 56 782")).values()).containsEntry("bsn", "123456782");
    }

    @Test
    void refusesAPostcodeThatDoesNotExist() {
        FormResult result = check(with(completeMelding(), "postcode", "0123 AB"));

        assertThat(result.errors().get("postcode")).contains("1234 AB");
        assertThat(result.enteredValues()).containsEntry("postcode", "0123 AB");
    }

    @Test
    void acceptsBothDateFormatsAndRefusesImpossibleOrFutureBirthDates() {
        assertThat(check(with(completeMelding(), "geboortedatum", "1948-03-12")).values())
                .containsEntry("geboortedatum", "1948-03-12");
        assertThat(check(with(completeMelding(), "geboortedatum", "30-02-1948")).errors().get("geboortedatum"))
                .contains("bestaat");

        LocalDate nextYear = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusYears(1);
        assertThat(check(with(completeMelding(), "geboortedatum", nextYear.toString())).errors().get("geboortedatum"))
                .contains("toekomst");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        assertThat(check(with(completeMelding(), "geboortedatum", today.toString())).errors())
                .doesNotContainKey("geboortedatum");
    }

    @Test
    void checksLengthEmailAndPhone() {
        assertThat(check(with(completeMelding(), "situatie", "Hulp")).errors().get("situatie"))
                .isEqualTo("\"Vertel over uw situatie\" moet minstens 10 tekens hebben.");
        assertThat(check(with(completeMelding(), "voornaam", "J".repeat(101))).errors().get("voornaam"))
                .contains("100");
        assertThat(check(with(completeMelding(), "email", "johanna@example")).errors().get("email"))
                .contains("naam@voorbeeld.nl");
        assertThat(check(with(completeMelding(), "telefoon", "12345")).errors().get("telefoon"))
                .contains("telefoonnummer");
        assertThat(check(with(completeMelding(), "telefoon", "+31 6 1234 5678")).errors()).isEmpty();
    }

    @Test
    void requiresTheWholeValueToMatchAPattern() {
        FormDefinition form = FormDefinition.parse(FormDefinitionTest.form("""
                {"type": "textfield", "key": "kenmerk", "label": "Kenmerk", "validate": {"pattern": "[A-Z]{3}-\\\\d{4}"}}"""));

        assertThat(FormValidator.validate(form, Map.of("kenmerk", List.of("WMO-1234")), Language.NL, Map.of()).errors())
                .isEmpty();
        assertThat(FormValidator.validate(form, Map.of("kenmerk", List.of("xWMO-1234x")), Language.NL, Map.of()).errors())
                .containsKey("kenmerk");
    }

    @Test
    void refusesAnAnswerThatIsNotOneOfTheOptions() {
        assertThat(check(with(completeMelding(), "spoed", "misschien")).errors()).containsKey("spoed");
        assertThat(check(with(completeMelding(), "hulpvragen", "huishouden", "zwembad")).errors()).containsKey("hulpvragen");
    }

    @Test
    void takesOptionsFromTheProcessWhenTheFormNamesAValuesKey() {
        FormDefinition form = FormDefinition.parse(FormDefinitionTest.form("""
                {"type": "select", "key": "aanbieder", "label": "Aanbieder", "valuesKey": "aanbieders",
                 "validate": {"required": true}}"""));
        Map<String, Object> context = Map.of("aanbieders", List.of(
                Map.of("label", "Thuiszorg West", "value", "thuiszorg-west"),
                Map.of("label", "Zorggroep Oost", "value", "zorggroep-oost")));

        FormResult chosen = FormValidator.validate(form, Map.of("aanbieder", List.of("zorggroep-oost")), Language.NL, context);
        FormResult madeUp = FormValidator.validate(form, Map.of("aanbieder", List.of("mijn-neef")), Language.NL, context);

        assertThat(chosen.values()).containsEntry("aanbieder", "zorggroep-oost");
        assertThat(madeUp.errors()).containsKey("aanbieder");
    }

    @Test
    void asksForTheRepresentativeOnlyWhenSomeoneElseFillsInTheForm() {
        FormResult forSelf = check(with(completeMelding(), "namensNaam", "Ingrid"));
        FormResult forMother = check(with(completeMelding(), "namens", "iemand-anders"));
        FormResult forMotherWithName = check(with(with(completeMelding(), "namens", "iemand-anders"), "namensNaam", "Ingrid"));

        assertThat(forSelf.isValid()).isTrue();
        assertThat(forSelf.values()).doesNotContainKey("namensNaam");
        assertThat(forMother.errors()).containsOnlyKeys("namensNaam");
        assertThat(forMotherWithName.values()).containsEntry("namensNaam", "Ingrid");
    }

    @Test
    void speaksEnglishWhenAsked() {
        FormResult result = FormValidator.validate(melding, with(without(completeMelding(), "voornaam"), "bsn", "123456789"),
                Language.EN, Map.of());

        assertThat(result.errors())
                .containsEntry("voornaam", "Enter \"First name\".")
                .containsEntry("bsn", "This BSN is not right. Check the 9 digits.");
    }

    @Test
    void keepsWhatTheResidentTypedSoTheFormCanShowItAgain() {
        FormResult result = check(with(completeMelding(), "bsn", " 12345678 "));

        assertThat(result.values()).doesNotContainKey("bsn");
        assertThat(result.enteredValues()).containsEntry("bsn", "12345678").containsEntry("voornaam", "Johanna");
    }

    @Test
    void readsNumbersAsWholeOrDecimalAndChecksTheirLimits() {
        FormDefinition form = FormDefinition.parse(FormDefinitionTest.form("""
                {"type": "number", "key": "uren", "label": "Uren per week", "validate": {"min": 1, "max": 40}},
                {"type": "number", "key": "kinderen", "label": "Aantal kinderen", "decimalDigits": 0},
                {"type": "number", "key": "huur", "label": "Huur", "decimalDigits": 2}"""));

        FormResult ok = FormValidator.validate(form, Map.of(
                "uren", List.of("12,5"), "kinderen", List.of("3"), "huur", List.of("712.40")), Language.NL, Map.of());
        FormResult wrong = FormValidator.validate(form, Map.of(
                "uren", List.of("41"), "kinderen", List.of("2,5"), "huur", List.of("zevenhonderd")), Language.NL, Map.of());

        assertThat(ok.values()).containsEntry("uren", new BigDecimal("12.5")).containsEntry("kinderen", 3L);
        assertThat(ok.values().get("huur")).isEqualTo(new BigDecimal("712.40"));
        assertThat(wrong.errors().get("uren")).isEqualTo("\"Uren per week\" mag niet meer dan 40 zijn.");
        assertThat(wrong.errors().get("kinderen")).contains("heel getal");
        assertThat(wrong.errors().get("huur")).contains("getal");
    }

    @Test
    void ignoresInputForReadOnlyFields() {
        FormDefinition form = FormDefinition.parse(FormDefinitionTest.form("""
                {"type": "textfield", "key": "caseId", "label": "Zaak", "readonly": true},
                {"type": "textarea", "key": "verslag", "label": "Verslag"}"""));

        FormResult result = FormValidator.validate(form,
                Map.of("caseId", List.of("WMO-ANDERS"), "verslag", List.of("Gesprek gehad.")), Language.NL, Map.of());

        assertThat(result.values()).containsOnlyKeys("verslag");
    }
}
