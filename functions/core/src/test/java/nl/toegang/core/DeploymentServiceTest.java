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
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.detail()).contains("only .bpmn, .dmn and .form"));
        assertThatThrownBy(() -> deployments.deploy(
                List.of(new DeploymentFile("tabel.dmn", "<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\"/>"
                        .getBytes(StandardCharsets.UTF_8))), "bram"))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.detail()).contains("engine refused"));
        assertThatThrownBy(() -> deployments.deploy(List.of(new DeploymentFile("leeg.form",
                "{\"id\": \"leeg\", \"components\": [{\"type\": \"videoplayer\", \"key\": \"v\"}]}".getBytes(StandardCharsets.UTF_8))), "bram"))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.detail()).contains("videoplayer"));
    }
}
