package nl.toegang.core.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import nl.toegang.forms.FieldLimits;

/**
 * The answers of one case must fit, with room to spare, in every place they are copied to: the
 * case item, each task item (which holds all process variables) and the process variables in the
 * engine. Forms are refused at deploy when their answers could grow beyond
 * {@link FieldLimits#MAX_ANSWER_BYTES}; this checks the real answers once more before storing.
 */
final class CaseSize {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CaseSize() {}

    /** The answers as UTF-8 JSON, the way DynamoDB and the engine count them. */
    static boolean fits(Map<String, Object> values) {
        try {
            return JSON.writeValueAsBytes(values).length <= FieldLimits.MAX_ANSWER_BYTES;
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
