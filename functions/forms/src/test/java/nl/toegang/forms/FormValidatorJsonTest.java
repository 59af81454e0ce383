package nl.toegang.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormValidatorJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FormDefinition melding = Fixtures.wmoMelding();

    private static Map<String, Object> read(String json) throws Exception {
        return JSON.readValue(json, new TypeReference<>() {});
    }

    @Test
    void acceptsJsonTypesAndAppliesTheSameRules() throws Exception {
        Map<String, Object> body = read("""
                {"voornaam": "Johanna", "achternaam": "de Vries", "bsn": "111222333",
                 "geboortedatum": "1948-03-12", "adres": "Dorpsstraat 12", "postcode": "1431ab",
                 "woonplaats": "Aalsmeer", "namens": "zelf", "hulpvragen": ["vervoer", "huishouden"],
                 "situatie": "Ik kan niet meer goed lopen.", "spoed": "nee", "akkoord": true,
                 "onbekend": {"a": 1}}""");

        FormResult result = FormValidator.validateJson(melding, body, Language.NL, Map.of());

        assertThat(result.errors()).isEmpty();
        assertThat(result.values())
                .containsEntry("akkoord", true)
                .containsEntry("postcode", "1431 AB")
                .containsEntry("hulpvragen", List.of("huishouden", "vervoer"))
                .doesNotContainKey("onbekend");
    }

    @Test
    void reportsTheSameErrorsAsAFormPost() throws Exception {
        Map<String, Object> body = read("""
                {"bsn": 123456789, "akkoord": false, "hulpvragen": [], "spoed": null}""");

        FormResult fromJson = FormValidator.validateJson(melding, body, Language.NL, Map.of());
        FormResult fromPost = FormValidator.validate(melding, Map.of("bsn", List.of("123456789")), Language.NL, Map.of());

        assertThat(fromJson.errors()).isEqualTo(fromPost.errors());
        assertThat(fromJson.errors()).containsKeys("bsn", "akkoord", "hulpvragen", "spoed");
    }

    @Test
    void readsJsonNumbers() throws Exception {
        FormDefinition form = FormDefinition.parse(FormDefinitionTest.form("""
                {"type": "number", "key": "uren", "label": "Uren", "validate": {"max": 40}},
                {"type": "number", "key": "bedrag", "label": "Bedrag"}"""));

        FormResult result = FormValidator.validateJson(form, read("{\"uren\": 12, \"bedrag\": 19.5}"), Language.NL, Map.of());

        assertThat(result.values()).containsEntry("uren", 12L).containsEntry("bedrag", new BigDecimal("19.5"));
    }
}
