package nl.toegang.forms;

import static nl.toegang.forms.FormDefinitionTest.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A young person may ask for youth care themselves from 12; a parent may ask for a child of any age. */
class MinimumAgeTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    private final FormDefinition youthMelding = FormDefinition.parse(form("""
            {"type": "radio", "key": "namens", "label": "Wie bent u?", "validate": {"required": true},
             "values": [{"label": "Ouder", "value": "ouder"}, {"label": "Ik vraag het zelf", "value": "zelf"}]},
            {"type": "datetime", "subtype": "date", "key": "geboortedatum", "label": "Geboortedatum",
             "validate": {"required": true},
             "properties": {"label_en": "Date of birth", "validation": "past-date", "minimumAge": "12",
                            "minimumAgeWhen": "=namens = \\"zelf\\""}}"""));

    private FormResult send(String namens, LocalDate born, Language language) {
        return FormValidator.validate(youthMelding,
                Map.of("namens", List.of(namens), "geboortedatum", List.of(born.toString())), language, Map.of());
    }

    @Test
    void aYoungPersonUnderTwelveWhoAsksThemselvesIsToldToAskAParent() {
        FormResult result = send("zelf", TODAY.minusYears(11), Language.NL);

        assertThat(result.isValid()).isFalse();
        assertThat(result.errors().get("geboortedatum")).contains("\"Geboortedatum\"").contains("jonger is dan 12 jaar")
                .contains("Vraag een ouder of verzorger");
        assertThat(result.values()).doesNotContainKey("geboortedatum").containsEntry("namens", "zelf");
        assertThat(send("zelf", TODAY.minusYears(11), Language.EN).errors().get("geboortedatum"))
                .contains("\"Date of birth\"").contains("younger than 12").contains("Ask a parent or carer");
    }

    @Test
    void aYoungPersonWhoTurnsTwelveTodayMayAskThemselves() {
        assertThat(send("zelf", TODAY.minusYears(12), Language.NL).isValid()).isTrue();
        assertThat(send("zelf", TODAY.minusYears(12).plusDays(1), Language.NL).errors()).containsKey("geboortedatum");
    }

    @Test
    void aParentMayAskForAChildOfAnyAge() {
        FormResult result = send("ouder", TODAY.minusYears(3), Language.NL);

        assertThat(result.isValid()).isTrue();
        assertThat(result.values()).containsEntry("geboortedatum", TODAY.minusYears(3).toString());
    }

    @Test
    void theConditionMayBeAnsweredInAnEarlierStep() {
        FormDefinition birthDateStep = FormDefinition.parse(form("""
                {"type": "datetime", "subtype": "date", "key": "geboortedatum", "label": "Geboortedatum",
                 "validate": {"required": true},
                 "properties": {"minimumAge": "12", "minimumAgeWhen": "=namens = \\"zelf\\""}}"""));
        Map<String, List<String>> post = Map.of("geboortedatum", List.of(TODAY.minusYears(10).toString()));

        assertThat(FormValidator.validate(birthDateStep, post, Language.NL, Map.of("namens", "zelf")).errors())
                .containsKey("geboortedatum");
        assertThat(FormValidator.validate(birthDateStep, post, Language.NL, Map.of("namens", "ouder")).isValid()).isTrue();
    }

    @Test
    void withoutAConditionTheMinimumAgeAlwaysHolds() {
        FormDefinition adultsOnly = FormDefinition.parse(form("""
                {"type": "datetime", "subtype": "date", "key": "geboortedatum", "label": "Geboortedatum",
                 "validate": {"required": true}, "properties": {"minimumAge": "18"}}"""));

        FormResult result = FormValidator.validate(adultsOnly,
                Map.of("geboortedatum", List.of(TODAY.minusYears(17).toString())), Language.NL, Map.of());

        assertThat(result.errors().get("geboortedatum")).contains("jonger is dan 18 jaar");
    }

    @Test
    void aMistakeInTheRuleIsExplainedWhenTheFormIsRead() {
        assertThatThrownBy(() -> FormDefinition.parse(form("""
                {"type": "textfield", "key": "leeftijd", "label": "Leeftijd", "properties": {"minimumAge": "12"}}""")))
                .isInstanceOf(FormDefinitionException.class).hasMessageContaining("leeftijd").hasMessageContaining("datetime");
        assertThatThrownBy(() -> FormDefinition.parse(form("""
                {"type": "datetime", "subtype": "date", "key": "geboortedatum", "label": "Geboortedatum",
                 "properties": {"minimumAge": "twaalf"}}""")))
                .isInstanceOf(FormDefinitionException.class).hasMessageContaining("twaalf");
        assertThatThrownBy(() -> FormDefinition.parse(form("""
                {"type": "datetime", "subtype": "date", "key": "geboortedatum", "label": "Geboortedatum",
                 "properties": {"minimumAge": "12", "minimumAgeWhen": "=leeftijd > 12 or x and y"}}""")))
                .isInstanceOf(FormDefinitionException.class).hasMessageContaining("minimumAgeWhen");
    }
}
