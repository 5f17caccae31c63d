package org.clinic.content.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownDiffTests {

    @Test
    void marksEveryLineOfBothTextsInReadingOrderWithItsNumbers() {
        List<DiffLine> lines = MarkdownDiff.lines("one\ntwo\nthree\nfour", "one\n2\nthree\nfour\nfive");

        assertThat(lines).containsExactly(
                new DiffLine(DiffLine.Change.UNCHANGED, 1, 1, "one"),
                new DiffLine(DiffLine.Change.REMOVED, 2, null, "two"),
                new DiffLine(DiffLine.Change.ADDED, null, 2, "2"),
                new DiffLine(DiffLine.Change.UNCHANGED, 3, 3, "three"),
                new DiffLine(DiffLine.Change.UNCHANGED, 4, 4, "four"),
                new DiffLine(DiffLine.Change.ADDED, null, 5, "five"));
    }

    @Test
    void anEmptyTextIsNoLinesAndWindowsLineEndsAreLineEnds() {
        assertThat(MarkdownDiff.lines("", "a\r\nb")).extracting(DiffLine::change, DiffLine::text)
                .containsExactly(tuple(DiffLine.Change.ADDED, "a"),
                        tuple(DiffLine.Change.ADDED, "b"));
        assertThat(MarkdownDiff.lines(null, null)).isEmpty();
    }
}
