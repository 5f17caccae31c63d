package org.clinic.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every public HTML page owes its visitors whatever it shows: the site's layout, one h1 and headings without
 * jumps, links that say where they go, and nothing the Content-Security-Policy would block (inline script, style
 * attributes, event handlers).
 */
class PublicPagesIT extends ContentPagesTestSupport {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/articles", "/articles?q=zebra", "/articles?tag=sciatica", "/articles?page=abc",
            "/articles/sciatica-leg-pain-explained", "/articles/why-joints-pop-and-crack", "/conditions/sciatica",
            "/articles/no-such-article"})
    void aPublicPageIsAccessibleAndNeedsNoInlineScriptOrStyle(String path) {
        Document html = page(path).html();

        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(html.select("main#main")).hasSize(1);
        assertThat(html.select("h1")).hasSize(1);
        assertThat(headingJumps(html)).isEmpty();
        assertThat(html.select("a")).allSatisfy(a -> assertThat(a.text().isBlank() && a.attr("aria-label").isBlank())
                .as("link without text: %s", a).isFalse());
        assertThat(html.select("img:not([alt])")).isEmpty();
        assertThat(html.select("script:not([src])")).allSatisfy(script ->
                assertThat(script.attr("type")).isEqualTo("application/ld+json"));
        assertThat(html.select("style, [style]")).isEmpty();
        assertThat(html.getAllElements()).allSatisfy(e -> assertThat(e.attributes().asList())
                .extracting(Attribute::getKey).noneMatch(name -> name.startsWith("on")));
        assertThat(html.select("input:not([type=hidden])")).allSatisfy(input ->
                assertThat(html.select("label[for=" + input.id() + "]")).as("label of %s", input).hasSize(1));
        assertThat(html.select("script[type=application/ld+json]")).allSatisfy(json ->
                assertThat(json.data()).doesNotContain("<"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/articles/a%00b", "/articles/a%01b", "/articles/%E2%80%8B", "/articles/UPPER-case",
            "/conditions/%27%3B--", "/articles/a;b", "/articles/sciatica-leg-pain-explained/extra",
            "/articles?page=%2D1"})
    void anOddAddressGetsAnErrorPageInTheSitesLookNeverAServerError(String path) {
        Page page = page(path);

        assertThat(page.status()).isBetween(400, 499);
        assertThat(page.body()).doesNotContain("Exception", "at org.", "Whitelabel");
    }

    /** h1 → h3 skips a level; going back up (h4 → h2) is fine. */
    private static List<String> headingJumps(Document html) {
        int previous = 0;
        var jumps = new java.util.ArrayList<String>();
        for (Element heading : html.select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.tagName().charAt(1) - '0';
            if (level > previous + 1) {
                jumps.add(heading.tagName() + " after h" + previous + ": " + heading.text());
            }
            previous = level;
        }
        return jumps;
    }
}
