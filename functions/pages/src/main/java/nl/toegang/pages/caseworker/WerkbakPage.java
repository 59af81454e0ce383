package nl.toegang.pages.caseworker;

import java.util.List;

/**
 * The werkbak: the reader's tasks or their teams' tasks, filtered and sorted by a GET form and
 * links, so the filter state lives in the URL and works without JavaScript.
 *
 * @param notice what just happened (a task completed, assigned, handed back); null when nothing
 * @param view the hidden value of the current view, for the filter form
 * @param sort the hidden value of the current sort, for the filter form
 * @param returnTo the query string of this werkbak, so a form posted from it comes back to it
 * @param empty what to say when no task matches
 */
public record WerkbakPage(String notice, List<PageLink> views, List<Choice> tasks, List<Choice> teams,
        List<Choice> dueStates, String view, String sort, List<PageLink> sorts, List<InboxRow> rows, String returnTo,
        String empty, String count) {}
