package org.clinic.content.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.clinic.content.EditorTestSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.NodeList;

/**
 * Every case of {@code markdown/xss-corpus.txt}, written by an editor and rendered through every path a reader or an
 * editor sees it by: the public article page, the public API, the editor's preview and the RSS feed. The output is
 * parsed as a browser would (jsoup) and must hold only the allowed elements and attributes, no handlers or styles,
 * and links and images only to safe addresses.
 */
class XssCorpusIT extends EditorTestSupport {

    private static final Set<String> ELEMENTS = Set.of("p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "blockquote",
            "pre", "code", "ul", "ol", "li", "strong", "em", "b", "i", "del", "s", "sup", "sub", "small", "kbd",
            "table", "thead", "tbody", "tr", "th", "td", "a", "img");
    private static final Set<String> ATTRIBUTES = Set.of("href", "title", "rel", "src", "alt", "start", "class",
            "loading", "width", "height");
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");

    static Stream<Arguments> corpus() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (InputStream in = XssCorpusIT.class.getResourceAsStream("/markdown/xss-corpus.txt")) {
            String name = null;
            StringBuilder markdown = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                if (line.startsWith("### ")) {
                    if (name != null) {
                        cases.add(Arguments.of(name, markdown.toString()));
                    }
                    name = line.substring(4);
                    markdown.setLength(0);
                } else if (name != null) {
                    markdown.append(line).append('\n');
                }
            }
            cases.add(Arguments.of(name, markdown.toString()));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void rendersHarmlessOnEveryPath(String name, String markdown) throws Exception {
        Map<String, Object> draft = draft("XSS probe");
        draft.put("slug", "xss-probe");
        draft.put("bodyMarkdown", markdown);
        created(draft);
        assertThat(publish(ANA, "xss-probe", null).status()).isEqualTo(200);

        String preview = send("POST", ARTICLES + "/preview", ANA, json(Map.of("bodyMarkdown", markdown)))
                .json().get("bodyHtml").asString();
        String api = get(ARTICLES + "/xss-probe").json().get("bodyHtml").asString();
        Element page = Jsoup.parse(get("/articles/xss-probe").body()).selectFirst(".article__body");
        String feed = feedContent("/articles/xss-probe");

        assertHarmless("preview", preview);
        assertHarmless("api", api);
        assertThat(page).as("the page's article body").isNotNull();
        assertHarmless("page", page.html());
        assertHarmless("feed", feed);
        assertThat(List.of(api, feed)).as("one pipeline renders every path alike").containsOnly(preview);
    }

    private static void assertHarmless(String path, String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        for (Element element : body.getAllElements()) {
            if (element == body) {
                continue;
            }
            assertThat(ELEMENTS).as(path + ": element <" + element.tagName() + "> in " + html)
                    .contains(element.tagName());
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(ATTRIBUTES).as(path + ": attribute " + key + " in " + html).contains(key);
                if (key.equals("href")) {
                    assertSafeLink(path, attribute.getValue(), html);
                } else if (key.equals("src")) {
                    assertSafeImage(path, attribute.getValue(), html);
                }
            }
        }
    }

    /** As a browser reads a URL: whitespace and control characters inside the scheme do not count. */
    private static String scheme(String url) {
        String squeezed = url.replaceAll("[\\p{Cntrl}\\s]", "").toLowerCase(Locale.ROOT);
        int colon = squeezed.indexOf(':');
        int slash = squeezed.indexOf('/');
        int query = squeezed.indexOf('?');
        boolean hasScheme = colon > 0 && (slash < 0 || colon < slash) && (query < 0 || colon < query);
        return hasScheme ? squeezed.substring(0, colon) : null;
    }

    private static void assertSafeLink(String path, String url, String html) {
        String scheme = scheme(url);
        assertThat(scheme == null || LINK_SCHEMES.contains(scheme)).as(path + ": link " + url + " in " + html).isTrue();
    }

    /** Only this site's own paths: a backslash or whitespace between the slashes reads as another host too. */
    private static void assertSafeImage(String path, String url, String html) {
        String squeezed = url.replaceAll("[\\p{Cntrl}\\s]", "").replace('\\', '/');
        boolean sitePath = scheme(url) == null && squeezed.startsWith("/") && !squeezed.startsWith("//");
        assertThat(sitePath).as(path + ": image " + url + " in " + html).isTrue();
    }

    private String feedContent(String articlePath) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var xml = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(get("/feed.xml").body().getBytes(StandardCharsets.UTF_8)));
        NodeList items = xml.getElementsByTagName("item");
        for (int i = 0; i < items.getLength(); i++) {
            var item = (org.w3c.dom.Element) items.item(i);
            if (item.getElementsByTagName("link").item(0).getTextContent().endsWith(articlePath)) {
                return item.getElementsByTagNameNS("http://purl.org/rss/1.0/modules/content/", "encoded").item(0)
                        .getTextContent();
            }
        }
        throw new AssertionError("the feed has no item for " + articlePath);
    }
}
