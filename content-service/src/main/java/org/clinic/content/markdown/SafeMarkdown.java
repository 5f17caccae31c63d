package org.clinic.content.markdown;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.AttributePolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Turns an article's Markdown into HTML that is safe to embed in a page: the one pipeline every render path goes
 * through (the article page and API, the editor's preview, the RSS feed).
 *
 * <p>Raw HTML in Markdown is let through by the renderer on purpose, so editors can use harmless tags such
 * as {@code <sup>}; the allow-list sanitizer after it is the one place that decides what may reach a
 * browser: no scripts, styles, iframes, SVG or event handlers; links only to http(s), mailto and tel (the clinic's
 * "call us" links) or relative addresses; images only from this site's own paths (the uploads under /images/). The
 * renderer's own URL filter is a
 * second line for Markdown links. Parser, renderer and policy are immutable and thread-safe, so one instance serves
 * all requests. {@code XssCorpusIT} holds every render path to this.
 */
@Component
public final class SafeMarkdown {

    private static final List<String> URL_PROTOCOLS = List.of("http", "https", "mailto", "tel");

    /**
     * Images only from a path of this site, such as the editors' uploads under /images/: the pages' Content-Security-
     * Policy loads no image from elsewhere, and an image from another site would tell it who reads which article.
     * Plain path characters only: browsers read a backslash or a tab between the slashes ({@code /\evil.example},
     * {@code /&#9;/evil.example}) as the start of another host. Anything else, an empty source (what the renderer
     * leaves of a refused URL) included, is dropped.
     */
    private static final Pattern SITE_PATH = Pattern.compile("/[A-Za-z0-9._~-][A-Za-z0-9._~%/-]*");
    private static final AttributePolicy IMAGE_SOURCE = (element, attribute, value) ->
            SITE_PATH.matcher(value).matches() ? value : null;
    /**
     * An upload's address names its size ({@code /images/{id}/web-1200x800.jpg}, see the image package), so the page
     * can keep the image's space free before it arrives instead of jumping as it loads.
     */
    private static final Pattern UPLOADED_IMAGE =
            Pattern.compile("/images/[0-9a-f-]{36}/[a-z]+-(\\d{1,5})x(\\d{1,5})\\.(?:jpg|png)");

    // No h1: the page's title is its one h1, and a second would break the outline screen readers navigate by.
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code",
                    "ul", "ol", "li", "strong", "em", "b", "i", "del", "s", "sup", "sub", "small", "kbd",
                    "table", "thead", "tbody", "tr", "th", "td")
            .allowElements(SafeMarkdown::relOnLinksLeavingTheSite, "a")
            .allowElements(SafeMarkdown::lazyImagesOfKnownSize, "img")
            .allowUrlProtocols(URL_PROTOCOLS.toArray(String[]::new))
            .allowAttributes("href", "title").onElements("a")
            .allowAttributes("src").matching(IMAGE_SOURCE).onElements("img")
            .allowAttributes("alt", "title").onElements("img")
            .allowAttributes("start").matching(Pattern.compile("\\d{1,6}")).onElements("ol")
            .allowAttributes("class").matching(Pattern.compile("language-[A-Za-z0-9_+-]{1,30}")).onElements("code")
            .toFactory();

    /** A Markdown "# Heading" becomes a section heading (h2): the article's title is the page's h1. */
    private final Parser parser = Parser.builder().postProcessor(node -> {
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.max(2, heading.getLevel()));
                visitChildren(heading);
            }
        });
        return node;
    }).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(URL_PROTOCOLS))
            .build();

    /** Renders and sanitizes; {@code null} or blank Markdown yields an empty string. */
    public String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return POLICY.sanitize(renderer.render(parser.parse(markdown)));
    }

    /**
     * Images load when the reader scrolls near them (an article's pictures mostly sit below the first screen), and an
     * upload gets its width and height, which the theme's {@code img { max-width: 100%; height: auto }} turns into
     * the right space at any width.
     */
    private static String lazyImagesOfKnownSize(String element, List<String> attributes) {
        attributes.add("loading");
        attributes.add("lazy");
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            if (attributes.get(i).equals("src")) {
                Matcher size = UPLOADED_IMAGE.matcher(attributes.get(i + 1));
                if (size.matches()) {
                    attributes.addAll(List.of("width", size.group(1), "height", size.group(2)));
                }
            }
        }
        return element;
    }

    /**
     * Links to other sites carry {@code rel="nofollow noopener"}: the clinic vouches for no one else's page, and the
     * page opened gets no handle on ours. Links within the site (relative ones, such as a condition page) do not:
     * they are the clinic's own pages, which search engines should follow.
     */
    private static String relOnLinksLeavingTheSite(String element, List<String> attributes) {
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            if (attributes.get(i).equals("href")) {
                String url = attributes.get(i + 1).strip().toLowerCase(Locale.ROOT);
                if (url.startsWith("http:") || url.startsWith("https:") || url.startsWith("//")) {
                    attributes.add("rel");
                    attributes.add("nofollow noopener");
                }
            }
        }
        return element;
    }
}
