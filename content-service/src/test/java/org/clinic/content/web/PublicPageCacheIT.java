package org.clinic.content.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.clinic.content.ContentPagesTestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Public content is cached briefly and revalidated cheaply; nothing else changes its caching. */
class PublicPageCacheIT extends ContentPagesTestSupport {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/articles", "/articles?q=sciatica", "/articles/sciatica-leg-pain-explained",
            "/conditions/sciatica", "/sitemap.xml", "/feed.xml", "/robots.txt"})
    void aPublicPageIsCachedForAMinuteAndAnswers304WhenUnchanged(String path) {
        Page first = page(path);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("Cache-Control")).isEqualTo("max-age=60, public");
        assertThat(first.header("Pragma")).isNull();
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();

        Page again = page(path, "If-None-Match", etag);

        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.header("ETag")).isEqualTo(etag);
        assertThat(again.header("Cache-Control")).isEqualTo("max-age=60, public");
    }

    @Test
    void anArticleIsSentGzippedToABrowserThatAsksWithAWeakEtag() throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/articles/lower-back-pain-first-steps"))
                        .header("Accept", "text/html").header("Accept-Encoding", "gzip").build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(response.headers().firstValue("ETag")).hasValueSatisfying(e -> assertThat(e).startsWith("W/"));
    }

    @Test
    void aChangedPageGetsANewEtag() {
        String etag = page("/").header("ETag");

        assertThat(page("/", "If-None-Match", "\"something-else\"").status()).isEqualTo(200);
        assertThat(page("/", "If-None-Match", etag).status()).isEqualTo(304);
    }

    @Test
    void errorsAndTheJsonApiAreNotCachedPublicly() {
        Page missing = page("/articles/no-such-article");
        Page invalid = page("/articles?page=abc");
        Page api = page("/api/content/articles");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Cache-Control")).doesNotContain("public");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.header("Cache-Control")).doesNotContain("public");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.header("Cache-Control")).contains("no-store");
        assertThat(api.header("ETag")).isNull();
    }

    @Test
    void pagesCarryTheSharedSecurityHeaders() {
        Page page = page("/articles/sciatica-leg-pain-explained");

        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'", "frame-ancestors 'none'");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    }
}
