package nl.toegang.core.households.plan;

/**
 * An agreement made at the MDO.
 *
 * @param goalId and {@code actionId}: the plan action it became; null until then
 */
public record MdoAgreement(String agreementId, String text, String goalId, String actionId) {}
