package nl.toegang.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FormDefinitionTest {

    @Test
    void readsEveryFieldOfTheMeldingInFormOrderIncludingThoseInAGroup() {
        FormDefinition form = Fixtures.wmoMelding();

        assertThat(form.id()).isEqualTo("wmo-melding");
        assertThat(form.fields()).extracting(FormComponent::key).containsExactly(
                "voornaam", "achternaam", "bsn", "geboortedatum", "adres", "postcode", "woonplaats",
                "telefoon", "email", "namens", "namensNaam", "namensRelatie", "hulpvragen", "situatie",
                "netwerk", "spoed", "clientondersteuning", "akkoord");
        assertThat(form.components()).extracting(FormComponent::type).contains(ComponentType.TEXT, ComponentType.GROUP);
    }

    @Test
    void readsRulesOptionsAndCustomValidation() {
        FormDefinition form = Fixtures.wmoMelding();

        FormComponent bsn = form.field("bsn").orElseThrow();
        assertThat(bsn.isRequired()).isTrue();
        assertThat(bsn.customValidation()).contains(CustomValidation.BSN);

        FormComponent situatie = form.field("situatie").orElseThrow();
        assertThat(situatie.validate().minLength()).isEqualTo(10);
        assertThat(situatie.validate().maxLength()).isEqualTo(4000);

        assertThat(form.field("hulpvragen").orElseThrow().values()).extracting(Option::value)
                .contains("huishouden", "respijtzorg", "maaltijden").hasSize(9);
        assertThat(form.field("email").orElseThrow().validate().isEmail()).isTrue();
        assertThat(form.field("namens").orElseThrow().defaultValue()).isEqualTo("zelf");
        assertThat(form.field("namensNaam").orElseThrow().hide()).isPresent();
    }

    @Test
    void takesTheLabelOfADateFieldFromTheDateLabelModelerWrites() {
        FormComponent date = Fixtures.wmoMelding().field("geboortedatum").orElseThrow();

        assertThat(date.label(Language.NL)).isEqualTo("Geboortedatum");
        assertThat(date.subtype()).isEqualTo("date");
    }

    @Test
    void showsEnglishTextAndFallsBackToDutchWhereEnglishIsMissing() {
        FormDefinition form = Fixtures.wmoMelding();
        FormComponent netwerk = form.field("netwerk").orElseThrow();
        FormComponent hulpvragen = form.field("hulpvragen").orElseThrow();

        assertThat(netwerk.label(Language.EN)).isEqualTo("Who helps you already?");
        assertThat(netwerk.description(Language.EN)).isEqualTo(netwerk.description(Language.NL)).isNotBlank();
        assertThat(hulpvragen.values()).filteredOn(o -> o.value().equals("vervoer"))
                .extracting(o -> o.label(Language.EN)).containsExactly("Transport");
        assertThat(hulpvragen.values()).filteredOn(o -> o.value().equals("respijtzorg"))
                .extracting(o -> o.label(Language.EN))
                .containsExactly("Tijdelijk de zorg overnemen van een mantelzorger");
    }

    @Test
    void namesTheKeyAndTypeOfAComponentItCannotShow() {
        String json = form("""
                {"type": "textfield", "key": "naam", "label": "Naam"},
                {"type": "filepicker", "key": "bijlage", "label": "Bijlage"}""");

        assertThatThrownBy(() -> FormDefinition.parse(json))
                .isInstanceOf(FormDefinitionException.class)
                .hasMessageContaining("bijlage")
                .hasMessageContaining("filepicker")
                .satisfies(e -> {
                    FormDefinitionException problem = (FormDefinitionException) e;
                    assertThat(problem.componentKey()).isEqualTo("bijlage");
                    assertThat(problem.componentType()).isEqualTo("filepicker");
                });
    }

    @Test
    void findsAnUnknownTypeInsideAGroup() {
        String json = form("""
                {"type": "group", "label": "Groep", "components": [
                  {"type": "dynamiclist", "id": "Kinderen", "label": "Kinderen"}
                ]}""");

        assertThatThrownBy(() -> FormDefinition.parse(json))
                .isInstanceOf(FormDefinitionException.class)
                .hasMessageContaining("Kinderen")
                .hasMessageContaining("dynamiclist");
    }

    @Test
    void refusesMistakesAnAdministratorCanMakeInModeler() {
        assertProblem(form("{\"type\": \"textfield\", \"label\": \"Zonder sleutel\"}"), "no key");
        assertProblem(form("""
                {"type": "textfield", "key": "naam"},
                {"type": "textarea", "key": "naam"}"""), "more than once");
        assertProblem(form("{\"type\": \"textfield\", \"key\": \"bsn\", \"properties\": {\"validation\": \"bsm\"}}"),
                "bsm");
        assertProblem(form("{\"type\": \"number\", \"key\": \"bsn\", \"properties\": {\"validation\": \"bsn\"}}"),
                "only works on a textfield");
        assertProblem(form("{\"type\": \"textfield\", \"key\": \"code\", \"validate\": {\"pattern\": \"[a-z\"}}"),
                "regular expression");
        assertProblem(form("{\"type\": \"select\", \"key\": \"keuze\"}"), "no options");
        assertProblem(form("{\"type\": \"select\", \"key\": \"keuze\", \"valuesExpression\": \"=lijst\"}"),
                "valuesExpression");
        assertProblem(form("{\"type\": \"datetime\", \"key\": \"moment\", \"subtype\": \"datetime\"}"), "subtype");
        assertProblem(form("{\"type\": \"group\", \"label\": \"G\", \"path\": \"adres\", \"components\": []}"), "path");
        assertProblem(form("{\"type\": \"textfield\", \"key\": \"x\", \"conditional\": {\"hide\": \"=count(a) > 2\"}}"),
                "hide condition");
        assertProblem("{\"components\": []}", "no id");
        assertProblem("{ not json", "not valid JSON");
    }

    @Test
    void acceptsOptionsThatOnlyComeFromTheProcess() {
        FormDefinition form = FormDefinition.parse(form(
                "{\"type\": \"select\", \"key\": \"aanbieder\", \"label\": \"Aanbieder\", \"valuesKey\": \"aanbieders\"}"));

        assertThat(form.field("aanbieder").orElseThrow().valuesKey()).isEqualTo("aanbieders");
    }

    private static void assertProblem(String json, String expectedInMessage) {
        assertThatThrownBy(() -> FormDefinition.parse(json))
                .isInstanceOf(FormDefinitionException.class)
                .hasMessageContaining(expectedInMessage);
    }

    static String form(String components) {
        return "{\"id\": \"test\", \"type\": \"default\", \"schemaVersion\": 19, \"components\": [" + components + "]}";
    }
}
