package org.clinic.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageHtmlTests {

    private static final String HEAD = """
            <head>
              <link rel="icon" type="image/svg+xml" href="/assets/favicon-0123456789abcdef0123456789abcdef.svg">
              <link href="/assets/content-fedcba9876543210fedcba9876543210.css" rel="stylesheet">
              <link rel="stylesheet" href="/assets/site-3f2a9c0d1e2b3a4f5061728394a5b6c7.css">
              <script src="/assets/site-00112233445566778899aabbccddeeff.js" defer></script>
              <script type="application/ld+json">{"@type": "Article"}</script>
            </head>
            <body><img alt="" src='/img/spine.png?w=320&amp;h=200'></body>""";

    @Test
    void findsTheThemesStylesheetWhateverTheAttributeOrder() {
        assertThat(PageHtml.siteStylesheet(HEAD)).hasValue("/assets/site-3f2a9c0d1e2b3a4f5061728394a5b6c7.css");
    }

    @Test
    void aPageWithoutTheThemesStylesheetHasNone() {
        assertThat(PageHtml.siteStylesheet("<link rel=\"stylesheet\" href=\"/assets/site.css\">")).isEmpty();
    }

    @Test
    void aFirstVisitLoadsStylesheetsScriptsAndImagesButNotTheIconOrInlineScripts() {
        assertThat(PageHtml.subresources(HEAD)).containsExactly(
                "/assets/content-fedcba9876543210fedcba9876543210.css",
                "/assets/site-3f2a9c0d1e2b3a4f5061728394a5b6c7.css",
                "/assets/site-00112233445566778899aabbccddeeff.js",
                "/img/spine.png?w=320&h=200");
    }

    @Test
    void countsTheFreeTimesOfASlotWeek() {
        String week = "<a href=\"/book/details?start=1\">9:00</a><a href=\"/book/details?start=2\">9:30</a>"
                + "<a href=\"/book?week=2026-12-07\">Later</a>";

        assertThat(PageHtml.occurrences(week, "/book/details?")).isEqualTo(2);
        assertThat(PageHtml.occurrences("", "/book/details?")).isZero();
    }
}
