package nl.toegang.pages.penalty;

import java.util.List;

/**
 * Where a case stands with the decision term and the penalty for not deciding in time, in words.
 *
 * @param explanation what a notice of default means, for a resident who may give one; empty otherwise
 * @param giveHref where the resident confirms the notice; null when they cannot give one (now)
 */
public record PenaltyPanel(String heading, List<String> lines, List<String> explanation, String giveHref) {}
