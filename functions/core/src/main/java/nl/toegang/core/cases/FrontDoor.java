package nl.toegang.core.cases;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.util.List;

/**
 * The municipality's front doors: which intake forms the home page offers, first the one most
 * people should use. Configured under {@code toegang.front-door.forms}; each must also be a
 * {@code toegang.intake} form.
 */
@ConfigurationProperties("toegang.front-door")
public class FrontDoor {
    private List<String> forms = List.of("hulpvraag");

    public List<String> getForms() { return forms; }
    public void setForms(List<String> forms) { this.forms = List.copyOf(forms); }
}
