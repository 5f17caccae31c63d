package org.clinic.content.article;

import java.util.List;

/** A page of published articles; {@code total} counts all matches, not just this page. */
record ArticlePage(List<ArticleSummary> items, int page, int size, long total) {
}
