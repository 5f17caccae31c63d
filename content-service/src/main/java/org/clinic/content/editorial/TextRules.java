package org.clinic.content.editorial;

/**
 * What editors' text fields may hold, for bean-validation patterns. PostgreSQL text cannot store NUL, so text that
 * reaches the database must not carry it (else a 500); one-line fields (titles, names) carry no control characters
 * at all, as they end up in page titles, feeds and structured data.
 */
public final class TextRules {

    public static final String ONE_LINE = "[^\\p{Cntrl}]*";
    public static final String ONE_LINE_MESSAGE = "must be one line without control characters";
    public static final String TEXT = "[^\\x00]*";
    public static final String TEXT_MESSAGE = "must not contain NUL characters";
    /** As the database checks slugs: lower-case words of letters and digits joined by single hyphens. */
    public static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final String SLUG_MESSAGE = "must be lower-case letters and digits, words joined by single hyphens";

    private TextRules() {
    }
}
