package org.clinic.content.authoring;

import java.util.List;

/** A page of the editors' article list; {@code total} counts all matches. */
public record EditorArticlePage(List<EditorArticleSummary> items, int page, int size, long total) {

    public int pages() {
        return (int) ((total + size - 1) / size);
    }
}
