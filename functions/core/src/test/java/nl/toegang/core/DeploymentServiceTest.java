package nl.toegang.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import nl.toegang.core.definitions.DefinitionKind;
import nl.toegang.core.definitions.DefinitionRepository;
import nl.toegang.core.definitions.DeployedDefinition;
import nl.toegang.core.definitions.DeploymentFile;
import nl.toegang.core.definitions.DeploymentService;
import nl.toegang.core.web.ProblemException;
import org.junit.jupiter.api.Test;

class DeploymentServiceTest {

    final DeploymentService deployments = CoreTestEnvironment.bean(DeploymentService.class);
    final DefinitionRepository definitions = CoreTestEnvironment.bean(DefinitionRepository.class);

    static DeploymentFile form(String id, String label) {
        return new DeploymentFile(id + ".form", """
            {"id": "%s", "type": "default", "schemaVersion": 16, "components": [
              {"type": "textfield", "key": "opmerking", "label": "%s", "properties": {"label_en": "Remark"}}]}
            """.formatted(id, label).getBytes(StandardCharsets.UTF_8));
    }

    static DeploymentFile process(String processId, String jobType, String formId) {
        var model = Bpmn.createExecutableProcess(processId).startEvent()
                .serviceTask("status", t -> t.zeebeJobType(jobType).zeebeTaskHeader("status", "TRIAGE"))
                .userTask("beoordelen", u -> u.name("Beoordelen").zeebeFormId(formId).zeebeCandidateGroups("wmo-consulenten"))
                .endEvent().done();
        return new DeploymentFile(processId + ".bpmn", Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCheckedUploadIsDeployedAndEachChangeGetsANewVersion() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String formId = "opmerking-" + suffix;

        List<DeployedDefinition> first = deployments.deploy(
                List.of(form(formId, "Opmerking"), process("proces-" + suffix, "toegang.case-status", formId)), "bram");
        assertThat(first).extracting(DeployedDefinition::kind).containsExactlyInAnyOrder(DefinitionKind.FORM, DefinitionKind.PROCESS);

        deployments.deploy(List.of(form(formId, "Uw opmerking")), "bram");

        DeployedDefinition latest = definitions.latest(DefinitionKind.FORM, formId).orElseThrow();
        assertThat(latest.version()).isEqualTo(2);
        assertThat(latest.content()).contains("Uw opmerking");
        assertThat(latest.deployedBy()).isEqualTo("bram");
        assertThat(definitions.listAll()).filteredOn(d -> d.id().equals(formId)).extracting(DeployedDefinition::version)
                .containsExactly(2, 1);
    }

    @Test
    void aModelWithAServiceTaskNobodyHandlesIsRefusedAndNothingIsDeployed() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String formId = "opmerking-" + suffix;

        assertThatThrownBy(() -> deployments.deploy(
                List.of(form(formId, "Opmerking"), process("proces-" + suffix, "toegang.bestaat-niet", formId)), "bram"))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(422);
                    assertThat(p.detail()).contains("toegang.bestaat-niet").contains("has no handler");
                });
        assertThat(definitions.latest(DefinitionKind.FORM, formId)).isEmpty();
    }

    @Test
    void aUserTaskLinkingAFormThatDoesNotExistIsRefused() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        assertThatThrownBy(() -> deployments.deploy(List.of(process("proces-" + suffix, "toegang.case-status", "geen-formulier")), "bram"))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.detail()).contains("geen-formulier"));
        assertThat(definitions.latest(DefinitionKind.PROCESS, "proces-" + suffix)).isEmpty();
    }

    @Test
    void filesThatAreNotModelsOrThatTheEngineRejectsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> deployments.deploy(
                List.of(new DeploymentFile("kapot.bpmn", "<definitions>niet af".getBytes(StandardCharsets.UTF_8))), "bram"))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.detail()).contains("kapot.bpmn"));
        assertThatThrownBy(() -> deployments.deploy(
                List.of(new DeploymentFile("notities.txt", "hallo".getBytes(StandardCharsets.UTF_8))), "bram"))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.detail()).contains("only .bpmn, .dmn, .form and .md"));
        assertThatThrownBy(() -> deployments.deploy(
                List.of(new DeploymentFile("tabel.dmn", "<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\"/>"
                        .getBytes(StandardCharsets.UTF_8))), "bram"))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.detail()).contains("engine refused"));
        assertThatThrownBy(() -> deployments.deploy(List.of(new DeploymentFile("leeg.form",
                "{\"id\": \"leeg\", \"components\": [{\"type\": \"videoplayer\", \"key\": \"v\"}]}".getBytes(StandardCharsets.UTF_8))), "bram"))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.detail()).contains("videoplayer"));
    }

    static DeploymentFile letterProcess(String processId, String template, String formId) {
        var model = Bpmn.createExecutableProcess(processId).startEvent()
                .userTask("beoordelen", u -> u.name("Beoordelen").zeebeFormId(formId).zeebeCandidateGroups("wmo-consulenten"))
                .serviceTask("brief", t -> t.zeebeJobType("toegang.letter").zeebeTaskHeader("template", template))
                .endEvent().done();
        return new DeploymentFile(processId + ".bpmn", Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8));
    }

    static DeploymentFile letter(String name, String text) {
        return new DeploymentFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aModelSendingALetterThatDoesNotExistIsRefusedAndNothingIsDeployed() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String formId = "opmerking-" + suffix;
        String template = "brief-" + suffix;

        assertThatThrownBy(() -> deployments.deploy(List.of(form(formId, "Opmerking"),
                letterProcess("proces-" + suffix, template, formId), letter(template + ".nl.md", "# Brief\n\nDank u.\n")), "bram"))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(422);
                    assertThat(p.detail()).contains("proces-" + suffix + ".bpmn", template + ".en.md");
                });
        assertThat(definitions.latest(DefinitionKind.PROCESS, "proces-" + suffix)).isEmpty();
        assertThat(definitions.latest(DefinitionKind.LETTER, template + ".nl")).isEmpty();
    }

    @Test
    void aLetterMayUseTheFieldsOfTheFormsOfTheProcessThatSendsItAndNothingElse() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String formId = "opmerking-" + suffix;
        String template = "brief-" + suffix;
        DeploymentFile nl = letter(template + ".nl.md", "# Brief\n\nUw opmerking: ${opmerking}. Kenmerk ${caseId}.\n");
        DeploymentFile en = letter(template + ".en.md", "# Letter\n\nYour remark: ${opmerking}. Reference ${caseId}.\n");

        List<DeployedDefinition> deployed = deployments.deploy(
                List.of(form(formId, "Opmerking"), letterProcess("proces-" + suffix, template, formId), nl, en), "bram");
        assertThat(deployed).filteredOn(d -> d.kind() == DefinitionKind.LETTER).extracting(DeployedDefinition::id, DeployedDefinition::version)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(template + ".nl", 1),
                        org.assertj.core.groups.Tuple.tuple(template + ".en", 1));

        // The process has no intake form, so there is no melding; and "telefoon" is no field of its form.
        assertThatThrownBy(() -> deployments.deploy(List.of(letter(template + ".nl.md",
                "# Brief\n\nBeste ${melding.voornaam}, wij bellen ${telefoon}.\n")), "bram"))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(422);
                    assertThat(p.detail()).contains(template + ".nl.md", "${melding.voornaam}", "${telefoon}", "proces-" + suffix);
                });
        assertThat(definitions.latest(DefinitionKind.LETTER, template + ".nl").orElseThrow().content()).isEqualTo(nl.text());
    }

    @Test
    void aLetterNoProcessSendsMayUseOnlyTheSystemValuesAndItsNameMustSayItsLanguage() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);

        assertThat(deployments.deploy(List.of(letter("los-" + suffix + ".nl.md", "# Brief\n\nKenmerk ${caseId}.\n")), "bram"))
                .singleElement().satisfies(d -> assertThat(d.version()).isEqualTo(1));
        assertThatThrownBy(() -> deployments.deploy(List.of(letter("los-" + suffix + ".nl.md", "# Brief\n\n${product}\n")), "bram"))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.detail()).contains("${product}", "caseId"));
        assertThatThrownBy(() -> deployments.deploy(List.of(letter("Brief " + suffix + ".md", "# Brief\n")), "bram"))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.detail()).contains("name.nl.md"));
    }
}
