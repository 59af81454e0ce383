package nl.toegang.core.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The example configurations a municipality starts from, loaded the way a deployment loads them
 * (micronaut.config.files, in AWS the MICRONAUT_CONFIG_FILES variable): the team names residents
 * see per part, and the forms the home page offers.
 */
class MunicipalityFrontDoorsTest {

    private static final Path CONFIG = Path.of("../../infrastructure/config");

    @Test
    void withoutAMunicipalityFileTheNeutralTeamsAndBothFormsAreOffered() {
        try (ApplicationContext context = ApplicationContext.run()) {
            assertThat(teamNames(context)).containsEntry("wmo", "Team Wmo").containsEntry("jeugdwet", "Team Jeugd en Gezin")
                    .containsEntry("schuldhulp", "Team Schuldhulp").containsEntry("levensonderhoud", "Team Werk en Inkomen");
            assertThat(context.getBean(FrontDoor.class).getForms()).containsExactly("hulpvraag", "wmo-melding", "jeugd-melding",
                    "bijstand-aanvraag", "bijzondere-bijstand-aanvraag", "minima-aanvraag", "schuldhulp-verzoek");
        }
    }

    @Test
    void aalsmeerHasOneDoorTheLoketForEveryPart() {
        withFile("aalsmeer.yml", context -> {
            assertThat(teamNames(context).values()).containsOnly("Sociaal Loket Aalsmeer");
            assertThat(teamNames(context)).hasSize(6);
            assertThat(context.getBean(FrontDoor.class).getForms()).containsExactly("hulpvraag");
            return null;
        });
    }

    @Test
    void heemstedeHasThreeDoorsCjgLoketAndIasz() {
        withFile("heemstede.yml", context -> {
            assertThat(teamNames(context)).containsEntry("wmo", "Loket Heemstede").containsEntry("jeugdwet", "CJG Heemstede")
                    .containsEntry("levensonderhoud", "IASZ").containsEntry("bijzondere-bijstand", "IASZ")
                    .containsEntry("minima", "IASZ").containsEntry("schuldhulp", "IASZ");
            assertThat(context.getBean(FrontDoor.class).getForms()).containsExactly("hulpvraag", "wmo-melding");
            assertThat(starter(context).startsProcess("hulpvraag")).isTrue();
            return null;
        });
    }

    @Test
    void aPartStartsTheRouteOfItsLawWithAReferenceOfItsOwn() {
        try (ApplicationContext context = ApplicationContext.run()) {
            Map<String, PartSettings> parts = parts(context);
            assertThat(parts.get("wmo").getStartMessage()).isEqualTo("melding-ontvangen");
            assertThat(parts.get("jeugdwet").getStartMessage()).isEqualTo("jeugd-melding-ontvangen");
            assertThat(parts.get("schuldhulp").getStartMessage()).isEqualTo("schuldhulp-verzoek-ontvangen");
            assertThat(parts.values()).extracting(PartSettings::getReferencePrefix).doesNotHaveDuplicates()
                    .allSatisfy(prefix -> assertThat(CaseIds.looksValid(CaseIds.derive(prefix, "o", "VR-1", "p"))).isTrue());
        }
    }

    private static void withFile(String name, Function<ApplicationContext, Void> check) {
        Path file = CONFIG.resolve(name);
        assertThat(Files.isRegularFile(file)).as(file.toAbsolutePath().toString()).isTrue();
        System.setProperty("micronaut.config.files", file.toAbsolutePath().toString());
        try (ApplicationContext context = ApplicationContext.run()) {
            check.apply(context);
        } finally {
            System.clearProperty("micronaut.config.files");
        }
    }

    private static ProcessStarter starter(ApplicationContext context) {
        return new ProcessStarter(null, null, null, null, List.copyOf(context.getBeansOfType(IntakeForm.class)),
                List.copyOf(context.getBeansOfType(PartSettings.class)));
    }

    private static Map<String, PartSettings> parts(ApplicationContext context) {
        Map<String, PartSettings> parts = new java.util.LinkedHashMap<>();
        context.getBeansOfType(PartSettings.class).forEach(p -> parts.put(p.getPart(), p));
        return parts;
    }

    /** Part to the team name residents see, through the same lookup the pages use. */
    private static Map<String, String> teamNames(ApplicationContext context) {
        RequestParts requestParts = new RequestParts(null, null, null, List.copyOf(context.getBeansOfType(PartSettings.class)),
                List.copyOf(context.getBeansOfType(TeamSettings.class)));
        Map<String, String> names = new java.util.LinkedHashMap<>();
        requestParts.all().forEach(p -> names.put(p.getPart(), requestParts.teamName(p.getPart())));
        return names;
    }
}
