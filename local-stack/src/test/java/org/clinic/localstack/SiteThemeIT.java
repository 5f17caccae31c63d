package org.clinic.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinic.localstack.browser.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shared web layer through the gateway: pages name their assets by content hash, the gateway serves those
 * once for every service with a year-long cache, and an error page has the site's look.
 */
@ExtendWith(RunningStack.class)
class SiteThemeIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern STYLESHEET = Pattern.compile("href=\"(/assets/site-[0-9a-f]{32}\\.css)\"");

    @Test
    void aPageLinksItsStylesheetByContentHashAndTheGatewayServesItCachedForAYear() throws Exception {
        var page = get("/articles/no-such-article", "text/html");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        Matcher stylesheet = STYLESHEET.matcher(page.body());
        assertThat(stylesheet.find()).as(page.body()).isTrue();

        var css = HTTP.send(HttpRequest.newBuilder(URI.create(RunningStack.stack().gatewayUrl() + stylesheet.group(1)))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control")).hasValueSatisfying(c ->
                assertThat(c).contains("max-age=31536000").contains("immutable"));
        assertThat(css.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }

    @Test
    void pagesForbidInlineScriptAndFraming() throws Exception {
        var page = get("/articles/no-such-article", "text/html");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).isPresent();
    }

    @Test
    void aMissingPageIsShownInTheSitesLookWithoutAnythingInternal() {
        try (Browser browser = Browser.open("missing-page", Browser.Viewport.PHONE, true)) {
            browser.visit(RunningStack.stack().gatewayUrl() + "/articles/no-such-article");
            assertThat(browser.find("h1").getText()).isEqualTo("We can't find that page");
            assertThat(browser.find(".site-header").getCssValue("background-color")).isEqualTo("rgba(11, 94, 94, 1)");
            assertThat(browser.driver().getPageSource()).doesNotContain("Exception").doesNotContain("Whitelabel");
            browser.check("not-found");
        }
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(RunningStack.stack().gatewayUrl() + path))
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }
}
