package org.clinic.content.revision;

import java.util.List;

/** A page of an article's history, newest first; {@code total} counts all its revisions. */
public record RevisionPage(List<RevisionSummary> items, int page, int size, long total) {
}
