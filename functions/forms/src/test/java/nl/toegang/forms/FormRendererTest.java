package nl.toegang.forms;

import static nl.toegang.forms.Fixtures.completeMelding;
import static nl.toegang.forms.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class FormRendererTest {

    private final FormDefinition melding = Fixtures.wmoMelding();

    private Document renderNew(Language language) {
        return Rendered.fields(FormRenderer.fields(melding, language, Map.of(), Map.of(), Map.of()));
    }

    private Document renderAfterPost(Map<String, List<String>> post) {
        FormResult result = FormValidator.validate(melding, post, Language.NL, Map.of());
        return Rendered.fields(FormRenderer.fields(melding, Language.NL, result.enteredValues(), result.errors(), Map.of()));
    }

    @Test
    void isAFragmentWithoutFormTagOrScript() {
        Document page = renderNew(Language.NL);

        assertThat(page.select("form, script, button")).isEmpty();
        assertThat(page.select("[name]")).extracting(e -> e.attr("name")).containsAll(
                melding.fields().stream().map(FormComponent::key).toList());
    }

    @Test
    void givesEveryControlALabelThatPointsToIt() {
        Document page = renderNew(Language.NL);

        for (Element control : page.select("input, select, textarea")) {
            assertThat(page.select("label[for=" + control.id() + "]"))
                    .as("label for %s", control.attr("name")).hasSize(1);
        }
        assertThat(page.getElementById("field-voornaam").attr("name")).isEqualTo("voornaam");
    }

    @Test
    void putsRadioGroupsAndChecklistsInAFieldsetWithTheQuestionAsLegend() {
        Document page = renderNew(Language.NL);

        for (String key : List.of("namens", "hulpvragen", "spoed")) {
            Element fieldset = page.getElementById("field-" + key).closest("fieldset");
            assertThat(fieldset).as(key).isNotNull();
            assertThat(fieldset.selectFirst("legend").text())
                    .startsWith(melding.field(key).orElseThrow().label(Language.NL));
            assertThat(fieldset.select("input[name=" + key + "]"))
                    .hasSize(melding.field(key).orElseThrow().values().size());
        }
    }

    @Test
    void marksRequiredFieldsInTextNotOnlyByColour() {
        Document page = renderNew(Language.NL);

        assertThat(page.selectFirst("label[for=field-voornaam]").text()).isEqualTo("Voornaam (verplicht)");
        assertThat(page.selectFirst("label[for=field-telefoon]").text()).isEqualTo("Telefoonnummer");
        assertThat(page.getElementById("field-voornaam").attr("aria-required")).isEqualTo("true");
    }

    @Test
    void doesNotCallAFieldRequiredWhenItOnlyAppliesSometimes() {
        Document page = renderNew(Language.NL);

        assertThat(page.selectFirst("label[for=field-namensNaam]").text()).isEqualTo("Uw eigen naam");
        assertThat(page.getElementById("field-namensNaam").hasAttr("aria-required")).isFalse();
    }

    @Test
    void tiesTheDescriptionToItsField() {
        Document page = renderNew(Language.NL);
        Element bsn = page.getElementById("field-bsn");

        Element description = page.getElementById(bsn.attr("aria-describedby"));
        assertThat(description.text()).contains("9 cijfers");
    }

    @Test
    void helpsPhonesAndAutofill() {
        Document page = renderNew(Language.NL);

        assertThat(page.getElementById("field-bsn").attr("inputmode")).isEqualTo("numeric");
        assertThat(page.getElementById("field-geboortedatum").attr("type")).isEqualTo("date");
        assertThat(page.getElementById("field-geboortedatum").attr("autocomplete")).isEqualTo("bday");
        assertThat(page.getElementById("field-email").attr("type")).isEqualTo("email");
        assertThat(page.getElementById("field-email").attr("autocomplete")).isEqualTo("email");
        assertThat(page.getElementById("field-telefoon").attr("type")).isEqualTo("tel");
        assertThat(page.getElementById("field-telefoon").attr("autocomplete")).isEqualTo("tel");
        assertThat(page.getElementById("field-voornaam").attr("autocomplete")).isEqualTo("given-name");
        assertThat(page.getElementById("field-achternaam").attr("autocomplete")).isEqualTo("family-name");
        assertThat(page.getElementById("field-postcode").attr("autocomplete")).isEqualTo("postal-code");
        assertThat(page.getElementById("field-adres").attr("autocomplete")).isEqualTo("street-address");
        assertThat(page.getElementById("field-situatie").tagName()).isEqualTo("textarea");
    }

    @Test
    void showsEachErrorDirectlyAboveItsFieldAndTiesItToTheField() {
        Document page = renderAfterPost(with(completeMelding(), "bsn", "123456789"));
        Element bsn = page.getElementById("field-bsn");

        assertThat(bsn.attr("aria-invalid")).isEqualTo("true");
        Element error = page.getElementById("field-bsn-error");
        assertThat(error.hasClass("utrecht-form-field-error-message")).isTrue();
        assertThat(error.text()).isEqualTo("Fout: Dit BSN klopt niet. Controleer de 9 cijfers.");
        assertThat(bsn.attr("aria-describedby").split(" ")).contains("field-bsn-description", "field-bsn-error");
        Element field = bsn.closest(".utrecht-form-field");
        assertThat(field.hasClass("utrecht-form-field--invalid")).isTrue();
        assertThat(field.children()).containsSubsequence(error, bsn.parent());
        assertThat(page.getElementById("field-voornaam").hasAttr("aria-invalid")).isFalse();
        assertThat(page.select(".utrecht-form-field-error-message")).hasSize(1);
    }

    @Test
    void marksEveryOptionOfAGroupInErrorAndTiesTheErrorToTheFieldset() {
        Document page = renderAfterPost(Fixtures.without(completeMelding(), "spoed"));
        Element fieldset = page.getElementById("field-spoed").closest("fieldset");

        assertThat(fieldset.attr("aria-describedby")).contains("field-spoed-error");
        assertThat(fieldset.select("input")).allSatisfy(radio -> assertThat(radio.attr("aria-invalid")).isEqualTo("true"));
        assertThat(page.getElementById("field-spoed-error").text()).startsWith("Fout:");
    }

    @Test
    void keepsWhatTheResidentEnteredWhenTheFormComesBack() {
        Map<String, List<String>> post = with(with(completeMelding(), "bsn", "12345678"), "namensRelatie", "bewindvoerder");
        Document page = renderAfterPost(post);

        assertThat(page.getElementById("field-bsn").val()).isEqualTo("12345678");
        assertThat(page.getElementById("field-voornaam").val()).isEqualTo("Johanna");
        assertThat(page.getElementById("field-geboortedatum").val()).isEqualTo("1948-03-12");
        assertThat(page.getElementById("field-situatie").text()).contains("Boodschappen doen lukt niet.");
        assertThat(page.select("input[name=hulpvragen][checked]")).extracting(e -> e.val())
                .containsExactly("huishouden", "vervoer");
        assertThat(page.select("input[name=spoed][checked]")).extracting(e -> e.val()).containsExactly("nee");
        assertThat(page.getElementById("field-akkoord").hasAttr("checked")).isTrue();
        assertThat(page.select("#field-namensRelatie option[selected]")).extracting(e -> e.val())
                .containsExactly("bewindvoerder");
    }

    @Test
    void preselectsTheDefaultAnswerOfANewForm() {
        Document page = renderNew(Language.NL);

        assertThat(page.select("input[name=namens][checked]")).extracting(e -> e.val()).containsExactly("zelf");
    }

    @Test
    void showsEnglishTextWithDutchWhereNoEnglishIsGiven() {
        Document page = renderNew(Language.EN);

        assertThat(page.selectFirst("label[for=field-voornaam]").text()).isEqualTo("First name (required)");
        assertThat(page.selectFirst("label[for=field-hulpvragen-1]").text()).isEqualTo("Housekeeping");
        assertThat(page.select("label.utrecht-form-label--checkbox").eachText())
                .contains("Tijdelijk de zorg overnemen van een mantelzorger");
        assertThat(page.getElementById("field-netwerk-description").text())
                .isEqualTo("Bijvoorbeeld familie, buren of vrijwilligers.");
        assertThat(page.select(".form-text h2").text()).isEqualTo("Asking the municipality for help");
    }

    @Test
    void rendersStaticTextAsSafeMarkdown() {
        Document page = renderNew(Language.NL);
        Element text = page.selectFirst(".form-text");

        assertThat(text.select("strong").text()).isEqualTo("10 minuten");
        assertThat(text.select("li")).hasSize(2);
        assertThat(text.select("p").first().text()).isEqualTo("Met dit formulier vraagt u hulp of ondersteuning. Het duurt ongeveer 10 minuten.");
    }

    @Test
    void escapesScriptInLabelsTextsOptionsAndValues() {
        String attack = "<script>alert('x')</script>";
        FormDefinition form = FormDefinition.parse(FormDefinitionTest.form("""
                {"type": "text", "text": "Lees dit **<img src=x onerror=alert(1)>**"},
                {"type": "textfield", "key": "naam", "label": "Naam <script>alert('x')</script>",
                 "description": "\\"><script>alert(2)</script>"},
                {"type": "select", "key": "keuze", "label": "Keuze",
                 "values": [{"label": "<b>vet</b>", "value": "\\"><script>alert(3)</script>"}]}"""));

        Document page = Rendered.fields(FormRenderer.fields(form, Language.NL, Map.of("naam", "\"><script>alert(4)</script>"),
                Map.of("naam", "Fout in " + attack), Map.of()));

        assertThat(page.select("script, img, b")).isEmpty();
        assertThat(page.selectFirst("label[for=field-naam]").text()).startsWith("Naam " + attack);
        assertThat(page.getElementById("field-naam").val()).isEqualTo("\"><script>alert(4)</script>");
        assertThat(page.getElementById("field-naam-error").text()).contains(attack);
        assertThat(page.select("#field-keuze option").last().val()).isEqualTo("\"><script>alert(3)</script>");
        assertThat(page.selectFirst(".form-text strong").text()).isEqualTo("<img src=x onerror=alert(1)>");
    }

    @Test
    void showsOptionsThatComeFromTheProcess() {
        FormDefinition form = FormDefinition.parse(FormDefinitionTest.form(
                "{\"type\": \"select\", \"key\": \"aanbieder\", \"label\": \"Aanbieder\", \"valuesKey\": \"aanbieders\"}"));
        Map<String, Object> context = Map.of("aanbieders", List.of(
                Map.of("label", "Thuiszorg West", "value", "thuiszorg-west"),
                Map.of("label", "Zorggroep Oost", "value", "zorggroep-oost")));

        Document page = Rendered.fields(FormRenderer.fields(form, Language.NL, Map.of(), Map.of(), context));

        assertThat(page.select("#field-aanbieder option").eachText())
                .containsExactly("Kies een antwoord", "Thuiszorg West", "Zorggroep Oost");
    }

    @Test
    void everyErrorHasAFieldForTheSummaryToLinkTo() {
        FormResult result = FormValidator.validate(melding, Fixtures.without(with(completeMelding(), "bsn", "123456789"), "spoed"),
                Language.NL, Map.of());
        Document form = Rendered.fields(FormRenderer.fields(melding, Language.NL, result.enteredValues(), result.errors(), Map.of()));

        assertThat(result.errors()).isNotEmpty();
        for (String key : result.errors().keySet()) {
            String anchor = FormRenderer.fieldAnchor(key);
            assertThat(form.getElementById(anchor.substring(1))).as(anchor).isNotNull();
        }
        // A radio group's link lands on its fieldset, which holds the question and the message.
        Element spoed = form.getElementById("field-spoed");
        assertThat(spoed.tagName()).isEqualTo("fieldset");
        assertThat(spoed.attr("tabindex")).isEqualTo("-1");
        assertThat(spoed.selectFirst("legend").text()).startsWith(melding.field("spoed").orElseThrow().label(Language.NL));
        assertThat(spoed.selectFirst("#field-spoed-error")).isNotNull();
        assertThat(Messages.errorSummaryTitle(Language.NL)).isEqualTo("Er is een probleem");
        assertThat(Messages.errorSummaryTitle(Language.EN)).isEqualTo("There is a problem");
    }
}
