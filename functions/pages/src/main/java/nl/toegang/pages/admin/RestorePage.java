package nl.toegang.pages.admin;

/**
 * Asks the administrator to confirm taking an earlier version back into use.
 *
 * @param explanation what will happen, in words
 * @param compareIntro introduces the diff: what changes against the version in use
 * @param action where the confirmation is posted
 */
public record RestorePage(String explanation, String compareIntro, DiffView diff, String action, String confirm,
        Link cancel) {}
