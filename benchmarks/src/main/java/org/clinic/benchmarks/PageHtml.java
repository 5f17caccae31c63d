package org.clinic.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The little the page phase reads from a page's HTML: the theme's stylesheet (its name carries a content hash that
 * changes with every edit of the CSS, so it cannot be configured), what else a first visit downloads, and how many
 * times a slot week offers. Regular expressions suffice for the pages this system renders; no HTML parser needed.
 */
final class PageHtml {

    private static final Pattern TAG = Pattern.compile("<(link|script|img)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern SITE_CSS = Pattern.compile("/assets/site-[0-9a-f]{32}\\.css");

    private PageHtml() {
    }

    /** @return the href of the theme's {@code <link rel="stylesheet" href="/assets/site-<hash>.css">} */
    static Optional<String> siteStylesheet(String html) {
        return subresources(html).stream().filter(url -> SITE_CSS.matcher(url).matches()).findFirst();
    }

    /**
     * What a browser fetches before or right after showing the page: stylesheets, scripts and images, in document
     * order. Icons are left out (browsers fetch them lazily, and Lighthouse does not count them).
     */
    static List<String> subresources(String html) {
        List<String> urls = new ArrayList<>();
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            Map<String, String> attributes = attributes(tag.group(2));
            String url = switch (tag.group(1).toLowerCase()) {
                case "link" -> attributes.getOrDefault("rel", "").equalsIgnoreCase("stylesheet")
                        ? attributes.get("href") : null;
                default -> attributes.get("src");
            };
            if (url != null && !url.isBlank()) {
                urls.add(url.replace("&amp;", "&"));
            }
        }
        return urls;
    }

    /** How often {@code text} occurs, e.g. the links of a slot week to the details form: one per free time. */
    static int occurrences(String html, String text) {
        int count = 0;
        for (int at = html.indexOf(text); at >= 0; at = html.indexOf(text, at + text.length())) {
            count++;
        }
        return count;
    }

    private static Map<String, String> attributes(String inside) {
        Map<String, String> attributes = new HashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(inside);
        while (attribute.find()) {
            attributes.putIfAbsent(attribute.group(1).toLowerCase(),
                    attribute.group(2) != null ? attribute.group(2) : attribute.group(3));
        }
        return attributes;
    }
}
