package org.clinic.content.markdown;

import java.util.List;
import java.util.Locale;
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
 * "call us" links) or relative addresses; images only from https or this site. The renderer's own URL filter is a
 * second line for Markdown links. Parser, renderer and policy are immutable and thread-safe, so one instance serves
 * all requests. {@code XssCorpusIT} holds every render path to this.
 */
@Component
public final class SafeMarkdown {

    private static final List<String> URL_PROTOCOLS = List.of("http", "https", "mailto", "tel");
    private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*:.*", Pattern.DOTALL);

    /**
     * Images from this site or over https: an http image would make the page mixed content. An empty source (what
     * the renderer leaves of a refused URL) is dropped too.
     */
    private static final AttributePolicy IMAGE_SOURCE = (element, attribute, value) -> {
        String url = value.strip().toLowerCase(Locale.ROOT);
        boolean relative = !url.isEmpty() && !SCHEME.matcher(url).matches() && !url.startsWith("//");
        return relative || url.startsWith("https://") ? value : null;
    };

    // No h1: the page's title is its one h1, and a second would break the outline screen readers navigate by.
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code",
                    "ul", "ol", "li", "strong", "em", "b", "i", "del", "s", "sup", "sub", "small", "kbd",
                    "table", "thead", "tbody", "tr", "th", "td", "img")
            .allowElements(SafeMarkdown::relOnLinksLeavingTheSite, "a")
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
