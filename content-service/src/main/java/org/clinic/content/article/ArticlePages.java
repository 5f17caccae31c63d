package org.clinic.content.article;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.clinic.content.condition.ConditionPage;
import org.clinic.content.condition.Conditions;
import org.clinic.theme.SiteIdentity;
import org.clinic.platform.web.PageRedirects;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriUtils;

/** The article list with search and topics, and the article page that leads a reader to a booking. */
@Controller
class ArticlePages {

    static final int PAGE_SIZE = 10;
    /** As the database allows slugs; anything else cannot exist, so it is not looked up. */
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final ArticleCatalog catalog;
    private final ArticleListings listings;
    private final Conditions conditions;
    private final ArticleHead head;
    private final SiteIdentity site;

    ArticlePages(ArticleCatalog catalog, ArticleListings listings, Conditions conditions, ArticleHead head,
            SiteIdentity site) {
        this.catalog = catalog;
        this.listings = listings;
        this.conditions = conditions;
        this.head = head;
        this.site = site;
    }

    /** Parameters arrive as text so that a mangled link gets this page with a message (400), not a bare error. */
    @GetMapping("/articles")
    ModelAndView list(@RequestParam(required = false) String q, @RequestParam(required = false) String tag,
            @RequestParam(required = false) String page) {
        ArticleListQuery query = ArticleListQuery.of(q, tag, page);
        ModelMap model = new ModelMap()
                .addAttribute("query", query)
                .addAttribute("tags", listings.tags())
                .addAttribute("meta", head.list(query));
        if (!query.valid()) {
            return new ModelAndView("article/list", model, HttpStatus.BAD_REQUEST);
        }
        ArticlePage results = catalog.search(query.search(PAGE_SIZE));
        model.addAttribute("results", results)
                .addAttribute("pageCount", (results.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        return new ModelAndView("article/list", model);
    }

    /**
     * A draft and an unknown address both get the site's 404 page, so drafts cannot be discovered. A published
     * article's former address answers 301 to its current one.
     */
    @GetMapping("/articles/{slug}")
    Object show(@PathVariable String slug, Model model) {
        Optional<ArticleDetail> found = SLUG.matcher(slug).matches() ? catalog.find(slug) : Optional.empty();
        if (found.isEmpty()) {
            return catalog.movedTo(slug).map(current -> PageRedirects.movedPermanently("/articles/" + current))
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        }
        ArticleDetail article = found.get();
        List<ConditionPage> sections = conditions.named(article.conditions());
        String url = site.absolute("/articles/" + article.slug());
        model.addAttribute("article", article)
                .addAttribute("conditions", sections)
                .addAttribute("bookHref", bookHref(article))
                .addAttribute("shareUrl", url)
                .addAttribute("shareByEmail", "mailto:?subject=" + encode(article.title())
                        + "&body=" + encode(article.summary() + "\n\n" + url))
                .addAttribute("meta", head.article(article, sections));
        return "article/show";
    }

    /** The booking flow preselects the article's appointment type and records the article as the source. */
    private static String bookHref(ArticleDetail article) {
        var type = article.callToAction().appointmentTypeId();
        return "/book?" + (type == null ? "" : "appointmentTypeId=" + type + "&") + "source=" + article.slug();
    }

    /** Mail programs read {@code +} literally in a mailto link, so spaces must be %20 (RFC 6068). */
    private static String encode(String value) {
        return UriUtils.encode(value, StandardCharsets.UTF_8);
    }
}
