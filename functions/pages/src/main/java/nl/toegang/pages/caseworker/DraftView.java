package nl.toegang.pages.caseworker;

/**
 * A draft beschikking and what the colleague who checked it decided.
 *
 * @param outcome the review in a sentence: approved, sent back, or still waiting
 * @param review the reviewer's answers (their comment), or null while nobody has reviewed it
 */
public record DraftView(DossierPart draft, String outcome, DossierPart review) {}
