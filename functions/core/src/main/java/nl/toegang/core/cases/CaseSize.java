package nl.toegang.core.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/**
 * The answers of one case must fit, with room to spare, in every place they are copied to: the
 * case item, each task item (which holds all process variables) and the process variables in the
 * engine. A DynamoDB item is at most 400 kB; a task late in the process also carries the
 * aanvraag, the report and the decision. 64 kB for the melding leaves room for all of that.
 */
final class CaseSize {

    static final int MAX_ANSWER_BYTES = 64 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    private CaseSize() {}

    /** The answers as UTF-8 JSON, the way DynamoDB and the engine count them. */
    static boolean fits(Map<String, Object> values) {
        try {
            return JSON.writeValueAsBytes(values).length <= MAX_ANSWER_BYTES;
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
