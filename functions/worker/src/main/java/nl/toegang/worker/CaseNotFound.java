package nl.toegang.worker;

/** The job names a case the cases table does not hold (removed after retention, or a process started by hand). */
final class CaseNotFound {

    private CaseNotFound() {}

    static JobFailedException at(Job job, String caseId) {
        return new JobFailedException("Case " + caseId + " does not exist (element '" + job.elementId()
                + "', process instance " + job.processInstanceKey() + "). Cancel this process instance.");
    }
}
