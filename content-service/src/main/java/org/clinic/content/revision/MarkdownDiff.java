package org.clinic.content.revision;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/**
 * Two Markdown texts compared line by line (java-diff-utils' Myers diff), as the full text with each line marked,
 * so that a page can show the article with its changes in place rather than only the changed lines.
 */
public final class MarkdownDiff {

    private MarkdownDiff() {
    }

    /** @return every line of both texts in reading order, unchanged, removed (only in {@code from}) or added */
    public static List<DiffLine> lines(String from, String to) {
        List<String> before = split(from);
        List<String> after = split(to);
        List<DiffLine> lines = new ArrayList<>();
        int old = 0;
        int current = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            while (old < delta.getSource().getPosition()) {
                lines.add(new DiffLine(DiffLine.Change.UNCHANGED, old + 1, current + 1, before.get(old)));
                old++;
                current++;
            }
            for (String text : delta.getSource().getLines()) {
                lines.add(new DiffLine(DiffLine.Change.REMOVED, ++old, null, text));
            }
            for (String text : delta.getTarget().getLines()) {
                lines.add(new DiffLine(DiffLine.Change.ADDED, null, ++current, text));
            }
        }
        while (old < before.size()) {
            lines.add(new DiffLine(DiffLine.Change.UNCHANGED, old + 1, current + 1, before.get(old)));
            old++;
            current++;
        }
        return lines;
    }

    private static List<String> split(String text) {
        return text == null || text.isEmpty() ? List.of() : text.lines().toList();
    }
}
