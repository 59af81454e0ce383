package nl.toegang.worker;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import nl.toegang.core.jobs.JobType;

/** Small models with the same steps as the Wmo route, so each job type runs as it does there. */
final class TestProcesses {

    static final String ROUTE = "worker-test-route";

    private TestProcesses() {}

    /**
     * Started by the melding: status TRIAGE, the letter, a notification, then two user tasks at
     * once; completing "gesprekPlannen" closes the case while "termijnBewaken" is still open.
     * A withdrawal (message aanvraag-ingetrokken) ends it at any point.
     */
    static BpmnModelInstance route() {
        return Bpmn.createExecutableProcess(ROUTE)
                .name("Worker test route")
                .eventSubProcess("ingetrokken", sub -> sub
                        .startEvent("intrekkingOntvangen")
                        .interrupting(true)
                        .message(m -> m.name("aanvraag-ingetrokken").zeebeCorrelationKeyExpression("caseId"))
                        .serviceTask("intrekken", t -> t.zeebeJobType(JobType.WITHDRAW_CASE.type()))
                        .endEvent("ingetrokkenEinde"))
                .startEvent("meldingOntvangen")
                .message("melding-ontvangen")
                .serviceTask("statusTriage", t -> t.zeebeJobType(JobType.CASE_STATUS.type()).zeebeTaskHeader("status", "TRIAGE"))
                .serviceTask("adviesBrief", t -> t.zeebeJobType(JobType.LETTER.type()).zeebeTaskHeader("template", "worker-test"))
                .serviceTask("adviesMelden", t -> t.zeebeJobType(JobType.NOTIFY_RESIDENT.type())
                        .zeebeTaskHeader("message", "advies-verstuurd"))
                .parallelGateway("splitsen")
                .userTask("gesprekPlannen", t -> t.name("Gesprek plannen").zeebeFormId(TestPlatform.FORM_ID)
                        .zeebeCandidateGroups("wmo-consulenten")
                        // Set only after the letter: the letter may name it, and leaves it blank.
                        .zeebeOutputExpression("{naam: notitie}", "consulent"))
                .serviceTask("afsluiten", t -> t.zeebeJobType(JobType.CLOSE_CASE.type()).zeebeTaskHeader("status", "CLOSED_ADVICE"))
                .endEvent("afgesloten", e -> e.terminate())
                .moveToNode("splitsen")
                .userTask("termijnBewaken", t -> t.name("Termijn bewaken").zeebeFormId(TestPlatform.FORM_ID)
                        .zeebeCandidateGroups("wmo-teamleiders"))
                .endEvent("bewaakt")
                .done();
    }

    /** A process that only sends one letter, with the variable the letter names as the task's input. */
    static BpmnModelInstance letterOnly(String processId, String template, String input) {
        return Bpmn.createExecutableProcess(processId)
                .startEvent()
                .serviceTask("brief", t -> t.zeebeJobType(JobType.LETTER.type()).zeebeTaskHeader("template", template)
                        .zeebeInputExpression(input, input))
                .endEvent()
                .done();
    }

    /** One service task as an administrator might get it wrong: a header left out, or a type no handler knows. */
    static BpmnModelInstance singleTask(String processId, String jobType, int retries) {
        return Bpmn.createExecutableProcess(processId)
                .startEvent()
                .serviceTask("stap", t -> t.zeebeJobType(jobType).zeebeJobRetries(Integer.toString(retries)))
                .endEvent()
                .done();
    }
}
