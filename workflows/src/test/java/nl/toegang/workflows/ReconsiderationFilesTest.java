package nl.toegang.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnEdge;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnShape;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every route that can say no has the same reconsideration, for its own team lead, drawn in the diagram. */
class ReconsiderationFilesTest {

  /** Route, its team, its decision form and the value that means no. */
  private static final Map<String, String[]> ROUTES = Map.of(
      "wmo-route", new String[] {"wmo", "beschikking-opstellen", "afwijzen"},
      "jeugd-route", new String[] {"jeugd", "jeugd-beschikking-opstellen", "afwijzen"},
      "bijstand-route", new String[] {"inkomen", "bijstand-beschikking-opstellen", "afwijzen"},
      "bijzondere-bijstand-route", new String[] {"inkomen", "bijzondere-bijstand-beoordelen", "afwijzen"},
      "minima-route", new String[] {"inkomen", "minima-beoordelen", "afwijzen"},
      "schuldhulp-route", new String[] {"schuldhulp", "schuldhulp-besluit-opstellen", "niet-toelaten"});

  @Test
  void eachRouteSendsARejectionToItsOwnTeamLeadBeforeTheLetter() {
    ROUTES.forEach((route, spec) -> {
      BpmnModelInstance model = WorkflowFiles.bpmn("workflows/bpmn/" + route + ".bpmn");
      UserTask task = model.getModelElementById("afwijzingHeroverwegen");
      assertThat(task).as(route).isNotNull();
      assertThat(task.getSingleExtensionElement(ZeebeAssignmentDefinition.class).getCandidateGroups()).as(route)
          .isEqualTo(spec[0] + "-teamleiders");
      assertThat(task.getSingleExtensionElement(ZeebeFormDefinition.class).getFormId()).isEqualTo("afwijzing-heroverwegen");
      SequenceFlow asked = model.getModelElementById("Flow_heroverwegingGevraagd");
      assertThat(asked.getConditionExpression().getTextContent()).as(route)
          .isEqualTo("=besluit = \"" + spec[2] + "\" and heroverwegingGevraagd = true");
      // The decision task that drafts the no is the one whose form offers the request.
      FlowNode decision = ((SequenceFlow) model.getModelElementById("Flow_opnieuwBekijken")).getTarget();
      while (!(decision instanceof UserTask)) {
        decision = decision.getOutgoing().iterator().next().getTarget();
      }
      assertThat(decision.getSingleExtensionElement(ZeebeFormDefinition.class).getFormId()).as(route).isEqualTo(spec[1]);
    });
  }

  @Test
  void theDecisionFormsAskForReconsiderationOnlyWithTheirNo() {
    ROUTES.values().forEach(spec -> {
      Map<String, JsonNode> fields = new java.util.HashMap<>();
      WorkflowFiles.form(spec[1]).path("components").forEach(c -> fields.put(c.path("key").asText(), c));
      assertThat(fields.get("heroverwegingGevraagd").path("type").asText()).as(spec[1]).isEqualTo("checkbox");
      assertThat(fields.get("heroverwegingGevraagd").path("conditional").path("hide").asText())
          .isEqualTo("=besluit != \"" + spec[2] + "\"");
      assertThat(fields.get("heroverwegingReden").path("validate").path("required").asBoolean()).isTrue();
      assertThat(fields.get("heroverwegingReden").path("conditional").path("hide").asText())
          .isEqualTo("=not(heroverwegingGevraagd) or besluit != \"" + spec[2] + "\"");
      assertThat(fields.get("heroverwegingNotitie").path("readonly").asBoolean()).isTrue();
    });
  }

  @Test
  void everyElementOfTheRoutesIsDrawnSoTheModelerShowsIt() {
    ROUTES.keySet().forEach(route -> {
      BpmnModelInstance model = WorkflowFiles.bpmn("workflows/bpmn/" + route + ".bpmn");
      Set<String> drawn = new HashSet<>();
      model.getModelElementsByType(BpmnShape.class).forEach(s -> drawn.add(s.getBpmnElement().getId()));
      model.getModelElementsByType(BpmnEdge.class).forEach(e -> drawn.add(e.getBpmnElement().getId()));
      model.getModelElementsByType(FlowNode.class).forEach(n -> assertThat(drawn).as(route).contains(n.getId()));
      model.getModelElementsByType(SequenceFlow.class).forEach(f -> assertThat(drawn).as(route).contains(f.getId()));
    });
  }
}
