package org.clinic.content.article;

import java.util.Locale;

/**
 * What a reader asked the article list for, normalized: blank filters mean "no filter", and tag and
 * condition slugs are matched case-insensitively because they are stored in lower case.
 */
record ArticleSearch(String q, String tag, String condition, int page, int size) {

    ArticleSearch {
        // PostgreSQL text cannot hold NUL, and no control character means anything to a search box.
        q = q == null ? null : blankToNull(q.replaceAll("\\p{Cntrl}", " "));
        tag = slug(tag);
        condition = slug(condition);
    }

    long offset() {
        return (long) page * size;
    }

    private static String slug(String value) {
        String v = blankToNull(value);
        return v == null ? null : v.toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
