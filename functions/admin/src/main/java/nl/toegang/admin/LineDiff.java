package nl.toegang.admin;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares two versions of a file line by line and keeps a few unchanged lines around each
 * change, so an administrator sees what changed in a long model without reading all of it.
 */
final class LineDiff {

    /** Unchanged lines shown before and after each change. */
    static final int CONTEXT = 3;

    enum Change { ADDED, REMOVED, UNCHANGED, SKIPPED }

    /**
     * One line of the comparison; for {@link Change#SKIPPED}, {@code count} unchanged lines left out.
     *
     * @param number the line's number in the new file, or in the old file for a removed line
     */
    record Line(Change change, int number, String text, int count) {}

    record Result(List<Line> lines, int added, int removed) {}

    private LineDiff() {}

    static Result between(String before, String after) {
        List<String> old = before.lines().toList();
        List<String> revised = after.lines().toList();
        List<Line> all = new ArrayList<>();
        int oldAt = 0;
        int newAt = 0;
        int added = 0;
        int removed = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(old, revised).getDeltas()) {
            while (oldAt < delta.getSource().getPosition()) {
                all.add(new Line(Change.UNCHANGED, ++newAt, old.get(oldAt++), 1));
            }
            for (String line : delta.getSource().getLines()) {
                all.add(new Line(Change.REMOVED, ++oldAt, line, 1));
                removed++;
            }
            for (String line : delta.getTarget().getLines()) {
                all.add(new Line(Change.ADDED, ++newAt, line, 1));
                added++;
            }
        }
        while (oldAt < old.size()) {
            all.add(new Line(Change.UNCHANGED, ++newAt, old.get(oldAt++), 1));
        }
        return new Result(aroundChanges(all), added, removed);
    }

    /** Keeps the unchanged lines near a change; longer runs of unchanged lines become one skipped line. */
    private static List<Line> aroundChanges(List<Line> all) {
        List<Line> kept = new ArrayList<>();
        int i = 0;
        while (i < all.size()) {
            if (all.get(i).change() != Change.UNCHANGED) {
                kept.add(all.get(i++));
                continue;
            }
            int end = i;
            while (end < all.size() && all.get(end).change() == Change.UNCHANGED) {
                end++;
            }
            int keepBefore = i == 0 ? 0 : CONTEXT;
            int keepAfter = end == all.size() ? 0 : CONTEXT;
            if (end - i <= keepBefore + keepAfter) {
                kept.addAll(all.subList(i, end));
            } else {
                kept.addAll(all.subList(i, i + keepBefore));
                kept.add(new Line(Change.SKIPPED, 0, "", end - i - keepBefore - keepAfter));
                kept.addAll(all.subList(end - keepAfter, end));
            }
            i = end;
        }
        // A file without any change shows no lines at all.
        return kept.stream().allMatch(l -> l.change() == Change.SKIPPED) ? List.of() : kept;
    }
}
