package nl.toegang.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A long form is cut into one page per top-level group, and each page is checked on its own. */
class FormStepsTest {

    /** The melding form as residents get it, from workflows/forms. */
    static FormDefinition deployedMelding() throws IOException {
        return FormDefinition.parse(Files.readString(Path.of("../../workflows/forms/wmo-melding.form")));
    }

    @Test
    void eachTopLevelGroupIsOneStepAndTheIntroductionGoesWithTheFirst() throws IOException {
        FormSteps steps = FormSteps.of(deployedMelding());

        assertThat(steps.inSteps()).isTrue();
        assertThat(steps.all()).extracting(step -> step.title(Language.NL))
                .containsExactly("Over de persoon die hulp nodig heeft", "Voor wie is de hulp?", "Uw vraag", "Hulp bij het gesprek");
        assertThat(steps.step(3).orElseThrow().title(Language.EN)).isEqualTo("Your question");
        assertThat(steps.step(1).orElseThrow().content().components().getFirst().type()).isEqualTo(ComponentType.TEXT);
        assertThat(steps.step(3).orElseThrow().keys()).containsExactly("hulpvragen", "situatie", "netwerk", "spoed");
        assertThat(steps.stepOf("akkoord")).isEqualTo(4);
        assertThat(steps.step(0)).isEmpty();
        assertThat(steps.step(5)).isEmpty();
    }

    @Test
    void aStepIsCheckedOnlyForItsOwnFields() throws IOException {
        FormStep question = FormSteps.of(deployedMelding()).step(3).orElseThrow();

        FormResult empty = FormValidator.validate(question.content(), Map.of(), Language.NL, Map.of());
        FormResult filled = FormValidator.validate(question.content(),
                Map.of("situatie", List.of("Ik kan niet meer koken."), "spoed", List.of("nee"), "voornaam", List.of("X")),
                Language.NL, Map.of());

        assertThat(empty.errors()).containsOnlyKeys("situatie", "spoed");
        assertThat(filled.isValid()).isTrue();
        assertThat(filled.values()).containsKeys("situatie", "spoed").doesNotContainKey("voornaam");
    }

    @Test
    void aFormWithoutGroupsIsOnePage() {
        FormSteps steps = FormSteps.of(Fixtures.wmoMelding());

        assertThat(steps.inSteps()).isFalse();
        assertThat(steps.count()).isEqualTo(1);
        assertThat(steps.step(1).orElseThrow().content().fields()).hasSize(Fixtures.wmoMelding().fields().size());
    }
}
