package nl.toegang.caseworker;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the werkbak shows, as its URL says it ({@code /werk?weergave=mijn&taak=...&sorteer=client}),
 * so every view can be bookmarked, shared and reached without JavaScript. Unknown values fall
 * back to the defaults: a tampered URL shows the normal werkbak.
 *
 * @param view {@code team} (the teams' tasks and mine) or {@code mijn} (what I hold)
 * @param task an element id of a task, or null for all
 * @param team a group, or null for all
 * @param due a {@link DueState#filterValue}, or null for all
 * @param sort {@code termijn}, {@code ontvangen} or {@code client}
 */
record WerkbakQuery(String view, String task, String team, String due, String sort) {

    static final String TEAM = "team";
    static final String MINE = "mijn";
    static final String BY_DUE = "termijn";
    static final String BY_RECEIVED = "ontvangen";
    static final String BY_CLIENT = "client";
    static final WerkbakQuery DEFAULT = new WerkbakQuery(TEAM, null, null, null, BY_DUE);

    private static final Set<String> DUE_VALUES = Set.of("te-laat", "bijna", "op-tijd");

    static WerkbakQuery of(String view, String task, String team, String due, String sort) {
        return new WerkbakQuery(
                MINE.equals(view) ? MINE : TEAM,
                blankToNull(task),
                blankToNull(team),
                due != null && DUE_VALUES.contains(due) ? due : null,
                BY_RECEIVED.equals(sort) || BY_CLIENT.equals(sort) ? sort : BY_DUE);
    }

    /** Reads the query string a form carried back ({@code terug}); anything else is the default werkbak. */
    static WerkbakQuery fromQueryString(String query) {
        if (query == null || query.isBlank() || query.length() > 1000) {
            return DEFAULT;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.putIfAbsent(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return of(values.get("weergave"), values.get("taak"), values.get("team"), values.get("termijn"), values.get("sorteer"));
    }

    WerkbakQuery withView(String v) {
        return new WerkbakQuery(v, task, team, due, sort);
    }

    WerkbakQuery withSort(String s) {
        return new WerkbakQuery(view, task, team, due, s);
    }

    WerkbakQuery withDue(String d) {
        return new WerkbakQuery(view, task, team, d, sort);
    }

    /** The query string, without the defaults. */
    String queryString() {
        Map<String, String> values = new LinkedHashMap<>();
        if (!TEAM.equals(view)) {
            values.put("weergave", view);
        }
        put(values, "taak", task);
        put(values, "team", team);
        put(values, "termijn", due);
        if (!BY_DUE.equals(sort)) {
            values.put("sorteer", sort);
        }
        StringBuilder query = new StringBuilder();
        values.forEach((k, v) -> query.append(query.isEmpty() ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return query.toString();
    }

    /** The werkbak's address showing this, with an extra parameter (a notice) when given. */
    String href(String... extra) {
        String query = queryString();
        for (int i = 0; i + 1 < extra.length; i += 2) {
            query += (query.isEmpty() ? "" : "&") + extra[i] + "=" + URLEncoder.encode(extra[i + 1], StandardCharsets.UTF_8);
        }
        return query.isEmpty() ? "/werk" : "/werk?" + query;
    }

    private static void put(Map<String, String> values, String key, String value) {
        if (value != null) {
            values.put(key, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
