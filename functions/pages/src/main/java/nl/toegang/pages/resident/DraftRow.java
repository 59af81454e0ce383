package nl.toegang.pages.resident;

/**
 * An unfinished form in "Mijn aanvragen".
 *
 * @param savedAt      when it was last saved, in words
 * @param expiresOn    the day it will be deleted, in words
 * @param continueHref the step where the resident stopped, or the check page
 * @param deleteAction where the delete button posts
 */
public record DraftRow(String formTitle, String savedAt, String expiresOn, String continueHref, String deleteAction) {}
