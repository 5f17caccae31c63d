package org.clinic.content.article;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a reader asked the article list page for, checked. A link someone mangled (a 5,000-character search,
 * {@code page=abc}) gets the page back with {@code problem} saying what was wrong, never an error from deeper down.
 *
 * @param q       the search words, or null
 * @param tag     the topic, lower case, or null
 * @param page    the page, counted from 0 as in the JSON API
 * @param problem what was wrong with the request, or null when it can be answered
 */
// Methods the template calls are public: SpEL does not call package-private ones.
record ArticleListQuery(String q, String tag, int page, String problem) {

    static final int MAX_QUERY_LENGTH = 200;
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9-]{1,60}");
    private static final Pattern PAGE = Pattern.compile("\\d{1,6}");

    static ArticleListQuery of(String q, String tag, String page) {
        String words = blankToNull(q);
        String topic = blankToNull(tag);
        String number = blankToNull(page);
        if (words != null && words.length() > MAX_QUERY_LENGTH) {
            return new ArticleListQuery(words.substring(0, MAX_QUERY_LENGTH), null, 0,
                    "Please shorten your search to at most " + MAX_QUERY_LENGTH + " characters.");
        }
        if (topic != null && !TAG.matcher(topic).matches()) {
            return new ArticleListQuery(words, null, 0, "We have no topic with that name.");
        }
        if (number != null && !PAGE.matcher(number).matches()) {
            return new ArticleListQuery(words, topic, 0, "That page number is not valid.");
        }
        return new ArticleListQuery(words, topic == null ? null : topic.toLowerCase(Locale.ROOT),
                number == null ? 0 : Integer.parseInt(number), null);
    }

    public boolean valid() {
        return problem == null;
    }

    public boolean filtered() {
        return q != null || tag != null;
    }

    ArticleSearch search(int size) {
        return new ArticleSearch(q, tag, null, page, size);
    }

    /** This list with another page; the first page carries no page parameter, so it has one address. */
    public String href(int otherPage) {
        return address(q, otherPage);
    }

    /** The same search over all topics. */
    public String hrefWithoutTag() {
        return new ArticleListQuery(q, null, 0, null).href(0);
    }

    /** Search results are not worth indexing, so the canonical address leaves the words out. */
    String canonicalPath() {
        return address(null, page);
    }

    private String address(String words, int otherPage) {
        var query = new StringBuilder();
        append(query, "q", words);
        append(query, "tag", tag);
        append(query, "page", otherPage > 0 ? Integer.toString(otherPage) : null);
        return "/articles" + (query.isEmpty() ? "" : "?" + query);
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null) {
            query.append(query.isEmpty() ? "" : "&").append(name).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
