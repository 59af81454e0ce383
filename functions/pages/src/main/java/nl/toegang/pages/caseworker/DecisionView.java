package nl.toegang.pages.caseworker;

/**
 * The beschikking as it was approved.
 *
 * @param approval who drafted and who approved it, and when, in a sentence
 * @param letterSent the beschikking letter went out to the resident (the letters section has it)
 */
public record DecisionView(DossierPart beschikking, String approval, boolean letterSent) {}
