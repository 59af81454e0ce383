package nl.toegang.benchmarks;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.JobIntent;

/** What the embedded engine wrote to its log: the measure of jobs that missed their timeout. */
final class EngineRecords {

    private final ZeebeTestEngine engine;

    EngineRecords(ZeebeTestEngine engine) {
        this.engine = engine;
    }

    long jobs(JobIntent intent) {
        long count = 0;
        for (Record<?> r : engine.getRecordStreamSource().getRecords()) {
            if (r.getValueType() == ValueType.JOB && r.getIntent() == intent) {
                count++;
            }
        }
        return count;
    }
}
