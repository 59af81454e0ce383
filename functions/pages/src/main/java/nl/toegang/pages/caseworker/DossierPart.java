package nl.toegang.pages.caseworker;

import java.util.List;
import nl.toegang.pages.forms.AnswerView;

/**
 * One piece of a dossier: a heading, who did it and when, and what they filled in.
 *
 * @param byline who and when, e.g. "Sanne de Vries, 2 december 2026 om 10:15"
 * @param answers the answers from toegang-forms' renderer; null when there are none to show
 */
public record DossierPart(String title, String byline, List<AnswerView> answers) {}
