package nl.toegang.core.penalty;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.util.List;

/** Which letters are a decision on the application: sending one stops the penalty (Awb 4:17(1)). */
@ConfigurationProperties("toegang.penalty")
public class PenaltySettings {
    private List<String> decisionLetters = List.of("beschikking", "jeugd-beschikking", "bijstand-beschikking",
            "bijzondere-bijstand-besluit", "minima-besluit", "schuldhulp-besluit");

    public List<String> getDecisionLetters() { return decisionLetters; }
    public void setDecisionLetters(List<String> decisionLetters) { this.decisionLetters = decisionLetters; }
}
