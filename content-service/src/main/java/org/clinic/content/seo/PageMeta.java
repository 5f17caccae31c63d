package org.clinic.content.seo;

import java.util.List;

/**
 * What the head of a public page tells browsers, search engines and link previews; the template fragment
 * {@code seo/fragments :: head(meta)} renders it. Made by {@link StructuredData#page}.
 *
 * @param title       the document title
 * @param headline    the page's own title (its h1, og:title)
 * @param description one or two sentences for the meta description and og:description
 * @param url         the canonical absolute address
 * @param type        the OpenGraph type: {@code article} or {@code website}
 * @param indexable   false for pages search engines should not list (search results)
 * @param crumbs      the breadcrumb trail, the page itself last; empty on the home page
 * @param jsonLd      schema.org JSON-LD, already escaped for a script element
 */
public record PageMeta(String title, String headline, String description, String url, String type,
        boolean indexable, List<Crumb> crumbs, String jsonLd) {
}
