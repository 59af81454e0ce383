package nl.toegang.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HideConditionTest {

    @Test
    void comparesAnAnswerWithText() {
        HideCondition condition = HideCondition.parse("=namens != \"iemand-anders\"");

        assertThat(condition.hides(Map.of("namens", "zelf"))).isTrue();
        assertThat(condition.hides(Map.of())).isTrue();
        assertThat(condition.hides(Map.of("namens", "iemand-anders"))).isFalse();
    }

    @Test
    void readsNotAndOrAndBooleans() {
        HideCondition notTicked = HideCondition.parse("=not(akkoord)");
        HideCondition either = HideCondition.parse("=spoed = \"nee\" or leeftijd = 18");
        HideCondition both = HideCondition.parse("=spoed = \"ja\" and akkoord = true");

        assertThat(notTicked.hides(Map.of("akkoord", false))).isTrue();
        assertThat(notTicked.hides(Map.of("akkoord", true))).isFalse();
        assertThat(either.hides(Map.of("spoed", "ja", "leeftijd", 18L))).isTrue();
        assertThat(either.hides(Map.of("spoed", "ja", "leeftijd", new BigDecimal("17")))).isFalse();
        assertThat(both.hides(Map.of("spoed", "ja", "akkoord", true))).isTrue();
        assertThat(both.hides(Map.of("spoed", "ja", "akkoord", false))).isFalse();
        assertThat(HideCondition.parse("=hulpvragen").hides(Map.of("hulpvragen", List.of()))).isFalse();
    }

    @Test
    void refusesWhatItCannotEvaluateSafely() {
        assertThatThrownBy(() -> HideCondition.parse("=a = \"x\" and b = \"y\" or c = \"z\"")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HideCondition.parse("=list contains(hulpvragen, \"vervoer\")")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HideCondition.parse("namens = \"zelf\"")).isInstanceOf(IllegalArgumentException.class);
    }
}
