package nl.toegang.worker;

import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;

/**
 * The parts of a Zeebe job a handler needs. Handlers take this instead of the client's
 * {@link ActivatedJob}, so they can be called (and tested) without an engine connection.
 *
 * @param headers the task headers the administrator set on the element in the model
 */
public record Job(
        long key,
        String type,
        long processInstanceKey,
        String elementId,
        int retries,
        Map<String, Object> variables,
        Map<String, String> headers) {

    public Job {
        variables = variables == null ? Map.of() : variables;
        headers = headers == null ? Map.of() : headers;
    }

    public static Job from(ActivatedJob job) {
        return new Job(job.getKey(), job.getType(), job.getProcessInstanceKey(), job.getElementId(), job.getRetries(),
                job.getVariablesAsMap(), job.getCustomHeaders());
    }

    /** A header the model must set; its absence is a modelling mistake an administrator has to fix. */
    public String requiredHeader(String name) {
        String value = headers.get(name);
        if (value == null || value.isBlank()) {
            throw new JobFailedException("Header '" + name + "' is missing on element '" + elementId + "' (job type "
                    + type + "). Add it to the model and deploy the model again; process instances already at this step"
                    + " keep the old model.");
        }
        return value.trim();
    }

    /** The case this process instance belongs to; every Toegang process carries it from its start. */
    public String caseId() {
        Object caseId = variables.get("caseId");
        if (caseId == null || caseId.toString().isBlank()) {
            throw new JobFailedException("Variable 'caseId' is missing at element '" + elementId + "' (job type " + type
                    + "). Processes must be started by Toegang, which sets it.");
        }
        return caseId.toString();
    }

    /** Events written for this job carry this key, so a job delivered twice leaves one event. */
    public String dedupeKey() {
        return "job-" + key;
    }
}
